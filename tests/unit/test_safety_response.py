"""Every row of SAFETY-RESPONSES.md's two tables, on the rendered text a person reads.

Each case builds the check-in, the earlier check-ins, the plan and the clock it needs,
renders the response as `tryggsti logg` prints it, and checks the words (not the block
names). The whole text of every case is pinned in tests/golden/responses/, so the exact
words can be reviewed in one place and cannot drift: `TRYGGSTI_UPDATE_GOLDEN=1 uv run
pytest tests/unit/test_safety_response.py` writes them anew after a change on purpose.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tryggsti.content.help_lines_file import load_resources
from tryggsti.domain.records import CheckIn, Contact, SafetyPlan, UnsafeKind
from tryggsti.domain.safety_response import (
    Block,
    Choice,
    Concern,
    Context,
    Question,
    RepeatAnswer,
    respond,
)
from tryggsti.services.checkins import substances
from tryggsti.services.safety_response_text import as_plain_text, render

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "responses"
WINTER = timezone(timedelta(hours=1))
SUMMER = timezone(timedelta(hours=2))
DAY = datetime(2026, 3, 4, 14, 0, tzinfo=WINTER)  # onsdag 4. mars, afternoon
NIGHT = datetime(2026, 3, 4, 2, 30, tzinfo=WINTER)
NIGHT_TITLES = ("Etter et mareritt", "Får ikke sove etter rus", "Våken og urolig")
# Numbers with their names, as the specification's property asks.
LINE_116123 = "Mental Helse Hjelpetelefonen: 116 123"
LINE_113 = "113"


def checkin(at: datetime, cid: str = "now", **fields) -> CheckIn:
    fields.setdefault("mood", 5)
    fields.setdefault("distress", 3)
    return CheckIn(id=cid, at=at, **fields)


def daily(kind: str, days: int, until: datetime, **fields) -> list[CheckIn]:
    """One check-in a day for `days` days before `until`, each with `fields`."""
    return [checkin(until - timedelta(days=n), f"{kind}{n}", **fields) for n in range(days, 0, -1)]


def plan_with_people() -> SafetyPlan:
    return SafetyPlan(
        help_contacts=[Contact("Kari", "900 00 000"), Contact("Per", "911 11 111")],
        professionals=[Contact("Akutteamet", "23 00 00 00")],
        childcare=[Contact("Mormor", "922 22 222")],
        safer_surroundings=["Gi tablettene til Kari"],
        inner_coping=["Gå en tur"],
    )


@dataclass
class Case:
    name: str
    entry: CheckIn
    earlier: list[CheckIn] = field(default_factory=list)
    plan: SafetyPlan = field(default_factory=SafetyPlan)
    now: datetime | None = None
    shown_at: datetime | None = None
    repeat_answer: RepeatAnswer | None = None
    has_clinician: bool = False
    says: tuple[str, ...] = ()
    never: tuple[str, ...] = ()
    check: Callable | None = None  # more checks on the Response

    @property
    def context(self) -> Context:
        return Context(
            now=self.now or self.entry.at,
            earlier=self.earlier,
            plan=self.plan,
            substances=substances(),
            overdose_steps_shown_at=self.shown_at,
            has_clinician=self.has_clinician,
            repeat_answer=self.repeat_answer,
        )


def _lead(concern: Concern):
    return lambda r: r.lead is concern


OVERDOSE_STEPS = "1. Ring 113."
OVERDOSE_SHORT = "Ikke bruk alene, og ikke bland. Ved overdose: ring 113."
TOLERANCE = "tåler kroppen mye mindre enn før"
WITHDRAWAL = "farlig å slutte brått"
INTOXICATION = "Rus kan gjøre tankene sterkere"
ASK_INTOX = "Har du drukket eller tatt noe i kveld?"
NIGHT_LINE = "Jording for natta"
WHO_SEES = "Svaret blir på denne maskinen"
REPEAT = "Du har svart ja flere dager nå."
HARM_ASK_CLI = "--tanker ja"

CASES = [
    # --- the leads, one row each -----------------------------------------------------
    Case(
        "tabletter_alone",
        checkin(DAY, unsafe_behaviour=True, unsafe_kind=UnsafeKind.POISONING),
        says=(
            "Du har tatt tabletter eller noe annet for å skade deg.",
            "ring 113 nå, også om du føler deg bra",
            "22 59 13 00",
            LINE_116123,
            "Legevakt: 116 117",
            "Politi, 112",
        ),
        never=(HARM_ASK_CLI, WHO_SEES),
        check=lambda r: (
            r.lead is Concern.POISONING
            and r.choices == (Choice.HELP_NOW, Choice.NOT_NOW)
            and r.question is None
        ),
    ),
    Case(
        "thoughts_empty_plan",
        checkin(DAY, harm_thoughts=True),
        says=(
            "Du svarte ja på at du har tanker om å skade deg selv eller ta livet ditt.",
            WHO_SEES,
            LINE_116123,
            "Er du redd for å gjøre noe nå: ring 113.",
            "skrive inn i trygghetsplanen senere",
            "Legg bort eller gi fra deg tabletter",
            "Kirkens SOS, 22 40 00 40",
        ),
        never=(INTOXICATION, ASK_INTOX, OVERDOSE_STEPS, NIGHT_LINE),
        # Never send a person in crisis to an empty page: the plan comes last, for later.
        check=lambda r: (
            r.choices == (Choice.HELP_NOW, Choice.GROUNDING, Choice.NOT_NOW, Choice.FILL_PLAN_LATER)
        ),
    ),
    Case(
        "thoughts_with_plan",
        checkin(DAY, harm_thoughts=True),
        plan=plan_with_people(),
        says=(
            "900 00 000  Kari",
            "911 11 111  Per",
            "23 00 00 00  Akutteamet",
            "Er du alene med barn nå, ring noen som kan komme: 922 22 222  Mormor",
            "• Gi tablettene til Kari",
            LINE_116123,
        ),
        never=("trygghetsplanen senere",),
        check=lambda r: (
            r.choices == (Choice.HELP_NOW, Choice.SAFETY_PLAN, Choice.GROUNDING, Choice.NOT_NOW)
        ),
    ),
    Case(
        "unsafe_self_harm",
        checkin(DAY, harm_thoughts=False, unsafe_behaviour=True, unsafe_kind=UnsafeKind.SELF_HARM),
        says=("Du krysset av for at du har skadet deg selv.", "Legevakt, 116 117", "113"),
        check=lambda r: (
            r.choices == (Choice.HELP_NOW, Choice.GROUNDING, Choice.LOOK_BACK, Choice.NOT_NOW)
        ),
    ),
    Case(
        "unsafe_other",
        checkin(DAY, harm_thoughts=False, unsafe_behaviour=True, unsafe_kind=UnsafeKind.OTHER),
        says=("Du krysset av for at du har gjort noe som var utrygt for deg.", "116 006"),
        check=_lead(Concern.UNSAFE),
    ),
    Case(
        "use_first_checkin",
        checkin(DAY, harm_thoughts=False, substance_use=True, substance_what="heroin"),
        says=("Du krysset av for at du har brukt: heroin", OVERDOSE_STEPS, "nalokson", "HLR"),
        never=("tilbakefall",),
        check=lambda r: (
            r.choices == (Choice.GROUNDING, Choice.LOOK_BACK, Choice.HELP_NOW, Choice.NOT_NOW)
        ),
    ),
    Case(
        "craving_9_after_a_week_without_use",
        checkin(DAY, harm_thoughts=False, craving=9),
        earlier=[
            checkin(DAY - timedelta(days=7), "brukte", substance_use=True, substance_what="øl"),
            *daily("rolig", 6, DAY),
        ],
        says=("Suget er sterkt nå.", TOLERANCE, WITHDRAWAL, "116 117"),
        never=(OVERDOSE_STEPS, "tilbakefall"),
        check=lambda r: r.choices == (Choice.GROUNDING, Choice.WHAT_HELPED, Choice.NOT_NOW),
    ),
    Case(
        "distress_8",
        checkin(DAY, harm_thoughts=False, distress=8),
        says=("Uroen er høy nå.", "116 123 · Kirkens SOS 22 40 00 40 · 113"),
        check=lambda r: r.choices == (Choice.GROUNDING, Choice.HELP_NOW, Choice.NOT_NOW),
    ),
    Case(
        "low_mood_2",
        checkin(DAY, harm_thoughts=False, mood=2),
        says=("Det virker tungt akkurat nå.", "116 123 · Kirkens SOS 22 40 00 40 · 113"),
    ),
    # --- boundaries ------------------------------------------------------------------
    Case("craving_7_nothing", checkin(DAY, craving=7), check=None),
    Case("distress_7_nothing", checkin(DAY, distress=7), check=None),
    Case("mood_3_nothing", checkin(DAY, mood=3), check=None),
    Case(
        "craving_8",
        checkin(DAY, harm_thoughts=False, craving=8),
        says=("Suget er sterkt nå.",),
        check=_lead(Concern.CRAVING),
    ),
    Case(
        "night_2259_is_day",
        checkin(datetime(2026, 3, 4, 22, 59, tzinfo=WINTER), harm_thoughts=False, distress=9),
        never=(NIGHT_LINE,),
    ),
    Case(
        "night_2300",
        checkin(datetime(2026, 3, 4, 23, 0, tzinfo=WINTER), harm_thoughts=False, distress=9),
        says=(NIGHT_LINE, "Åpent nå i natt:"),
    ),
    Case(
        "night_0559",
        checkin(datetime(2026, 3, 5, 5, 59, tzinfo=WINTER), harm_thoughts=False, distress=9),
        says=(NIGHT_LINE,),
    ),
    Case(
        "night_0600_is_day",
        checkin(datetime(2026, 3, 5, 6, 0, tzinfo=WINTER), harm_thoughts=False, distress=9),
        never=(NIGHT_LINE,),
    ),
    # The spring-forward night (29 March 2026): 01:30 UTC is 03:30 summer time, night.
    Case(
        "night_spring_forward",
        checkin(datetime(2026, 3, 29, 1, 30, tzinfo=UTC), harm_thoughts=False, distress=9),
        says=(NIGHT_LINE,),
    ),
    # 04:00 UTC on 29 March is 06:00 summer time: morning.
    Case(
        "day_after_spring_forward",
        checkin(datetime(2026, 3, 29, 4, 0, tzinfo=UTC), harm_thoughts=False, distress=9),
        never=(NIGHT_LINE,),
    ),
    # The fall-back night (25 October 2026): 04:59 UTC is 05:59 winter time, still night.
    Case(
        "night_fall_back",
        checkin(datetime(2026, 10, 25, 4, 59, tzinfo=UTC), harm_thoughts=False, distress=9),
        says=(NIGHT_LINE,),
    ),
    Case(
        "day_after_fall_back",
        checkin(datetime(2026, 10, 25, 5, 0, tzinfo=UTC), harm_thoughts=False, distress=9),
        never=(NIGHT_LINE,),
    ),
    Case(
        "pause_2_days_short",
        checkin(DAY, harm_thoughts=False, substance_use=True, substance_what="heroin"),
        earlier=[
            checkin(DAY - timedelta(days=2), "h", substance_use=True, substance_what="heroin")
        ],
        shown_at=DAY - timedelta(days=1),
        says=(OVERDOSE_SHORT,),
        never=(OVERDOSE_STEPS,),
    ),
    Case(
        "pause_3_days_full",
        checkin(DAY, harm_thoughts=False, substance_use=True, substance_what="heroin"),
        earlier=[
            checkin(DAY - timedelta(days=3), "h", substance_use=True, substance_what="heroin")
        ],
        shown_at=DAY - timedelta(days=1),
        says=(OVERDOSE_STEPS,),
    ),
    Case(
        "overdose_shown_6_days_ago_short",
        checkin(DAY, harm_thoughts=False, substance_use=True, substance_what="alkohol"),
        earlier=daily("drakk", 10, DAY, substance_use=True, substance_what="vin"),
        shown_at=DAY - timedelta(days=6),
        says=(OVERDOSE_SHORT,),
        never=(OVERDOSE_STEPS,),
    ),
    Case(
        "overdose_shown_7_days_ago_full",
        checkin(DAY, harm_thoughts=False, substance_use=True, substance_what="alkohol"),
        earlier=daily("drakk", 10, DAY, substance_use=True, substance_what="vin"),
        shown_at=DAY - timedelta(days=7),
        says=(OVERDOSE_STEPS,),
    ),
    Case(
        "yes_on_2_of_7_no_repeat_ask",
        checkin(DAY, harm_thoughts=True),
        earlier=[
            *daily("nei", 5, DAY, harm_thoughts=False),
            checkin(DAY - timedelta(hours=6), "ja1", harm_thoughts=True),
        ],
        never=(REPEAT,),
        check=lambda r: r.question is None,
    ),
    Case(
        "yes_on_3_of_7_repeat_ask",
        checkin(DAY, harm_thoughts=True),
        earlier=[
            *daily("nei", 4, DAY, harm_thoughts=False),
            checkin(DAY - timedelta(hours=8), "ja1", harm_thoughts=True),
            checkin(DAY - timedelta(hours=6), "ja2", harm_thoughts=True),
        ],
        says=(WHO_SEES, LINE_116123, "Legg bort"),  # no answer: the full response
        check=lambda r: r.question is Question.STRONGER,
    ),
    # --- the «also» rows ---------------------------------------------------------------
    Case(
        "thoughts_at_night_no_use_asks_about_intoxication",
        checkin(NIGHT, harm_thoughts=True),
        says=(ASK_INTOX, NIGHT_LINE),
        never=(OVERDOSE_STEPS,),
    ),
    Case(
        "thoughts_with_craving",
        checkin(DAY, harm_thoughts=True, craving=9),
        says=(INTOXICATION, OVERDOSE_STEPS),
    ),
    Case(
        "mood_1_unanswered_asks_gently",
        checkin(DAY, mood=1, distress=None),
        says=("Det virker tungt akkurat nå.", HARM_ASK_CLI, "116 123"),
        check=lambda r: r.question is Question.HARM_THOUGHTS,
    ),
    Case(
        "use_at_night_unanswered_asks",
        checkin(NIGHT, substance_use=True, substance_what="amfetamin"),
        says=(HARM_ASK_CLI,),
        check=lambda r: r.question is Question.HARM_THOUGHTS,
    ),
    Case(
        "use_by_day_unanswered_does_not_ask",
        checkin(DAY, substance_use=True, substance_what="amfetamin"),
        never=(HARM_ASK_CLI,),
        check=lambda r: r.question is None,
    ),
    # --- combinations the specification names ------------------------------------------
    Case(
        "thoughts_and_self_harm",
        checkin(DAY, harm_thoughts=True, unsafe_behaviour=True, unsafe_kind=UnsafeKind.SELF_HARM),
        says=(WHO_SEES, LINE_116123, "Er du skadet: Legevakt, 116 117.", "Legg bort"),
        check=_lead(Concern.HARM_THOUGHTS),
    ),
    Case(
        "thoughts_and_daily_use",
        checkin(DAY, harm_thoughts=True, substance_use=True, substance_what="hasj"),
        earlier=daily("hasj", 10, DAY, substance_use=True, substance_what="hasj"),
        shown_at=DAY - timedelta(days=1),
        says=(INTOXICATION, OVERDOSE_STEPS, LINE_116123),
    ),
    Case(
        "daily_alcohol_then_heroin_after_10_days",
        checkin(DAY, harm_thoughts=False, substance_use=True, substance_what="heroin"),
        earlier=[
            checkin(DAY - timedelta(days=10), "h", substance_use=True, substance_what="heroin"),
            *daily("vin", 9, DAY, substance_use=True, substance_what="alkohol"),
        ],
        shown_at=DAY - timedelta(days=2),
        says=(OVERDOSE_STEPS, "Toleransen faller", "Nalokson virker bare på opioider"),
    ),
    Case(
        "thoughts_and_use_first_checkin_0230",
        checkin(NIGHT, harm_thoughts=True, substance_use=True, substance_what="heroin"),
        says=(WHO_SEES, LINE_116123, INTOXICATION, OVERDOSE_STEPS, NIGHT_LINE),
        check=lambda r: r.overdose_behind_key,
    ),
    Case(
        "day_14_of_yes_as_usual",
        checkin(DAY, harm_thoughts=True),
        earlier=daily("ja", 13, DAY, harm_thoughts=True),
        plan=plan_with_people(),
        repeat_answer=RepeatAnswer.AS_USUAL,
        has_clinician=True,
        says=(
            WHO_SEES,
            "900 00 000  Kari",
            LINE_116123,
            "113",
            "Du har svart ja 14 dager de siste to ukene. Vil du vise behandleren din rapporten?",
        ),
        never=("Legg bort", "Kirkens SOS, 22 40 00 40"),
        check=lambda r: r.blocks == (Block.WHO_SEES, Block.PEOPLE_FIRST, Block.REPORT_NUDGE),
    ),
    Case(
        "day_14_of_yes_stronger",
        checkin(DAY, harm_thoughts=True),
        earlier=daily("ja", 13, DAY, harm_thoughts=True),
        repeat_answer=RepeatAnswer.STRONGER,
        says=(WHO_SEES, LINE_116123, "Legg bort", "Kirkens SOS, 22 40 00 40"),
        check=lambda r: r.question is None and Block.REPORT_NUDGE not in r.blocks,
    ),
    Case(
        "day_14_of_yes_as_usual_nobody_named",
        checkin(DAY, harm_thoughts=True),
        earlier=daily("ja", 13, DAY, harm_thoughts=True),
        repeat_answer=RepeatAnswer.AS_USUAL,
        says=("Vil du vise rapporten til noen du stoler på?", LINE_116123, "113"),
    ),
    Case(
        "craving_after_heroin_no_withdrawal",
        checkin(DAY, harm_thoughts=False, craving=9),
        earlier=[
            checkin(DAY - timedelta(days=4), "h", substance_use=True, substance_what="heroin")
        ],
        says=(TOLERANCE,),
        never=(WITHDRAWAL,),
    ),
    Case(
        "craving_with_use_yesterday_no_tolerance",
        checkin(DAY, harm_thoughts=False, craving=9),
        earlier=[checkin(DAY - timedelta(days=1), "h", substance_use=True, substance_what="øl")],
        never=(TOLERANCE, WITHDRAWAL),
    ),
]


def _rendered(case: Case):
    response = respond(case.entry, case.context)
    if response is None:
        return None, ""
    rendered = render(
        response,
        case.plan,
        case.now or case.entry.at,
        resources=load_resources(),
        night_titles=NIGHT_TITLES if response.night else (),
        clinician="behandleren din" if case.has_clinician else "",
        repeat_answer=case.repeat_answer,
    )
    unanswered = response.question is Question.HARM_THOUGHTS
    text = as_plain_text(rendered, harm_question_unanswered=unanswered)
    buttons = " · ".join(label for _choice, label in rendered.choices)
    return response, f"{text}\n\n[{buttons}]\n"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_response_says_what_the_table_says(case):
    response, text = _rendered(case)
    if case.name.endswith("_nothing"):
        assert response is None
        return
    assert response is not None
    for phrase in case.says:
        assert phrase in text, (case.name, phrase)
    for phrase in case.never:
        assert phrase not in text, (case.name, phrase)
    if case.check is not None:
        assert case.check(response), (case.name, response)
    # Every response that is more than a receipt shows at least one number.
    assert any(number in text for number in ("113", "116 123", "116 117")), case.name
    golden = GOLDEN / f"{case.name}.txt"
    if os.environ.get("TRYGGSTI_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.read_text(encoding="utf-8") == text, f"{golden} differs: review and update"


def test_every_golden_file_belongs_to_a_case():
    names = {f"{case.name}.txt" for case in CASES if not case.name.endswith("_nothing")}
    assert {path.name for path in GOLDEN.glob("*.txt")} == names


@pytest.mark.parametrize(
    "what, earlier_what, days, pause",
    [
        ("heroin", "heroin", 2, False),
        ("heroin", "heroin", 3, True),
        ("metadon", "heroin", 1, False),  # both opioids: no pause
        ("heroin", "øl", 1, True),  # another substance: a pause for heroin
        ("", "amfetamin", 1, False),  # an empty «what» compares with any use
        ("amfetamin", "", 1, False),
        ("sopp", "sopp", 1, False),  # unknown words compare as written
        ("sopp", "ketamin", 1, True),
    ],
)
def test_a_pause_is_counted_per_substance(what, earlier_what, days, pause):
    from tryggsti.domain.safety_response import is_pause

    entry = checkin(DAY, substance_use=True, substance_what=what)
    before = checkin(
        DAY - timedelta(days=days), "b", substance_use=True, substance_what=earlier_what
    )
    assert is_pause(entry, [before], substances()) is pause


def test_a_first_check_in_with_use_is_a_pause():
    from tryggsti.domain.safety_response import is_pause

    assert is_pause(checkin(DAY, substance_use=True, substance_what="øl"), [], substances())


def test_calendar_days_are_norwegian_days():
    from tryggsti.domain.safety_response import days_between

    late = datetime(2026, 3, 1, 23, 50, tzinfo=WINTER)
    assert days_between(late, late + timedelta(minutes=20)) == 1
    # 22:30 UTC in summer is 00:30 the next day in Norway.
    summer_evening = datetime(2026, 6, 1, 21, 0, tzinfo=UTC)
    assert days_between(summer_evening, summer_evening + timedelta(hours=1, minutes=30)) == 1
    assert SUMMER.utcoffset(None) == timedelta(hours=2)
