"""How did it go? Set a commitment's status, with a short reflection if the person wants."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tryggsti.domain.records import CommitmentStatus
from tryggsti.domain.text import clean_line
from tryggsti.services.commitments import find, set_status
from tryggsti.strings import t
from tryggsti.ui.plain import plain
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppModalScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input

CHOICES = (
    CommitmentStatus.DONE,
    CommitmentStatus.PARTLY,
    CommitmentStatus.NOT_DONE,
    CommitmentStatus.DROPPED,
    CommitmentStatus.OPEN,
)


class CommitmentStatusScreen(AppModalScreen[str | None]):
    CSS_PATH = SCREENS_TCSS

    BINDINGS = [Binding("escape", "cancel", t("keys.back"))]

    def __init__(self, commitment_id: str) -> None:
        super().__init__()
        self.commitment_id = commitment_id

    def compose(self) -> ComposeResult:
        commitment = find(self.app.open_session, self.commitment_id)
        # Scrolls with the focus, and compact choices, so all five fit at 80x24.
        with VerticalScroll(classes="card dialog", id="status-dialog"):
            yield Static(plain(commitment.text, "bold"))
            yield Static(t("commitments.reflection_label"), classes="label")
            yield Input(
                clean_line(commitment.reflection),
                placeholder=t("commitments.reflection_placeholder"),
                id="reflection",
            )
            yield Static(t("commitments.how_did_it_go"), classes="label")
            for status in CHOICES:
                yield Button(
                    t(f"commitments.choose_{status.name.lower()}"),
                    id=f"status-{status.name.lower()}",
                    classes="wide choice",
                    compact=True,
                )

    def on_mount(self) -> None:
        self.query_one("#reflection", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        name = (event.button.id or "").removeprefix("status-").upper()
        reflection = self.query_one("#reflection", Input).value
        set_status(self.app.open_session, self.commitment_id, CommitmentStatus[name], reflection)
        self.dismiss(self.commitment_id)

    def action_cancel(self) -> None:
        self.dismiss(None)
