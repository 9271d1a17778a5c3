"""First start: what tryggsti is, then a passphrase chosen twice, then the vault is made."""

from __future__ import annotations

import contextlib

from textual import events, work
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
            # The spinner above the message: the message is scrolled into view when it comes
            # (say_in_view), and so the spinner with it.
            yield LoadingIndicator(id="welcome-busy")
            yield Static("", id="welcome-message", classes="message")
            with Horizontal(classes="buttons"):
                yield Button(t("welcome.create"), variant="primary", id="create")
        yield footer()

    def on_mount(self, event: events.Mount) -> None:
        chain(self.query_one("#first", Input), self.query_one("#second", Input))
        self.query_one("#welcome-busy").display = False
        # The screen opens at its top, so the title and what tryggsti is are read first
        # (at 60x20 the field is below them); typing brings the field into view.
        self.query_one("#first", Input).focus(scroll_visible=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.value:
            event.input.scroll_visible(animate=False)
        if event.input.id == "first":
            if event.value:
                self._estimate(event.value)
            else:
                self.query_one("#strength", Static).update("")

    @work(thread=True, exclusive=True, group="strength", description="estimate-strength")
    def _estimate(self, passphrase: str) -> None:
        # zxcvbn takes up to 60 ms for a long passphrase (and 40 ms to import the first
        # time): off the UI thread, so typing never waits for the hint.
        level = strength(passphrase)
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile: no hint needed
            self.app.call_from_thread(self._show_strength, passphrase, level)

    def _show_strength(self, passphrase: str, level: int) -> None:
        fields = self.query("#first")
        if not self.is_attached or not fields or fields.first(Input).value != passphrase:
            return  # typed on since (a newer estimate is on its way), or the screen is gone
        self.query_one("#strength", Static).update(
            t(f"welcome.strength_{level}", minimum=MIN_LENGTH)
        )

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
        busy = self.query_one("#welcome-busy")
        busy.display = True
        self.query_one("#create", Button).disabled = True
        self._say(t("welcome.working"))
        self.app.opening_started()
        self._make_vault(first)

    def _say(self, text: str) -> None:
        say_in_view(self.query_one("#welcome-message", Static), text)

    @work(thread=True, exclusive=True, group="create", description="create-vault")
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
        from tryggsti.error_messages import message_for

        self.app.opening_failed()
        self.query_one("#welcome-busy").display = False
        self.query_one("#create", Button).disabled = False
        self._say(message_for(error))

    def _show_code(self, session, code: str) -> None:
        from tryggsti.ui.screens.recovery_code_screen import RecoveryCodeScreen

        self.app.switch_screen(RecoveryCodeScreen(session, code, first_run=True))
        self.app.call_after_refresh(self.app.opening_shown)  # typing the last four works
