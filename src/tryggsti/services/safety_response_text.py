"""The words of a check-in response: what domain.safety_response decided, as lines of
Norwegian text (from `[safety_offer]` in ui.toml) that every front end shows the same way.

The app styles the lines by their kind; `tryggsti logg` and «enkel modus» print
`as_plain_text`. The person's own words (their contacts, their plan) are marked `own`
and are always shown literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from tryggsti.domain.help_lines import NBSP, Resources, is_open, unbreakable
from tryggsti.domain.records import Contact, SafetyPlan, UnsafeKind
from tryggsti.domain.safety_response import (
    Block,
    Choice,
    Concern,
    Question,
    RepeatAnswer,
    Response,
)
from tryggsti.domain.text import clean_line
from tryggsti.services.session import VaultSession
from tryggsti.strings import lookup, t

OWN_PEOPLE_SHOWN = 3


class Line(NamedTuple):
    text: str
    # "" plain · "heading" · "number" (a line to call) · "step" (numbered) · "own" (the
    # person's own words) · "contact" (one of their people, one line)
    kind: str = ""


@dataclass(frozen=True)
class RenderedBlock:
    block: Block
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class RenderedResponse:
    title: str
    blocks: tuple[RenderedBlock, ...]
    choices: tuple[tuple[Choice, str], ...]

    def block(self, block: Block) -> RenderedBlock | None:
        return next((b for b in self.blocks if b.block is block), None)


def title(response: Response) -> str:
    lead = response.lead
    if lead is Concern.UNSAFE:
        kind = response.unsafe_kind or UnsafeKind.OTHER
        return t(f"safety_offer.title_unsafe_{kind.value}")
    if lead is Concern.USE and response.substance.strip():
        return t("safety_offer.title_use_what", what=clean_line(response.substance))
    return t(f"safety_offer.title_{lead.value}")


def _contact_line(contact: Contact) -> Line:
    name, phone = clean_line(contact.name), unbreakable(clean_line(contact.phone))
    if phone:
        return Line(t("safety_offer.contact", name=name, phone=phone), "contact")
    return Line(t("safety_offer.contact_no_phone", name=name), "contact")


def _own_people(plan: SafetyPlan) -> list[Line]:
    people = [_contact_line(c) for c in plan.help_contacts[:OWN_PEOPLE_SHOWN]]
    people += [_contact_line(c) for c in plan.professionals[:1]]
    return people


def _childcare(plan: SafetyPlan) -> list[Line]:
    if not plan.childcare:
        return []
    first = plan.childcare[0]
    text = t(
        "safety_offer.childcare",
        name=clean_line(first.name),
        phone=unbreakable(clean_line(first.phone)),
    )
    return [Line(text.strip(), "contact")]


def _people_first(response: Response, plan: SafetyPlan, as_usual: bool) -> list[Line]:
    lines_116 = [
        Line(t("safety_offer.line_116123"), "number"),
        Line(t("safety_offer.line_116117"), "number"),
    ]
    emergency = Line(
        t(
            "safety_offer.line_113_poisoning"
            if response.lead is Concern.POISONING
            else "safety_offer.line_113"
        ),
        "number",
    )
    own = _own_people(plan) + _childcare(plan)
    heading = Line(
        t("safety_offer.people_as_usual_heading" if as_usual else "safety_offer.people_heading"),
        "heading",
    )
    if as_usual:
        # The same thoughts as most days: own people first, 116 123 and 113 still in view.
        return [heading, *own, lines_116[0], emergency]
    if own:
        return [heading, *own, *lines_116, emergency]
    # An empty plan is never the first step: the numbers first, the plan for later.
    return [heading, *lines_116, emergency, Line(t("safety_offer.plan_later"))]


def _means(plan: SafetyPlan) -> list[Line]:
    lines = [Line(t("safety_offer.means"))]
    if plan.safer_surroundings:
        lines.append(Line(t("safety_offer.means_own"), "heading"))
        lines += [
            Line(t("safety_offer.plan_item", item=clean_line(item)), "own")
            for item in plan.safer_surroundings
        ]
    return lines


def overdose_steps() -> list[Line]:
    """The full overdose block: never shortened to fit."""
    lines = [
        Line(t("safety_offer.overdose_heading"), "heading"),
        Line(t("safety_offer.overdose_risk")),
        Line(t("safety_offer.overdose_mixing")),
        Line(t("safety_offer.overdose_signs")),
        Line(t("safety_offer.overdose_steps_heading"), "heading"),
    ]
    for number, step in enumerate(lookup("safety_offer.overdose_steps"), start=1):
        lines.append(Line(f"{number}. {step}", "step"))
    lines.append(Line(t("safety_offer.overdose_naloxone")))
    return lines


def overdose_behind_key() -> list[Line]:
    """What a long response shows in place of the steps, with the key that opens them."""
    return [Line(t("safety_offer.overdose_short")), Line(t("safety_offer.overdose_key"))]


def _chats(resources: Resources | None) -> list[Line]:
    if resources is None:
        return []
    chats = [
        Line(t("safety_offer.chat", name=line.name, address=line.chat.address), "number")
        for line in resources.lines
        if line.chat is not None and line.crisis
    ]
    return [Line(t("safety_offer.chat_heading"), "heading"), *chats] if chats else []


def _night(resources: Resources | None, now: datetime, night_titles: Sequence[str]) -> list[Line]:
    lines = []
    if resources is not None:
        open_now = [
            t("safety_offer.night_line", name=line.name, number=unbreakable(line.number))
            for line in resources.lines
            # The emergency numbers are open always and stand in the response already.
            if line.number and line.crisis and not line.emergency and is_open(line, now)
        ]
        if open_now:
            lines.append(Line(t("safety_offer.night_open", lines=", ".join(open_now)), "number"))
    if night_titles:
        lines.append(Line(t("safety_offer.night_grounding", titles=", ".join(night_titles))))
    return lines


def _report_nudge(response: Response, clinician: str) -> list[Line]:
    if response.has_clinician and clinician:
        text = t("safety_offer.report_nudge_clinician", count=response.days_with_yes, who=clinician)
    else:
        text = t("safety_offer.report_nudge_anyone", count=response.days_with_yes)
    return [Line(text)]


def _block_lines(
    block: Block,
    response: Response,
    plan: SafetyPlan,
    now: datetime,
    resources: Resources | None,
    night_titles: Sequence[str],
    clinician: str,
    as_usual: bool,
) -> list[Line]:
    match block:
        case Block.PEOPLE_FIRST:
            return _people_first(response, plan, as_usual)
        case Block.MEANS:
            return _means(plan)
        case Block.OVERDOSE_FULL:
            return overdose_steps()
        case Block.INJURY_VIOLENCE:
            return [
                Line(t("safety_offer.injury"), "number"),
                Line(t("safety_offer.violence"), "number"),
                Line(t("safety_offer.violence_lines")),
            ]
        case Block.BUSY_LINES:
            return [Line(t("safety_offer.busy_lines"), "number"), *_chats(resources)]
        case Block.NUMBERS_LINE:
            return [Line(t("safety_offer.numbers_line"), "number")]
        case Block.NIGHT:
            return _night(resources, now, night_titles)
        case Block.REPORT_NUDGE:
            return _report_nudge(response, clinician)
        case _:
            return [Line(t(f"safety_offer.{block.value}"))]


def render(
    response: Response,
    plan: SafetyPlan,
    now: datetime,
    *,
    resources: Resources | None = None,
    night_titles: Sequence[str] = (),
    clinician: str = "",
    repeat_answer: RepeatAnswer | None = None,
) -> RenderedResponse:
    """`clinician`: whom the report nudge names («behandleren din»), when there is one."""
    as_usual = repeat_answer is RepeatAnswer.AS_USUAL
    blocks = []
    for block in response.blocks:
        lines = _block_lines(
            block, response, plan, now, resources, night_titles, clinician, as_usual
        )
        if lines:
            blocks.append(RenderedBlock(block, tuple(lines)))
    choices = tuple((c, t(f"safety_offer.{c.value}")) for c in response.choices)
    return RenderedResponse(title(response), tuple(blocks), choices)


def question_text(question: Question) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A question asked before the response: its text and its answers (id, label)."""
    if question is Question.STRONGER:
        return t("safety_offer.repeat_ask"), (
            (RepeatAnswer.STRONGER.value, t("safety_offer.repeat_stronger")),
            (RepeatAnswer.AS_USUAL.value, t("safety_offer.repeat_as_usual")),
        )
    return t("safety_offer.harm_ask"), (
        ("ja", t("safety_offer.harm_ask_yes")),
        ("nei", t("safety_offer.harm_ask_no")),
        ("skip", t("safety_offer.harm_ask_skip")),
    )


