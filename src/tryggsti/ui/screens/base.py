"""The frame every screen shares: a title bar with the save indicator, and the footer keys."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Static

from tryggsti.strings import t
from tryggsti.ui.cursor import place_cursor_on_screen
from tryggsti.ui.keys import ALWAYS, footer
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppScreen
from tryggsti.ui.screens.kept_styles import KeptStyles
from tryggsti.ui.widgets.save_indicator import SaveIndicator


class TryggstiScreen(KeptStyles, AppScreen):
    """Subclasses set `TITLE_KEY` and implement `compose_body()`.

    A screen with text fields implements `flush_edits()`, so typing is saved before
    the app locks.
    """

    CSS_PATH = SCREENS_TCSS

    TITLE_KEY = "app.title"
    # The keys that must work everywhere come first, so even a narrow footer shows them.
    BINDINGS = [*ALWAYS, Binding("escape", "back", t("keys.back"), key_display=t("keys.esc"))]

    def compose(self) -> ComposeResult:
        with Horizontal(id="title-bar"):
            yield Static(t(self.TITLE_KEY), id="screen-title")
            yield SaveIndicator()
        yield from self.compose_body()
        yield footer()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        place_cursor_on_screen(self)  # a screen with nothing focused: its title

    _drawn_mark: tuple | None = None

    def changed_since_drawn(self) -> bool:
        """True when the data or the day changed since the last call (or it is the first):
        a kept screen redraws on resume only then (ui/kept_screens.py)."""
        session = self.app.session
        mark = (session.revision, self.app.clock().date()) if session else None
        changed = mark is None or mark != self._drawn_mark
        self._drawn_mark = mark
        return changed

    def flush_edits(self) -> None:
        """Store whatever the person is typing (called before locking)."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            # Hjem has nowhere to go back to: the footer must not offer «Esc Tilbake» there.
            return self.app.can_go_back()
        return True

    def action_back(self) -> None:
        if self.app.can_go_back():
            self.app.pop_screen()
