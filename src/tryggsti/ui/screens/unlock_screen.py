"""Unlocking the vault: passphrase, a kind message on a wrong one, crisis lines always visible."""

from __future__ import annotations

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from tryggsti.strings import t
from tryggsti.ui.keys import ALWAYS, footer
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.screens.app_screen import AppScreen
from tryggsti.ui.screens.kept_styles import KeptStyles
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.crisis_lines import CrisisLines
from tryggsti.ui.widgets.input import Input


class UnlockScreen(KeptStyles, AppScreen):
    BINDINGS = [*ALWAYS, Binding("ctrl+r", "forgot", t("unlock.forgot"), key_display="Ctrl+R")]

    def compose(self) -> ComposeResult:
        with Vertical(id="unlock-form", classes="card"):
            yield Static(t("app.title"), id="brand")
            yield Static(t("unlock.intro"), classes="lead")
            yield Input(placeholder=t("unlock.placeholder"), password=True, id="passphrase")
            # The message line is made with the first message (_say); app.tcss keeps its
            # place until then, so nothing moves when it comes.
            with Horizontal(classes="buttons -before-message"):
                yield Button(t("unlock.button"), variant="primary", id="unlock")
                yield Button(t("unlock.forgot"), id="forgot")
        yield CrisisLines(id="unlock-crisis")
        yield footer()

    def on_mount(self, event: events.Mount) -> None:
        self.query_one("#passphrase", Input).focus()

    def start_again(self) -> None:
        """Empty and ready, as a new one: the app keeps this screen at the bottom of the
        stack, returns to it at every lock, and calls this at every unlock and lock."""
        self._busy(False)
        self.query("#restore-damaged").remove()
        field = self.query_one("#passphrase", Input)
        field.value = ""
        self._say("")
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._try_unlock()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "unlock":
            self._try_unlock()
        elif event.button.id == "restore-damaged":
            field = self.query_one("#passphrase", Input)
            if not field.value:
                self._say(t("unlock.empty"))
                field.focus()
                return
            self._busy(True)
            self._restore_damaged(field.value)
        elif event.button.id == "forgot":
            self.action_forgot()

    def action_forgot(self) -> None:
        from tryggsti.ui.screens.recover_screen import RecoverScreen

        self.app.push_screen(RecoverScreen())

    def _try_unlock(self) -> None:
        field = self.query_one("#passphrase", Input)
        if not field.value:
            self._say(t("unlock.empty"))
            return
        self._busy(True)
        self.app.opening_started()
        self._unlock(field.value)

    def _busy(self, busy: bool) -> None:
        # The spinner is made only when needed: not on the first frame, and never animating
        # out of sight while the passphrase is typed.
        if busy:
            self._say(t("unlock.working"))  # first: the spinner goes below the message
        if busy and not self.query("#unlock-busy"):
            from textual.widgets import LoadingIndicator

            self.query_one("#unlock-form").mount(
                LoadingIndicator(id="unlock-busy"), after="#unlock-message"
            )
        elif not busy:
            self.query("#unlock-busy").remove()
        self.query_one("#passphrase", Input).disabled = busy
        self.query_one("#unlock", Button).disabled = busy

    def _say(self, text: str) -> None:
        # An empty line on the first frame cost 4.3M instructions before it (0.5 %).
        if not self.query("#unlock-message"):
            if not text:
                return  # nothing said yet, so nothing to clear
            form = self.query_one("#unlock-form")
            form.mount(Static("", id="unlock-message", classes="message"), before=".buttons")
            form.query_one(".buttons").remove_class("-before-message")
        say_in_view(self.query_one("#unlock-message", Static), text)

    @work(thread=True, exclusive=True, group="unlock", description="unlock-vault")
    def _unlock(self, passphrase: str) -> None:
        # The key derivation takes about half a second: keep it off the UI thread.
        from tryggsti.services.session import VaultSession
        from tryggsti.vault.errors import VaultError

        try:
            session = VaultSession.unlock(self.app.vault_path, passphrase, clock=self.app.clock)
        except VaultError as error:
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(self.app.start_session, session)

    def _failed(self, error) -> None:
        from tryggsti.error_messages import message_for
        from tryggsti.vault.errors import VaultDamaged, WrongPassphrase

        self.app.opening_failed()
        self._busy(False)
        field = self.query_one("#passphrase", Input)
        if isinstance(error, VaultDamaged) and self._has_backups():
            # The passphrase stays in the field: the backup opens with the same one.
            self._say(t("unlock.damaged"))
            self._offer_restore()  # after the message, so the form scrolls to the button
            return
        field.value = ""
        field.focus()
        kind = isinstance(error, WrongPassphrase)
        self._say(t("unlock.wrong") if kind else message_for(error))

    def _has_backups(self) -> bool:
        from tryggsti.vault.storage import list_backups

        return bool(list_backups(self.app.vault_path))

    def _offer_restore(self) -> None:
        """A button to put the newest backup in place of a damaged vault."""
        if not self.query("#restore-damaged"):
            # On its own line under the message: beside the other two it would not fit.
            button = Button(t("unlock.restore_damaged"), variant="warning", id="restore-damaged")
            self.query_one("#unlock-form").mount(button, after=".buttons")
        # Once mounted and laid out, and the form around it too (the message above it wraps
        # at 60x20): focused, and the form scrolled to it on a small terminal.
        self.call_after_refresh(self.call_after_refresh, self._show_restore_button)

    def _show_restore_button(self) -> None:
        for button in self.query("#restore-damaged"):
            button.focus()  # and scrolled into view once the new line is laid out

    @work(thread=True, exclusive=True, group="unlock", description="restore-damaged-vault")
    def _restore_damaged(self, passphrase: str) -> None:
        from tryggsti.services.backups import restore_damaged_vault
        from tryggsti.vault.errors import VaultError

        try:
            session, kept = restore_damaged_vault(
                self.app.vault_path, passphrase, clock=self.app.clock
            )
        except VaultError as error:
            self.app.call_from_thread(self._failed, error)
            return
        self.app.call_from_thread(self._restored, session, kept)

    def _restored(self, session, kept) -> None:
        self.query("#restore-damaged").remove()
        self.app.start_session(session)
        name = kept.name if kept is not None else ""
        self.app.notify(t("unlock.restored_damaged", kept=name), timeout=30, markup=False)
