"""How tryggsti answers a check-in (../shared/SAFETY-RESPONSES.md is the specification).

The domain decides the whole response from the check-in, the earlier check-ins, the plan
and the clock: which concerns are present, which leads, which blocks follow in which
order, which buttons, and whether to ask a question first. The front ends (the app,
«enkel modus», `tryggsti logg`) only render it, so all of them say the same thing.

Nobody reads what is written in the vault: no response speaks as if someone heard. Every
hard answer leads to a person and a number.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from tryggsti.domain.help_lines import local_time
from tryggsti.domain.night import is_night
from tryggsti.domain.records import CheckIn, SafetyPlan, UnsafeKind
from tryggsti.domain.substances import SubstanceTable

STRONG_CRAVING = 8
HIGH_DISTRESS = 8
LOW_MOOD = 2
# Tolerance falls within a few days of not using: a pause of this many calendar days.
PAUSE_DAYS = 3
# The full overdose steps come again after this many days; in between, one short line.
OVERDOSE_REPEAT_DAYS = 7
# «Ja» on this many of the last REPEAT_WINDOW check-ins (this one included): ask first
# whether today is stronger than usual, instead of the same wall of text every day.
REPEAT_YES = 3
REPEAT_WINDOW = 7
REPORT_NUDGE_DAYS = 14


class Concern(StrEnum):
    """Most serious first: the first present leads the response."""

    POISONING = "poisoning"
    HARM_THOUGHTS = "harm_thoughts"
    UNSAFE = "unsafe"
    USE = "use"
    CRAVING = "craving"
    DISTRESS = "distress"
    LOW_MOOD = "low_mood"


class Block(StrEnum):
    """The blocks a response is built from, in the one order they ever appear."""

    POISONING = "poisoning"
    WHO_SEES = "who_sees"
    PEOPLE_FIRST = "people_first"
    INTOXICATION = "intoxication"
    INTOXICATION_ASK = "intoxication_ask"
    MEANS = "means"
    INJURY_VIOLENCE = "injury_violence"
    OVERDOSE_FULL = "overdose_full"
    OVERDOSE_SHORT = "overdose_short"
    TOLERANCE = "tolerance"
    WITHDRAWAL = "withdrawal"
    BUSY_LINES = "busy_lines"
    NUMBERS_LINE = "numbers_line"
    NIGHT = "night"
    REPORT_NUDGE = "report_nudge"


BLOCK_ORDER = tuple(Block)
# The blocks that carry a number to call.
NUMBERED = frozenset(BLOCK_ORDER) - {
    Block.WHO_SEES,
    Block.INTOXICATION,
    Block.INTOXICATION_ASK,
    Block.MEANS,
    Block.NIGHT,
    Block.REPORT_NUDGE,
}


class Choice(StrEnum):
    """The buttons under a response."""

    HELP_NOW = "help_now"
    SAFETY_PLAN = "safety_plan"
    FILL_PLAN_LATER = "fill_plan_later"
    GROUNDING = "grounding"
    LOOK_BACK = "look_back"  # «Se på det som skjedde», after use or unsafe behaviour
    WHAT_HELPED = "what_helped"  # «Hva hjalp deg å stå imot?», after craving
    NOT_NOW = "not_now"


class Question(StrEnum):
    """A question asked once, gently, before the response; one key skips it."""

    HARM_THOUGHTS = "harm_thoughts"  # the question about thoughts of harm was left unanswered
    STRONGER = "stronger"  # «ja» for many days: is it stronger than usual today?


class RepeatAnswer(StrEnum):
    STRONGER = "sterkere"
    AS_USUAL = "som_vanlig"


@dataclass(frozen=True)
class Context:
    """What the response depends on besides the check-in itself."""

    now: datetime
    earlier: Sequence[CheckIn] = ()
    plan: SafetyPlan = field(default_factory=SafetyPlan)
    substances: SubstanceTable = field(default_factory=SubstanceTable)
    overdose_steps_shown_at: datetime | None = None
    # Someone the person named as a therapist or a doctor: the report nudge names them.
    has_clinician: bool = False
    repeat_answer: RepeatAnswer | None = None
    # A screen can put the overdose steps of a long response behind one key; printed
    # text (`logg`, «enkel modus») always shows them whole.
    steps_can_wait: bool = True


@dataclass(frozen=True)
class Response:
    lead: Concern
    concerns: tuple[Concern, ...]
    blocks: tuple[Block, ...]
    choices: tuple[Choice, ...]
    # Asked before the response is shown; None when there is nothing to ask.
    question: Question | None = None
    night: bool = False
    unsafe_kind: UnsafeKind | None = None
    substance: str = ""  # what was used, in the person's words («» when not said)
    days_with_yes: int = 0  # days with «ja» in the last two weeks, for the report nudge
    has_clinician: bool = False
    # In the app a long response shows the overdose steps behind one key; the full block
    # is still the one decided (and «shown» only once it is opened).
    overdose_behind_key: bool = False

    @property
    def shows_overdose_steps(self) -> bool:
        return Block.OVERDOSE_FULL in self.blocks


def norwegian_day(moment: datetime) -> date:
    return local_time(moment).date()


def days_between(earlier: datetime, later: datetime) -> int:
    """Calendar days on a Norwegian clock: 23:50 and 00:10 are one day apart."""
    return (norwegian_day(later) - norwegian_day(earlier)).days


def concerns(entry: CheckIn) -> tuple[Concern, ...]:
    found = []
    if entry.unsafe_behaviour and entry.unsafe_kind is UnsafeKind.POISONING:
        found.append(Concern.POISONING)
    if entry.harm_thoughts:
        found.append(Concern.HARM_THOUGHTS)
    if entry.unsafe_behaviour and entry.unsafe_kind is not UnsafeKind.POISONING:
        found.append(Concern.UNSAFE)
    if entry.substance_use:
        found.append(Concern.USE)
    if entry.craving is not None and entry.craving >= STRONG_CRAVING:
        found.append(Concern.CRAVING)
    if entry.distress is not None and entry.distress >= HIGH_DISTRESS:
        found.append(Concern.DISTRESS)
    if entry.mood is not None and entry.mood <= LOW_MOOD:
        found.append(Concern.LOW_MOOD)
    return tuple(found)


def _before(entry: CheckIn, earlier: Sequence[CheckIn]) -> list[CheckIn]:
    return [c for c in earlier if c.id != entry.id and c.at <= entry.at]


def is_pause(entry: CheckIn, earlier: Sequence[CheckIn], substances: SubstanceTable) -> bool:
    """Use after 3 or more calendar days without the same substance, or with none logged
    before (a first check-in with use is a pause: after prison, detox or an institution)."""
    same = [
        c.at
        for c in _before(entry, earlier)
        if c.substance_use and substances.same_substance(entry.substance_what, c.substance_what)
    ]
    return not same or days_between(max(same), entry.at) >= PAUSE_DAYS


def _last_use(entry: CheckIn, earlier: Sequence[CheckIn]) -> CheckIn | None:
    uses = [c for c in _before(entry, earlier) if c.substance_use]
    return max(uses, key=lambda c: c.at) if uses else None


def _no_recent_use(entry: CheckIn, earlier: Sequence[CheckIn]) -> bool:
    last = _last_use(entry, earlier)
    return last is None or days_between(last.at, entry.at) >= PAUSE_DAYS


def recent_yes(entry: CheckIn, earlier: Sequence[CheckIn]) -> int:
    """How many of the last REPEAT_WINDOW check-ins (this one included) answered «ja»."""
    window = sorted(_before(entry, earlier), key=lambda c: c.at)[-(REPEAT_WINDOW - 1) :]
    return sum(1 for c in [*window, entry] if c.harm_thoughts)


def days_with_yes(entry: CheckIn, earlier: Sequence[CheckIn]) -> int:
    """Calendar days with «ja» in the two weeks up to this check-in."""
    return len(
        {
            norwegian_day(c.at)
            for c in [*_before(entry, earlier), entry]
            if c.harm_thoughts and 0 <= days_between(c.at, entry.at) < REPORT_NUDGE_DAYS
        }
    )


def _should_ask_harm(entry: CheckIn, found: tuple[Concern, ...], night: bool) -> bool:
    if entry.harm_thoughts is not None:
        return False
    hard = {Concern.LOW_MOOD, Concern.DISTRESS, Concern.UNSAFE}
    return bool(hard & set(found)) or (Concern.USE in found and night)


def _overdose_block(entry: CheckIn, context: Context, found: tuple[Concern, ...]) -> Block | None:
    if Concern.HARM_THOUGHTS in found and (Concern.USE in found or Concern.CRAVING in found):
        return Block.OVERDOSE_FULL
    if Concern.USE not in found:
        return None
    if is_pause(entry, context.earlier, context.substances):
        return Block.OVERDOSE_FULL
    shown = context.overdose_steps_shown_at
    if shown is None or days_between(shown, context.now) >= OVERDOSE_REPEAT_DAYS:
        return Block.OVERDOSE_FULL
    return Block.OVERDOSE_SHORT


LEAD_BLOCKS: dict[Concern, tuple[Block, ...]] = {
    Concern.POISONING: (Block.POISONING, Block.PEOPLE_FIRST),
    Concern.HARM_THOUGHTS: (Block.WHO_SEES, Block.PEOPLE_FIRST, Block.MEANS, Block.BUSY_LINES),
    Concern.UNSAFE: (Block.INJURY_VIOLENCE,),
    Concern.USE: (),
    Concern.CRAVING: (),
    Concern.DISTRESS: (Block.NUMBERS_LINE,),
    Concern.LOW_MOOD: (Block.NUMBERS_LINE,),
}


def _choices(lead: Concern, plan: SafetyPlan) -> tuple[Choice, ...]:
    match lead:
        case Concern.POISONING:
            return (Choice.HELP_NOW, Choice.NOT_NOW)
        case Concern.HARM_THOUGHTS:
            # Never send a person in crisis to an empty page: an empty plan comes last.
            if plan.is_empty():
                return (Choice.HELP_NOW, Choice.GROUNDING, Choice.NOT_NOW, Choice.FILL_PLAN_LATER)
            return (Choice.HELP_NOW, Choice.SAFETY_PLAN, Choice.GROUNDING, Choice.NOT_NOW)
        case Concern.UNSAFE:
            return (Choice.HELP_NOW, Choice.GROUNDING, Choice.LOOK_BACK, Choice.NOT_NOW)
        case Concern.USE:
            return (Choice.GROUNDING, Choice.LOOK_BACK, Choice.HELP_NOW, Choice.NOT_NOW)
        case Concern.CRAVING:
            return (Choice.GROUNDING, Choice.WHAT_HELPED, Choice.NOT_NOW)
        case _:
            return (Choice.GROUNDING, Choice.HELP_NOW, Choice.NOT_NOW)


def _ordered(blocks: set[Block]) -> tuple[Block, ...]:
    return tuple(block for block in BLOCK_ORDER if block in blocks)


def respond(entry: CheckIn, context: Context) -> Response | None:
    """The whole response to a saved check-in; None when nothing calls for more than a
    receipt («Innsjekken er lagret»)."""
    found = concerns(entry)
    if not found:
        return None
    lead = found[0]
    night = is_night(context.now)
    blocks: set[Block] = set()
    for concern in found:
        blocks.update(LEAD_BLOCKS[concern])
    if Concern.UNSAFE in found or Concern.POISONING in found:
        blocks.add(Block.INJURY_VIOLENCE)
    if Concern.HARM_THOUGHTS in found:
        if Concern.USE in found or Concern.CRAVING in found:
            blocks.add(Block.INTOXICATION)
        elif night:
            blocks.add(Block.INTOXICATION_ASK)
    overdose = _overdose_block(entry, context, found)
    if overdose is not None:
        blocks.add(overdose)
    if (
        Concern.CRAVING in found
        and Concern.USE not in found
        and _no_recent_use(entry, context.earlier)
    ):
        blocks.add(Block.TOLERANCE)
        last = _last_use(entry, context.earlier)
        if context.substances.dangerous_to_stop(last.substance_what if last else ""):
            blocks.add(Block.WITHDRAWAL)
    if night:
        blocks.add(Block.NIGHT)

    question: Question | None = None
    if Concern.HARM_THOUGHTS in found and recent_yes(entry, context.earlier) >= REPEAT_YES:
        if context.repeat_answer is None:
            question = Question.STRONGER
        elif context.repeat_answer is RepeatAnswer.AS_USUAL:
            # Honest every day: the same person, the same thoughts, no wall of text; the
            # numbers stay on the first screen and the report is offered.
            blocks = {Block.WHO_SEES, Block.PEOPLE_FIRST, Block.REPORT_NUDGE}
    elif _should_ask_harm(entry, found, night):
        question = Question.HARM_THOUGHTS

    if not blocks & NUMBERED:
        # Every response that is more than a receipt shows at least one number.
        blocks.add(Block.NUMBERS_LINE)
    ordered = _ordered(blocks)
    long = Block.PEOPLE_FIRST in blocks and len(ordered) > 4
    return Response(
        lead=lead,
        concerns=found,
        blocks=ordered,
        choices=_choices(lead, context.plan),
        question=question,
        night=night,
        unsafe_kind=entry.unsafe_kind if entry.unsafe_behaviour else None,
        substance=entry.substance_what if entry.substance_use else "",
        days_with_yes=days_with_yes(entry, context.earlier),
        has_clinician=context.has_clinician,
        overdose_behind_key=context.steps_can_wait and long and Block.OVERDOSE_FULL in blocks,
    )
