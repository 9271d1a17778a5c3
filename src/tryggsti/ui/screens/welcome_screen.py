"""First start: what tryggsti is, then a passphrase chosen twice, then the vault is made."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import LoadingIndicator, Static

from tryggsti.domain.passphrase import MIN_LENGTH, WEAK, choice_problem, strength
from tryggsti.strings import t
from tryggsti.ui.key_burst import chain
from tryggsti.ui.keys import ALWAYS, footer
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.screens.app_screen import AppScreen
from tryggsti.ui.screens.kept_styles import KeptStyles
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input


class WelcomeScreen(KeptStyles, AppScreen):
    BINDINGS = ALWAYS

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="welcome", classes="card"):
            yield Static(t("welcome.title"), id="brand")
            yield Static(t("welcome.body"), classes="lead")
            yield Static(t("welcome.choose"), classes="label")
            yield Input(placeholder=t("welcome.placeholder"), password=True, id="first")
            yield Static("", id="strength", classes="hint")
            yield Input(placeholder=t("welcome.placeholder_again"), password=True, id="second")
            yield Static("", id="welcome-message", classes="message")
            yield LoadingIndicator(id="welcome-busy")
            with Horizontal(classes="buttons"):
                yield Button(t("welcome.create"), variant="primary", id="create")
        yield footer()

    def on_mount(self) -> None:
        chain(self.query_one("#first", Input), self.query_one("#second", Input))
        self.query_one("#welcome-busy").display = False
        self.query_one("#first", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "first":
            level = strength(event.value)
            text = t(f"welcome.strength_{level}", minimum=MIN_LENGTH) if event.value else ""
            self.query_one("#strength", Static).update(text)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "first":
            self.set_focus(
                self.query_one("#second", Input)
            )  # at once: fast typing goes to the next field
        else:
            self._create()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "create":
            self._create()

    def _create(self) -> None:
        first = self.query_one("#first", Input).value
        second = self.query_one("#second", Input).value
        problem = choice_problem(first, second)
        if problem:
            self._say(t(problem, minimum=MIN_LENGTH))
            field = self.query_one("#first" if problem == WEAK else "#second", Input)
            if problem != WEAK:
                field.value = ""
            field.focus()
            return
        self.query_one("#welcome-busy").display = True
        self.query_one("#create", Button).disabled = True
        self._say(t("welcome.working"))
        self._make_vault(first)

    def _say(self, text: str) -> None:
        say_in_view(self.query_one("#welcome-message", Static), text)

    @work(thread=True, exclusive=True, group="create")
    def _make_vault(self, passphrase: str) -> None:
        from tryggsti.services.session import VaultSession
        from tryggsti.vault.errors import VaultError

        try:
            session, code = VaultSession.create(
                self.app.vault_path, passphrase, clock=self.app.clock, log_n=self.app.kdf_log_n
            )
        except VaultError as error:
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(self._show_code, session, code)

    def _failed(self, error) -> None:
        from tryggsti.messages import message_for

        self.query_one("#welcome-busy").display = False
        self.query_one("#create", Button).disabled = False
        self._say(message_for(error))

    def _show_code(self, session, code: str) -> None:
        from tryggsti.ui.screens.recovery_code_screen import RecoveryCodeScreen

        self.app.switch_screen(RecoveryCodeScreen(session, code, first_run=True))
