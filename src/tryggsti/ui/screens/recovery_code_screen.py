"""The recovery code, shown once, with a step that checks it was written down."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from tryggsti.strings import t
from tryggsti.ui.keys import ALWAYS, footer
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input


class RecoveryCodeScreen(AppScreen):
    CSS_PATH = SCREENS_TCSS

    BINDINGS = ALWAYS

    def __init__(
        self, session, code: str, *, then_back: bool = False, first_run: bool = False
    ) -> None:
        """`then_back`: after a passphrase change, return to where the person was
        instead of starting a new session at Hjem."""
        super().__init__()
        self._session = session
        self._code = code
        self._then_back = then_back
        self._first_run = first_run

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="recovery-code", classes="card"):
            yield Static(t("recovery_code.title"), id="brand")
            yield Static(t("recovery_code.body"), classes="lead")
            yield Static(self._code, id="code")
            yield Static(t("recovery_code.confirm"), classes="label")
            yield Input(placeholder=t("recovery_code.placeholder"), id="last-group")
            yield Static("", id="recovery-message", classes="message")
            with Horizontal(classes="buttons"):
                yield Button(t("recovery_code.done"), variant="primary", id="done")
        yield footer()

    def on_mount(self) -> None:
        # Opens at its top: «Den vises bare nå» is read before the field (below it at 60x20).
        self.query_one("#last-group", Input).focus(scroll_visible=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.value:
            event.input.scroll_visible(animate=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._confirm()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._confirm()

    def _confirm(self) -> None:
        typed = self.query_one("#last-group", Input).value.strip().upper()
        if typed != self._code.split("-")[-1]:
            # Said where it is seen: at 80x24 the line was below the fold until Tab.
            say_in_view(self.query_one("#recovery-message", Static), t("recovery_code.mismatch"))
            return
        if self._then_back:
            self.app.pop_screen()
        elif self._first_run:  # one optional question about support, then Hjem
            from tryggsti.ui.screens.supporter_screen import SupporterScreen  # noqa: PLC0415 (a screen loads when first opened)

            self.app.switch_screen(SupporterScreen(self._session))
        else:
            self.app.start_session(self._session)
