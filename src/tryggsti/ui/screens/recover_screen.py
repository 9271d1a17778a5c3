"""Forgot the passphrase: open with the recovery code, then choose a new passphrase."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import LoadingIndicator, Static

from tryggsti.domain.passphrase import MIN_LENGTH, choice_problem
from tryggsti.error_messages import message_for
from tryggsti.services.session import VaultSession
from tryggsti.strings import t
from tryggsti.ui.key_burst import chain
from tryggsti.ui.keys import ALWAYS, footer
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input
from tryggsti.ui.widgets.toggles import Checkbox
from tryggsti.vault.errors import VaultError
from tryggsti.vault.recovery import group_code


class RecoverScreen(AppScreen):
    CSS_PATH = SCREENS_TCSS

    BINDINGS = [*ALWAYS, ("escape", "back", t("keys.back"))]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="recover", classes="card"):
            yield Static(t("recover.title"), id="brand")
            yield Static(t("recover.body"), classes="lead")
            yield Input(placeholder=t("recover.code_placeholder"), id="code-input")
            yield Checkbox(t("recover.hide_code"), id="hide-code")
            yield Input(placeholder=t("welcome.placeholder"), password=True, id="first")
            yield Input(placeholder=t("welcome.placeholder_again"), password=True, id="second")
            yield Static("", id="recover-message", classes="message")
            yield LoadingIndicator(id="recover-busy")
            with Horizontal(classes="buttons"):
                yield Button(t("recover.button"), variant="primary", id="recover-button")
        yield footer()

    def on_mount(self) -> None:
        chain(*(self.query_one(f, Input) for f in ("#code-input", "#first", "#second")))
        self.query_one("#recover-busy").display = False
        self.query_one("#code-input", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        """Show the code as it is written on paper (XXXX-XXXX-…), so a typo can be seen."""
        if event.input.id != "code-input":
            return
        grouped = group_code(event.value)
        if grouped != event.value:
            event.input.value = grouped
            event.input.cursor_position = len(grouped)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        if event.checkbox.id == "hide-code":
            self.query_one("#code-input", Input).password = event.value

    def action_back(self) -> None:
        self.app.pop_screen()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        following = {"code-input": "#first", "first": "#second"}.get(event.input.id or "")
        if following:
            self.set_focus(
                self.query_one(following, Input)
            )  # at once: fast typing goes to the next field
        else:
            self._recover()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._recover()

    def _say(self, text: str) -> None:
        say_in_view(self.query_one("#recover-message", Static), text)

    def _recover(self) -> None:
        code = self.query_one("#code-input", Input).value
        first = self.query_one("#first", Input).value
        second = self.query_one("#second", Input).value
        problem = choice_problem(first, second)
        if problem:
            self._say(t(problem, minimum=MIN_LENGTH))
            return
        self.query_one("#recover-busy").display = True
        self._say(t("unlock.working"))
        self._open(code, first)

    @work(thread=True, exclusive=True, group="recover", description="recover-with-code")
    def _open(self, code: str, new_passphrase: str) -> None:
        try:
            session = VaultSession.recover(self.app.vault_path, code, clock=self.app.clock)
            try:
                new_code = session.change_passphrase(
                    new_passphrase, log_n=self.app.kdf_log_n, given=[("recovery", code)]
                )
            except BaseException:
                session.close()
                raise
        except VaultError as error:
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(self._done, session, new_code)

    def _failed(self, error) -> None:
        self.query_one("#recover-busy").display = False
        self._say(message_for(error))

    def _done(self, session, new_code: str) -> None:
        from tryggsti.ui.screens.recovery_code_screen import RecoveryCodeScreen  # noqa: PLC0415 (a screen loads when first opened)

        self.app.notify(t("recover.done"), timeout=10)
        # The code just used opens nothing any more: the new one is shown once.
        self.app.push_screen(RecoveryCodeScreen(session, new_code))
