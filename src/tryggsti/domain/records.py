"""The user's records, as plain dataclasses that validate themselves.

The kinds a vault holds thousands of (commitments, check-ins, grounding sessions) are
frozen: a change is a new record put in the old one's place. A save can then trust that
a stretch of the same record objects encodes to the same bytes as last time
(services.payload_cache), instead of writing out every year again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tryggsti.domain.supporter import SUPPORTERS


class InvalidRecord(ValueError):
    """A record that breaks a rule; `field` names the offending field."""

    def __init__(self, field_name: str, problem: str, limit: int | None = None) -> None:
        super().__init__(f"{field_name}: {problem}")
        self.field = field_name
        self.problem = problem
        self.limit = limit  # the most characters allowed, when the text was too long


def _check_scale(name: str, value: int | None, low: int = 0, high: int = 10) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidRecord(name, f"must be a whole number from {low} to {high}")


# The largest whole number every JSON reader keeps exact: a count beyond it is no count,
# and one past 2^64 could not be written back at all (the save would fail).
WHOLE_LIMIT = 2**53


def _check_count(name: str, value: int | None, low: int = 0) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= WHOLE_LIMIT:
        raise InvalidRecord(name, f"must be a whole number from {low} to {WHOLE_LIMIT}")


def _check_aware(name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise InvalidRecord(name, "must carry a time zone")


def _check_text(name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        raise InvalidRecord(name, f"longer than {limit} characters", limit)
    if not value.isascii():
        try:  # a lone surrogate (bytes that were not UTF-8, or "\ud800" in JSON) cannot
            value.encode("utf-8")  # be saved: the save would fail later, or the app crash
        except UnicodeEncodeError:
            raise InvalidRecord(name, "not UTF-8 text") from None


NOTE_LIMIT = 20_000
LINE_LIMIT = 500


class UnsafeKind(StrEnum):
    """What kind of unsafe behaviour was ticked in a check-in."""

    SELF_HARM = "skade"  # «skadet meg selv»
    POISONING = "tabletter"  # «tok tabletter eller noe annet for å skade meg»
    OTHER = "annet"  # «noe annet utrygt»


class CommitmentStatus(StrEnum):
    OPEN = "open"
    DONE = "gjort"
    PARTLY = "delvis"
    NOT_DONE = "ikke gjort"
    DROPPED = "droppet"


@dataclass
class Contact:
    name: str
    phone: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise InvalidRecord("name", "must not be empty")
        _check_text("name", self.name, LINE_LIMIT)
        _check_text("phone", self.phone, 40)
        _check_text("note", self.note, LINE_LIMIT)


@dataclass
class SafetyPlan:
    """The seven sections of a personal safety plan, in the person's own words."""

    warning_signs: list[str] = field(default_factory=list)
    inner_coping: list[str] = field(default_factory=list)
    distractions: list[str] = field(default_factory=list)
    help_contacts: list[Contact] = field(default_factory=list)
    professionals: list[Contact] = field(default_factory=list)
    safer_surroundings: list[str] = field(default_factory=list)
    # Who can look after the children on a bad day (SAFETY-RESPONSES.md, people-first).
    childcare: list[Contact] = field(default_factory=list)
    reasons_to_live: list[str] = field(default_factory=list)
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        _check_aware("updated_at", self.updated_at)

    def is_empty(self) -> bool:
        return not any(
            (
                self.warning_signs,
                self.inner_coping,
                self.distractions,
                self.help_contacts,
                self.professionals,
                self.safer_surroundings,
                self.childcare,
                self.reasons_to_live,
            )
        )


@dataclass
class Profile:
    created_at: datetime
    display_name: str = ""
    next_session: date | None = None
    supporter: str | None = None  # one of domain.supporter.SUPPORTERS, or unanswered

    def __post_init__(self) -> None:
        _check_aware("created_at", self.created_at)
        _check_text("display_name", self.display_name, LINE_LIMIT)
        if self.supporter is not None and self.supporter not in SUPPORTERS:
            raise InvalidRecord("supporter", f"must be one of {', '.join(SUPPORTERS)}")


