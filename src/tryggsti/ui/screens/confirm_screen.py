"""A yes/no question in a small dialog; dismisses with True or False."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from tryggsti.strings import t
from tryggsti.ui.plain import plain
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppModalScreen
from tryggsti.ui.widgets.button import Button


class ConfirmScreen(AppModalScreen[bool]):
    CSS_PATH = SCREENS_TCSS

    BINDINGS = [Binding("escape", "no", t("confirm.no"))]

    def __init__(self, question: str) -> None:
        """`question` is plain text (it may hold a file name): it is never read as markup."""
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="card dialog"):
            yield Static(plain(self.question), classes="lead")
            with Horizontal(classes="buttons"):
                yield Button(t("confirm.yes"), variant="warning", id="yes")
                yield Button(t("confirm.no"), variant="primary", id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_no(self) -> None:
        self.dismiss(False)