def as_plain_text(rendered: RenderedResponse, *, harm_question_unanswered: bool = False) -> str:
    """The response as the command line prints it: title, blocks, numbers; no buttons.
    The command line cannot ask, so an unasked question becomes its numbers and option."""
    parts = [rendered.title]
    if harm_question_unanswered:
        parts.append(t("safety_offer.harm_ask_cli"))
    for block in rendered.blocks:
        parts.append("\n".join(line.text for line in block.lines))
    # Numbers keep together on a screen by no-break spaces; a plain terminal, a pipe and a
    # screen reader get ordinary ones.
    return "\n\n".join(parts).replace(NBSP, " ")


def night_titles() -> list[str]:
    """The night set's exercises, by title (loads the content: only when it is night)."""
    from tryggsti.content.loader import load_library  # noqa: PLC0415 (a logg loads the content only when it answers)
    from tryggsti.domain.content import scripts_in_set  # noqa: PLC0415 (a logg loads the content only when it answers)
    from tryggsti.domain.night import NIGHT_SET  # noqa: PLC0415 (a logg loads the content only when it answers)

    return [s.title for s in scripts_in_set(load_library().grounding.values(), NIGHT_SET)]


def render_for(
    session: VaultSession,
    response: Response,
    *,
    titles_at_night: Sequence[str] | None = None,
    repeat_answer: RepeatAnswer | None = None,
) -> RenderedResponse:
    """The response with this person's plan, the help lines open now, and whom the report
    nudge names; `titles_at_night` when the caller has the content loaded already."""
    from tryggsti.content.help_lines_file import load_resources  # noqa: PLC0415 (a logg loads the content only when it answers)
    from tryggsti.services.checkins import clinician  # noqa: PLC0415 (a logg loads the content only when it answers)

    titles: Sequence[str] = ()
    if Block.NIGHT in response.blocks:
        titles = night_titles() if titles_at_night is None else titles_at_night
    return render(
        response,
        session.data.safety_plan,
        session.clock(),
        resources=load_resources(),
        night_titles=titles,
        clinician=clinician(session),
        repeat_answer=repeat_answer,
    )
