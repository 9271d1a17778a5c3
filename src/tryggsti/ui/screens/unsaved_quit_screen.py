"""Quitting while the last changes could not be saved: keep them in a new file, quit
without them, or go back. Nothing is thrown away without the person's choice."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from tryggsti.error_messages import message_for
from tryggsti.strings import t
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppModalScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input
from tryggsti.vault.errors import VaultError


class UnsavedQuitScreen(AppModalScreen[bool]):
    """Dismisses with True when the app may quit, False to stay."""

    CSS_PATH = SCREENS_TCSS

    BINDINGS = [Binding("escape", "stay", t("unsaved_quit.stay"))]

    def __init__(self, reason: str, suggested: Path) -> None:
        super().__init__()
        self.reason = reason
        self.suggested = suggested

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="unsaved-quit", classes="card dialog"):
            yield Static(t("unsaved_quit.title"), classes="label")
            yield Static(self.reason, classes="lead", markup=False)
            yield Static(t("unsaved_quit.body"), classes="lead")
            yield Static("", id="unsaved-message", classes="message", markup=False)
            yield Input(str(self.suggested), id="save-as-path")
            with Horizontal(classes="buttons"):
                yield Button(t("unsaved_quit.save_as"), variant="primary", id="save-as")
                yield Button(t("unsaved_quit.stay"), id="stay")
                yield Button(t("unsaved_quit.quit_anyway"), variant="warning", id="quit")

    def on_mount(self) -> None:
        self.query_one("#save-as", Button).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._save_as()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save-as":
            self._save_as()
        elif event.button.id == "quit":
            self.dismiss(True)
        else:
            self.dismiss(False)

    def action_stay(self) -> None:
        self.dismiss(False)

    def _save_as(self) -> None:
        target = Path(self.query_one("#save-as-path", Input).value.strip()).expanduser()
        try:
            self.app.save_unsaved_as(target)
        except VaultError as error:
            self.query_one("#unsaved-message", Static).update(message_for(error))
            return
        self.app.saved_elsewhere = target
        self.dismiss(True)
