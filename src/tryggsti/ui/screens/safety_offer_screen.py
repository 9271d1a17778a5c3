"""After a hard check-in: a gentle offer that fits what was told. Never a block: Esc skips.

Suicidal thoughts put the person's own plan first, with 113 and 116 123 beside it; use
or strong craving offers the «tilbakefall» reflection; use after a pause adds the calm
overdose facts. What is said is decided in domain.safety_response, not here.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tryggsti.domain.safety_response import Concern, SafetyResponse
from tryggsti.strings import t
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppModalScreen
from tryggsti.ui.widgets.button import Button

DESTINATIONS = ("grounding", "safety_plan", "help_now")


def choices_for(response: SafetyResponse) -> list[str]:
    """The buttons, most fitting first: the plan leads when suicidal thoughts were told."""
    if response.lead is Concern.HARM_THOUGHTS:
        order = ["safety_plan", "help_now", "grounding"]
        if response.offer_reflection:  # the look back only after every kind of help
            order.append("reflection")
        return order
    order = ["grounding", "safety_plan", "help_now"]
    if response.offer_reflection:
        order.insert(1, "reflection")
    return order


class SafetyOfferScreen(AppModalScreen[str | None]):
    CSS_PATH = SCREENS_TCSS

    BINDINGS = [Binding("escape", "dismiss_offer", t("safety_offer.not_now"))]

    def __init__(self, response: SafetyResponse, *, checkin_id: str | None = None) -> None:
        super().__init__()
        self.response = response
        self.checkin_id = checkin_id

    def compose(self) -> ComposeResult:
        response = self.response
        with VerticalScroll(id="safety-offer", classes="card dialog"):
            title = (
                "safety_offer.title_thanks" if response.thank_for_honesty else "safety_offer.title"
            )
            yield Static(t(title), classes="label")
            yield Static(t(response.opening_key), classes="lead", id="offer-opening")
            if response.lead is Concern.HARM_THOUGHTS:
                yield from self._own_plan()
                yield Static(t("safety_offer.harm_lines"), classes="notice", id="offer-lines")
            if response.overdose_facts:
                yield Static(t("safety_offer.overdose"), classes="notice", id="offer-overdose")
            yield Static(t("safety_offer.body"), classes="hint")
            for choice in choices_for(response):
                yield Button(
                    t(f"safety_offer.{choice}"), id=choice, classes="wide choice", compact=True
                )
            yield Button(
                t("safety_offer.not_now"), id="not-now", classes="wide choice", compact=True
            )

    def _own_plan(self) -> ComposeResult:
        """The person's own words from the plan, shown literally, before any number."""
        from tryggsti.services.safety_offer import plan_excerpt

        session = self.app.session
        excerpt = plan_excerpt(session.data.safety_plan) if session else []
        if not excerpt:
            return
        lines = []
        for section, items in excerpt:
            lines.append(t(f"plan.{section}"))
            lines.extend(f"  • {item}" for item in items)
        yield Static("\n".join(lines), markup=False, id="offer-own-plan")

    def on_mount(self) -> None:
        # The words, the plan and the numbers stay in view at the top; the first button has
        # focus without scrolling them away (a long offer scrolls at 80x24).
        self.query_one(f"#{choices_for(self.response)[0]}", Button).focus(scroll_visible=False)
        self.query_one("#safety-offer", VerticalScroll).scroll_home(animate=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choice = event.button.id
        self.dismiss(choice)
        if choice == "reflection":
            from tryggsti.ui.screens.relapse_reflection_screen import RelapseReflectionScreen

            self.app.push_screen(RelapseReflectionScreen(self.checkin_id))
        elif choice in DESTINATIONS:
            self.app.open_destination(choice)

    def action_dismiss_offer(self) -> None:
        self.dismiss(None)