@dataclass(frozen=True, slots=True)
class Commitment:
    id: str
    text: str
    created_at: datetime
    due: date | None = None
    status: CommitmentStatus = CommitmentStatus.OPEN
    reflection: str = ""
    done_at: datetime | None = None
    topic_id: str | None = None
    homework_id: str | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise InvalidRecord("text", "must not be empty")
        _check_text("text", self.text, LINE_LIMIT * 2)
        _check_text("reflection", self.reflection, NOTE_LIMIT)
        _check_aware("created_at", self.created_at)
        _check_aware("done_at", self.done_at)
        object.__setattr__(self, "status", CommitmentStatus(self.status))

    @property
    def is_open(self) -> bool:
        return self.status is CommitmentStatus.OPEN


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One Seeking Safety style check-in (a row in the mood log)."""

    id: str
    at: datetime
    # None is «not answered»: never stored as 0, left out of averages and charts.
    mood: int | None
    distress: int | None
    craving: int | None = None
    substance_use: bool = False
    substance_what: str = ""
    substance_amount: str = ""
    unsafe_behaviour: bool = False
    unsafe_note: str = ""
    safe_coping: tuple[str, ...] = ()
    sleep_hours: float | None = None
    note: str = ""
    # «Thoughts of hurting yourself or ending your life?»: True, False, or not answered.
    harm_thoughts: bool | None = None
    # Which kind of unsafe behaviour, when it is ticked; None in check-ins from before kinds.
    unsafe_kind: UnsafeKind | None = None

    def __post_init__(self) -> None:
        if type(self.safe_coping) is not tuple:  # a list from a form or a test
            object.__setattr__(self, "safe_coping", tuple(self.safe_coping))
        _check_aware("at", self.at)
        _check_scale("mood", self.mood)
        _check_scale("distress", self.distress)
        _check_scale("craving", self.craving)
        if self.sleep_hours is not None and not 0 <= self.sleep_hours <= 24:
            raise InvalidRecord("sleep_hours", "must be between 0 and 24")
        _check_text("note", self.note, NOTE_LIMIT)
        _check_text("unsafe_note", self.unsafe_note, NOTE_LIMIT)
        _check_text("substance_what", self.substance_what, LINE_LIMIT)
        _check_text("substance_amount", self.substance_amount, LINE_LIMIT)
        if self.unsafe_kind is not None:
            if not self.unsafe_behaviour:
                raise InvalidRecord("unsafe_kind", "only with unsafe_behaviour")
            object.__setattr__(self, "unsafe_kind", UnsafeKind(self.unsafe_kind))


class ReflectionKind(StrEnum):
    USE = "use"  # «Se på det som skjedde», after use
    CRAVING = "craving"  # «Hva hjalp deg å stå imot?», after craving that was resisted


@dataclass
class RelapseReflection:
    """After a check-in with use or strong craving: what happened is information, never
    a failure, and resisted craving is not a relapse at all.

    What came just before, what helped even a little, what to try next time, whom to
    tell, and one small next step (which may have become a commitment).
    """

    id: str
    at: datetime
    checkin_id: str | None = None
    kind: ReflectionKind = ReflectionKind.USE
    before: str = ""
    helped: str = ""
    next_time: str = ""
    tell_someone: str = ""
    next_step: str = ""
    commitment_id: str | None = None

    def __post_init__(self) -> None:
        _check_aware("at", self.at)
        self.kind = ReflectionKind(self.kind)
        for name in ("before", "helped", "next_time", "tell_someone", "next_step"):
            _check_text(name, getattr(self, name), NOTE_LIMIT)


@dataclass(frozen=True, slots=True)
class GroundingSession:
    id: str
    script_id: str
    started_at: datetime
    duration_s: int
    distress_before: int | None = None
    distress_after: int | None = None
    completed: bool = True

    def __post_init__(self) -> None:
        _check_aware("started_at", self.started_at)
        _check_scale("distress_before", self.distress_before)
        _check_scale("distress_after", self.distress_after)
        _check_count("duration_s", self.duration_s)

    @property
    def change(self) -> int | None:
        if self.distress_before is None or self.distress_after is None:
            return None
        return self.distress_after - self.distress_before


@dataclass
class QuestionnaireResult:
    """Raw answers only: scores are computed from the questionnaire's key, never stored."""

    id: str
    instrument_id: str
    instrument_version: str
    at: datetime
    answers: list[int]

    def __post_init__(self) -> None:
        _check_aware("at", self.at)
        if not self.answers:
            raise InvalidRecord("answers", "must not be empty")
        for value in self.answers:
            _check_count("answers", value, -WHOLE_LIMIT)


@dataclass
class ReflectionAnswer:
    text: str
    updated_at: datetime

    def __post_init__(self) -> None:
        _check_aware("updated_at", self.updated_at)
        _check_text("text", self.text, NOTE_LIMIT)


@dataclass
class TopicProgress:
    topic_id: str
    opened_at: datetime | None = None
    completed_at: datetime | None = None
    answers: dict[str, ReflectionAnswer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _check_aware("opened_at", self.opened_at)
        _check_aware("completed_at", self.completed_at)


@dataclass
class GroundingPractice:
    script_id: str
    per_week: int = 1

    def __post_init__(self) -> None:
        _check_count("per_week", self.per_week)


@dataclass
class QuestionnaireTask:
    instrument_id: str
    when: str = ""  # free label from the therapist, e.g. "start" or "slutt"


@dataclass
class Homework:
    """A therapist's homework file, as imported. Progress is computed, never stored."""

    id: str
    imported_at: datetime
    fingerprint: str
    start: date
    due: date
    note: str = ""
    therapist: str = ""
    topics: list[str] = field(default_factory=list)
    grounding: list[GroundingPractice] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)
    questionnaires: list[QuestionnaireTask] = field(default_factory=list)
    checkins_per_week: int | None = None
    source_name: str = ""

    def __post_init__(self) -> None:
        _check_aware("imported_at", self.imported_at)
        _check_count("checkins_per_week", self.checkins_per_week)
        if self.due < self.start:
            raise InvalidRecord("due", "must not be before start")


@dataclass
class ResponseMemory:
    """What the check-in response needs to remember across restarts and front ends."""

    # When the full overdose steps were last shown: they repeat in full after 7 days.
    overdose_steps_shown_at: datetime | None = None

    def __post_init__(self) -> None:
        _check_aware("overdose_steps_shown_at", self.overdose_steps_shown_at)


SCHEMA_VERSION = 4


@dataclass
class VaultData:
    """Everything in a vault's payload."""

    profile: Profile
    safety_plan: SafetyPlan = field(default_factory=SafetyPlan)
    commitments: list[Commitment] = field(default_factory=list)
    checkins: list[CheckIn] = field(default_factory=list)
    grounding_sessions: list[GroundingSession] = field(default_factory=list)
    questionnaire_results: list[QuestionnaireResult] = field(default_factory=list)
    topics: dict[str, TopicProgress] = field(default_factory=dict)
    homework: list[Homework] = field(default_factory=list)
    relapse_reflections: list[RelapseReflection] = field(default_factory=list)
    response_memory: ResponseMemory = field(default_factory=ResponseMemory)
