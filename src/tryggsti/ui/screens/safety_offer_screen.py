"""The response after a hard check-in: what domain.safety_response decided, in the words
of services.safety_response_text. Never a block: «Ikke nå» and Esc close it.

Everything opened from here (Hjelp nå, the plan, a grounding, a look back) comes back
here with Esc, until the person picks «Ikke nå». A question the response asks first
(thoughts of harm left unanswered; «ja» for many days) is a small dialog on top, skipped
with one key.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.widgets import Static

from tryggsti.domain.content import scripts_in_set
from tryggsti.domain.night import NIGHT_SET
from tryggsti.domain.records import ReflectionKind
from tryggsti.domain.safety_response import Block, Choice, Question, RepeatAnswer, Response
from tryggsti.services.checkins import (
    CheckInResult,
    answer_harm_question,
    answer_repeat_question,
    overdose_steps_opened,
)
from tryggsti.services.safety_response_text import (
    Line,
    RenderedResponse,
    overdose_behind_key,
    overdose_steps,
    question_text,
    render_for,
)
from tryggsti.strings import t
from tryggsti.ui.plain import plain
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppModalScreen
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button

LINE_STYLES = {"heading": "bold", "number": "bold", "own": "", "contact": "", "step": "", "": ""}


def line_widget(line: Line) -> Static:
    """One line of the response; the person's own words are literal, never markup, and a
    line to call never wraps (a long name is cut, the number stays whole)."""
    return Static(
        plain(line.text, LINE_STYLES[line.kind]), classes=f"response-{line.kind or 'text'}"
    )


class ResponseQuestionScreen(AppModalScreen[str | None]):
    """One gentle question before the response; Esc or «Hopp over» skips it."""

    CSS_PATH = SCREENS_TCSS
    BINDINGS = [Binding("escape", "skip", t("safety_offer.harm_ask_skip"))]

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        text, answers = question_text(self.question)
        with Vertical(classes="card dialog", id="response-question"):
            yield Static(plain(text), classes="lead")
            for answer, label in answers:
                yield Button(label, id=f"answer-{answer}", classes="wide choice", compact=True)

    def on_mount(self) -> None:
        # «Hopp over» has focus: an Enter in passing never answers «ja» for the person.
        self.query(Button).last().focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        answer = (event.button.id or "").removeprefix("answer-")
        self.dismiss(None if answer == "skip" else answer)

    def action_skip(self) -> None:
        self.dismiss(None)


class SafetyOfferScreen(TryggstiScreen):
    TITLE_KEY = "checkin.title"
    BINDINGS = [
        Binding("escape", "not_now", t("safety_offer.not_now"), key_display=t("keys.esc")),
        Binding("o", "open_overdose", t("safety_offer.overdose_open"), show=False),
    ]

    def __init__(self, result: CheckInResult) -> None:
        super().__init__()
        self.checkin_id = result.entry.id
        assert result.response is not None
        self.response: Response = result.response
        self.repeat_answer: RepeatAnswer | None = None

    def _rendered(self) -> RenderedResponse:
        titles = None
        if Block.NIGHT in self.response.blocks:
            scripts = scripts_in_set(self.app.library.grounding.values(), NIGHT_SET)
            titles = [script.title for script in scripts]
        return render_for(
            self.app.open_session,
            self.response,
            titles_at_night=titles,
            repeat_answer=self.repeat_answer,
        )

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="safety-offer", classes="padded"):
            yield Vertical(id="response-body")
            yield Static(t("safety_offer.back_hint"), classes="hint", id="response-hint")
            yield Vertical(id="response-choices")

    def on_mount(self, event: events.Mount) -> None:
        self._show()
        if self.response.question is not None:
            self.app.push_screen(ResponseQuestionScreen(self.response.question), self._answered)

    def _show(self) -> None:
        rendered = self._rendered()
        body = self.query_one("#response-body", Vertical)
        body.remove_children()
        widgets: list[Static | Vertical] = [
            Static(plain(rendered.title, "bold"), classes="response-title")
        ]
        for block in rendered.blocks:
            lines = list(block.lines)
            if block.block is Block.OVERDOSE_FULL and self.response.overdose_behind_key:
                lines = overdose_behind_key()
            widgets.append(
                Vertical(
                    *(line_widget(line) for line in lines),
                    classes=f"response-block block-{block.block.value}",
                )
            )
        body.mount_all(widgets)
        choices = self.query_one("#response-choices", Vertical)
        choices.remove_children()
        choices.mount_all(
            Button(
                label, name=choice.value, classes=f"wide choice choice-{choice.value}", compact=True
            )
            for choice, label in rendered.choices
        )
        self.call_after_refresh(self._focus_first)

    def _focus_first(self) -> None:
        # The words and the numbers stay in view at the top; the first button has focus
        # without scrolling them away.
        self.query_one("#response-choices", Vertical).query(Button).first().focus(
            scroll_visible=False
        )
        self.query_one("#safety-offer", VerticalScroll).scroll_home(animate=False)

    def _answered(self, answer: str | None) -> None:
        session = self.app.session
        if answer is None or session is None:
            return
        if self.response.question is Question.STRONGER:
            self.repeat_answer = RepeatAnswer(answer)
            response = answer_repeat_question(session, self.checkin_id, self.repeat_answer)
        else:
            response = answer_harm_question(session, self.checkin_id, answer == "ja").response
        if response is not None:
            self.response = response
            self._show()

    def action_open_overdose(self) -> None:
        """The full overdose steps, in place of the short line (a long response)."""
        if not self.response.overdose_behind_key:
            return
        try:
            block = self.query_one(f".block-{Block.OVERDOSE_FULL.value}", Vertical)
        except NoMatches:
            return
        block.remove_children()
        block.mount_all(line_widget(line) for line in overdose_steps())
        if self.app.session is not None:
            overdose_steps_opened(self.app.session)
        self.call_after_refresh(block.scroll_visible, top=True, animate=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.name is None:  # each choice button is named by its Choice
            return
        choice = Choice(event.button.name)
        if choice is Choice.NOT_NOW:
            self.action_not_now()
        elif choice is Choice.HELP_NOW:
            self.app.open_destination("help_now")
        elif choice in (Choice.SAFETY_PLAN, Choice.FILL_PLAN_LATER):
            self.app.open_destination("safety_plan")
        elif choice is Choice.GROUNDING:
            self.app.action_grounding()
        else:
            from tryggsti.ui.screens.relapse_reflection_screen import RelapseReflectionScreen  # noqa: PLC0415 (a screen loads when first opened)

            kind = ReflectionKind.CRAVING if choice is Choice.WHAT_HELPED else ReflectionKind.USE
            self.app.push_screen(RelapseReflectionScreen(self.checkin_id, kind=kind))

    def action_not_now(self) -> None:
        self.app.pop_screen()
        self.app.notify(t("safety_offer.saved"))

    def action_back(self) -> None:
        self.action_not_now()
