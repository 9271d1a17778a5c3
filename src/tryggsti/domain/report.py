"""What goes into a report for the next session: chosen sections only, built from the data.

Pure: no files, no formatting. The renderers (Markdown, HTML) turn a Report into text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from statistics import mean

from tryggsti.domain.content import ContentLibrary
from tryggsti.domain.homework_progress import HomeworkProgress, homework_progress
from tryggsti.domain.records import (
    CheckIn,
    Commitment,
    RelapseReflection,
    SafetyPlan,
    VaultData,
)
from tryggsti.domain.scoring import InvalidAnswers, Scores, score
from tryggsti.domain.trends import (
    MEASURES,
    Summary,
    daily_values,
    days,
    substance_days,
    summarise,
)

SECTIONS = (
    "innsjekk",
    "trender",
    "rus",
    "tanker",
    "jording",
    "forpliktelser",
    "oas",
    "hjemmeoppgaver",
    "trygghetsplan",
    "refleksjoner",
    "etter-rus",
    "notater",
)
# Private free text, the plan and the answers about thoughts of harm are left out unless
# the person ticks them.
ONLY_WHEN_TICKED = ("tanker", "trygghetsplan", "refleksjoner", "etter-rus", "notater")
DEFAULT_SECTIONS = tuple(section for section in SECTIONS if section not in ONLY_WHEN_TICKED)
DEFAULT_DAYS = 28
# Older names still understood on the command line («lekser» became «hjemmeoppgaver»;
# «tilbakefall» became «etter-rus», since not every use is a relapse).
SECTION_ALIASES = {"lekser": "hjemmeoppgaver", "tilbakefall": "etter-rus"}


class UnknownSection(ValueError):
    def __init__(self, word: str) -> None:
        super().__init__(word)
        self.word = word


def parse_sections(text: str | None) -> tuple[str, ...]:
    """'innsjekk,oas' → the sections in report order; None or '' → the default set."""
    if not text or not text.strip():
        return DEFAULT_SECTIONS
    words = (word.strip().lower() for word in text.split(","))
    wanted = {SECTION_ALIASES.get(word, word) for word in words if word}
    for word in sorted(wanted):
        if word not in SECTIONS:
            raise UnknownSection(word)
    return tuple(section for section in SECTIONS if section in wanted)


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def days(self) -> list[date]:
        return days(self.end, (self.end - self.start).days + 1)

    def holds(self, moment: date | datetime) -> bool:
        day = moment.date() if isinstance(moment, datetime) else moment
        return self.start <= day <= self.end


def period(start: date | None, end: date | None, today: date) -> Period:
    end = end or today
    start = start or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        start, end = end, start
    return Period(start, end)


@dataclass(frozen=True)
class GroundingRow:
    at: datetime
    title: str
    before: int | None
    after: int | None
    completed: bool


@dataclass(frozen=True)
class OasRow:
    at: datetime
    scores: Scores


@dataclass(frozen=True)
class ReflectionRow:
    topic: str
    question: str
    answer: str


@dataclass(frozen=True)
class NoteRow:
    at: datetime
    kind: str  # checkin | substance | unsafe | commitment
    text: str


@dataclass(frozen=True)
class Report:
    sections: tuple[str, ...]
    period: Period
    made_on: date
    summary: Summary | None = None
    series: dict[str, list[float | None]] = field(default_factory=dict)
    used_days: list[bool] = field(default_factory=list)
    substance_rows: list[CheckIn] = field(default_factory=list)
    grounding: list[GroundingRow] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    oas: list[OasRow] = field(default_factory=list)
    oas_subscales: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    homework: list[HomeworkProgress] = field(default_factory=list)
    item_names: dict[str, str] = field(default_factory=dict)  # topic/grounding/OAS id → title
    safety_plan: SafetyPlan | None = None
    reflections: list[ReflectionRow] = field(default_factory=list)
    relapses: list[RelapseReflection] = field(default_factory=list)
    notes: list[NoteRow] = field(default_factory=list)
    harm: HarmAnswers | None = None  # only when «tanker» was chosen
    checkins: list[CheckIn] = field(default_factory=list)  # the period's, oldest first
    averages: dict[str, float | None] = field(default_factory=dict)  # day by day, see below

    def has(self, section: str) -> bool:
        return section in self.sections

    @property
    def harm_included(self) -> bool:
        return "tanker" in self.sections


@dataclass(frozen=True)
class HarmAnswers:
    """The answers to «thoughts of hurting yourself or ending your life?» in the period."""

    yes_days: list[date]  # each day with at least one «ja», oldest first
    asked: int  # check-ins in the period
    answered: int  # of them, those where the question was answered (ja or nei)


def harm_answers(checkins: list[CheckIn]) -> HarmAnswers:
    yes = sorted({c.at.date() for c in checkins if c.harm_thoughts is True})
    answered = sum(1 for c in checkins if c.harm_thoughts is not None)
    return HarmAnswers(yes, len(checkins), answered)


def day_first_mean(values: list[float | None]) -> float | None:
    """The mean of the days that have a value. Each day counts once however many check-ins
    it had (its own value is already that day's mean): the summary, the week table and the
    chart all average this one way."""

    logged = [v for v in values if v is not None]
    return mean(logged) if logged else None


def build_report(
    data: VaultData,
    library: ContentLibrary,
    *,
    today: date,
    start: date | None = None,
    end: date | None = None,
    sections: tuple[str, ...] = DEFAULT_SECTIONS,
) -> Report:
    span = period(start, end, today)
    checkins = sorted((c for c in data.checkins if span.holds(c.at)), key=lambda c: c.at)
    parts: dict = {}
    if "innsjekk" in sections:
        parts["summary"] = summarise(checkins)
        parts["averages"] = {
            measure: day_first_mean(daily_values(checkins, measure, span.days))
            for measure in MEASURES
        }
    if "trender" in sections or "rus" in sections:
        parts["used_days"] = substance_days(checkins, span.days)
    if "trender" in sections:
        parts["series"] = {
            measure: daily_values(checkins, measure, span.days) for measure in MEASURES
        }
    if "tanker" in sections:
        parts["harm"] = harm_answers(checkins)
    if "rus" in sections:
        parts["substance_rows"] = [c for c in checkins if c.substance_use]
    if "jording" in sections:
        parts["grounding"] = _grounding(data, library, span)
    if "forpliktelser" in sections:
        parts["commitments"] = _commitments(data, span)
    if "oas" in sections:
        parts.update(_oas(data, library, span))
    if "hjemmeoppgaver" in sections:
        parts["homework"] = [
            homework_progress(h, data, today)
            for h in sorted(data.homework, key=lambda h: h.start)
            if h.start <= span.end and h.due >= span.start
        ]
    if "trygghetsplan" in sections:
        parts["safety_plan"] = data.safety_plan
    if "refleksjoner" in sections:
        parts["reflections"] = _reflections(data, library)
    if "etter-rus" in sections:
        parts["relapses"] = sorted(
            (r for r in data.relapse_reflections if span.holds(r.at)), key=lambda r: r.at
        )
    if "notater" in sections:
        parts["notes"] = _notes(data, checkins, span)
    return Report(
        sections=sections,
        period=span,
        made_on=today,
        checkins=checkins,
        item_names=_names(library),
        **parts,
    )


def _names(library: ContentLibrary) -> dict[str, str]:
    names = {f"topic:{t.id}": f"{t.number}. {t.title}" for t in library.topics.values()}
    names.update({f"grounding:{g.id}": g.title for g in library.grounding.values()})
    names.update({f"questionnaire:{q.id}": q.name for q in library.questionnaires.values()})
    return names


def _grounding(data: VaultData, library: ContentLibrary, span: Period) -> list[GroundingRow]:
    rows = []
    for entry in sorted(data.grounding_sessions, key=lambda g: g.started_at):
        if span.holds(entry.started_at):
            script = library.grounding.get(entry.script_id)
            title = script.title if script else entry.script_id
            rows.append(
                GroundingRow(
                    entry.started_at,
                    title,
                    entry.distress_before,
                    entry.distress_after,
                    entry.completed,
                )
            )
    return rows


def _commitments(data: VaultData, span: Period) -> list[Commitment]:
    """Open ones, and those closed or due within the period."""
    chosen = []
    for c in data.commitments:
        if c.is_open or (c.done_at and span.holds(c.done_at)) or (c.due and span.holds(c.due)):
            chosen.append(c)
    return sorted(chosen, key=lambda c: (not c.is_open, c.due or date.max, c.created_at))


def _oas(data: VaultData, library: ContentLibrary, span: Period) -> dict:
    questionnaire = library.questionnaires.get("soc13")
    if questionnaire is None:
        return {}
    rows = []
    for result in sorted(data.questionnaire_results, key=lambda r: r.at):
        if result.instrument_id != questionnaire.id or not span.holds(result.at):
            continue
        try:
            rows.append(OasRow(result.at, score(questionnaire, result.answers)))
        except InvalidAnswers:
            continue
    subscales = [(s.id, s.name) for s in questionnaire.subscales]
    return {"oas": rows, "oas_subscales": subscales}


def _reflections(data: VaultData, library: ContentLibrary) -> list[ReflectionRow]:
    rows = []
    for topic in library.topics_in_order():
        progress = data.topics.get(topic.id)
        if progress is None:
            continue
        for question in topic.questions:
            answer = progress.answers.get(question.id)
            if answer and answer.text.strip():
                title = f"{topic.number}. {topic.title}"
                rows.append(ReflectionRow(title, question.text, answer.text.strip()))
    return rows


def _notes(data: VaultData, checkins: list[CheckIn], span: Period) -> list[NoteRow]:
    rows = []
    for entry in checkins:
        if entry.note.strip():
            rows.append(NoteRow(entry.at, "checkin", entry.note.strip()))
        used = ", ".join(p for p in (entry.substance_what, entry.substance_amount) if p.strip())
        if used:
            rows.append(NoteRow(entry.at, "substance", used))
        if entry.unsafe_note.strip():
            rows.append(NoteRow(entry.at, "unsafe", entry.unsafe_note.strip()))
    for c in data.commitments:
        if c.reflection.strip() and c.done_at and span.holds(c.done_at):
            # «i kveld.: Det hjalp» reads badly: no colon after the title's own full stop.
            title = c.text.rstrip().rstrip(".!?:")
            rows.append(NoteRow(c.done_at, "commitment", f"{title}: {c.reflection.strip()}"))
    return sorted(rows, key=lambda row: row.at)


@dataclass(frozen=True)
class WeekRow:
    start: date
    averages: dict[str, float | None]
    used_days: int


def weeks(report: Report) -> list[WeekRow]:
    """The trend series folded into Norwegian weeks, Monday to Sunday (the first and last
    may be short); each row is named by the first day of the period it covers."""
    span = report.period.days
    starts = [0] + [i for i, day in enumerate(span) if day.weekday() == 0 and i > 0]
    rows = []
    for first, end in zip(starts, [*starts[1:], len(span)], strict=True):
        averages = {
            measure: day_first_mean(values[first:end]) for measure, values in report.series.items()
        }
        used = sum(report.used_days[first:end]) if report.used_days else 0
        rows.append(WeekRow(span[first], averages, used))
    return rows


def change(before: int | None, after: int | None) -> int | None:
    return None if before is None or after is None else after - before


@dataclass(frozen=True)
class Glance:
    """The few figures a reader takes in first, each from a section the person chose
    (None where that section is not in the report)."""

    checkins: int | None
    days_logged: int | None
    used_days: int | None
    harm_days: int | None
    grounding_count: int | None
    grounding_before: float | None  # means over the sessions with both ratings
    grounding_after: float | None
    homework_percents: list[int] | None


def glance(report: Report) -> Glance:
    summary = report.summary
    used: int | None = None
    if report.used_days:
        used = sum(report.used_days)
    elif summary is not None:
        used = summary.substance_days
    rated = [
        (g.before, g.after)
        for g in report.grounding
        if g.before is not None and g.after is not None
    ]
    has_grounding = report.has("jording")
    return Glance(
        checkins=summary.count if summary else None,
        days_logged=summary.days_logged if summary else None,
        used_days=used,
        harm_days=len(report.harm.yes_days) if report.harm else None,
        grounding_count=len(report.grounding) if has_grounding else None,
        grounding_before=mean(before for before, _ in rated) if has_grounding and rated else None,
        grounding_after=mean(after for _, after in rated) if has_grounding and rated else None,
        homework_percents=[percent(p.fraction) for p in report.homework]
        if report.has("hjemmeoppgaver")
        else None,
    )


def percent(fraction: float) -> int:
    """A share as whole percent, rounded half up (0,5 % is 1 %), the same everywhere."""
    return int(fraction * 100 + 0.5)
