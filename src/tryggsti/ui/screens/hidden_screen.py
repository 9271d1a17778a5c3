"""A neutral, empty view shown by the hide key: nothing on it says what the app is."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import Static

from tryggsti.ui.screens.app_screen import AppScreen


class HiddenScreen(AppScreen):
    """Any key returns to the unlock screen (the vault is already locked)."""

    def compose(self) -> ComposeResult:
        yield Static("", id="hidden")

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.app.pop_screen()
