"""After a hard check-in: a gentle offer of grounding, the safety plan or help. Never a block."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tryggsti.strings import t

CHOICES = ("grounding", "safety_plan", "help_now")


class SafetyOfferScreen(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "dismiss_offer", t("safety_offer.not_now"))]

    def compose(self) -> ComposeResult:
        with Vertical(id="safety-offer", classes="card dialog"):
            yield Static(t("safety_offer.title"), classes="label")
            yield Static(t("safety_offer.body"), classes="lead")
            for choice in CHOICES:
                yield Button(t(f"safety_offer.{choice}"), id=choice, classes="wide")
            yield Button(t("safety_offer.not_now"), id="not-now", classes="wide")

    def on_mount(self) -> None:
        self.query_one("#grounding", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        choice = event.button.id
        self.dismiss(None)
        if choice in CHOICES:
            self.app.open_destination(choice)

    def action_dismiss_offer(self) -> None:
        self.dismiss(None)
