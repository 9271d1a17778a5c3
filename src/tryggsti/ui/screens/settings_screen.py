"""Innstillinger: auto-lock, theme, who supports the person, a new passphrase, backups."""

from __future__ import annotations

from textual import events, work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, RadioSet, Static

from tryggsti.config import THEMES
from tryggsti.dates import clock_time, long_date_with_year
from tryggsti.domain.passphrase import MIN_LENGTH, choice_problem
from tryggsti.error_messages import message_for
from tryggsti.services.backups import backups_of, restore_into
from tryggsti.services.supporter import set_supporter
from tryggsti.strings import t
from tryggsti.ui.key_burst import chain
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.plain import cell, plain
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input
from tryggsti.ui.widgets.supporter_choice import SupporterChoice
from tryggsti.ui.widgets.toggles import Checkbox, RadioButton
from tryggsti.vault.errors import VaultError

MAX_MINUTES = 24 * 60


class SettingsScreen(TryggstiScreen):
    TITLE_KEY = "settings.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume

    def compose_body(self) -> ComposeResult:
        config = self.app.config
        with VerticalScroll(id="settings", classes="padded"):
            yield Static(t("settings.auto_lock"), classes="label")
            yield Static(t("settings.auto_lock_help"), classes="hint")
            yield Input(
                str(config.auto_lock_minutes), restrict=r"[0-9]*", max_length=4, id="minutes"
            )
            yield Static(t("settings.theme"), classes="label")
            yield Static(t("settings.theme_help"), classes="hint")
            with RadioSet(id="theme"):
                for name in THEMES:
                    yield RadioButton(
                        t(f"settings.theme_{name}"), value=name == config.theme, name=name
                    )
            yield Checkbox(
                t("settings.days_without_use"),
                value=config.show_days_without_use,
                id="days-without-use",
            )
            yield Static(t("settings.days_without_use_help"), classes="hint")
            yield Checkbox(t("settings.enkel_modus"), value=config.enkel_modus, id="enkel-modus")
            yield Static(t("settings.enkel_modus_help"), classes="hint")
            yield Static(t("supporter.settings_label"), classes="label")
            yield Static(t("supporter.settings_help"), classes="hint")
            yield SupporterChoice(self.app.open_session.data.profile.supporter, id="supporter")
            yield Static(t("settings.passphrase"), classes="label")
            yield Static(t("settings.passphrase_help"), classes="hint")
            yield Input(password=True, placeholder=t("settings.current_passphrase"), id="current")
            yield Input(password=True, placeholder=t("settings.new_passphrase"), id="new-1")
            yield Input(password=True, placeholder=t("settings.new_again"), id="new-2")
            yield Checkbox(t("settings.delete_backups"), id="delete-backups")
            with Horizontal(classes="buttons"):
                yield Button(t("settings.change_passphrase"), id="change")
            yield Static("", id="passphrase-message", classes="message")
            yield Static(t("settings.backups"), classes="label")
            yield Static(t("settings.backups_help"), classes="hint")
            yield DataTable(cursor_type="row", id="backups")
            with Horizontal(classes="buttons"):
                yield Button(t("settings.restore"), id="restore")
            yield Static("", id="settings-message", classes="message")
            yield Static(t("move.title"), classes="label")
            yield Static(t("move.settings_help"), classes="hint")
            with Horizontal(classes="buttons"):
                yield Button(t("move.title"), id="move")

    def on_mount(self, event: events.Mount) -> None:
        chain(*(self.query_one(f, Input) for f in ("#current", "#new-1", "#new-2")))
        table = self.query_one("#backups", DataTable)
        table.add_column(t("settings.col_number"), key="number")
        table.add_column(t("settings.col_saved"), key="saved")
        table.add_column(t("settings.col_size"), key="size")
        self.refresh_backups()
        self.query_one("#minutes", Input).focus()  # typing goes somewhere at once

    def on_screen_suspend(self) -> None:
        self._empty_passphrase_fields()  # a kept screen holds no passphrase once left

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        self.refresh_backups()

    def _say(self, text: str) -> None:
        say_in_view(self.query_one("#settings-message", Static), plain(text))

    # ---- auto-lock and theme -----------------------------------------------------

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "minutes":
            self._save_minutes()
        elif event.input.id in ("current", "new-1"):
            following = "#new-1" if event.input.id == "current" else "#new-2"
            self.set_focus(self.query_one(following, Input))  # at once: fast typing follows
        elif event.input.id == "new-2":
            self._change_passphrase()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "minutes":
            self._save_minutes(quietly=True)

    def _save_minutes(self, *, quietly: bool = False) -> None:
        text = self.query_one("#minutes", Input).value
        if not text.isdigit() or int(text) > MAX_MINUTES:
            if not quietly:
                self._say(t("settings.problem_minutes", high=MAX_MINUTES))
            return
        self.app.set_auto_lock_minutes(int(text))
        if not quietly:
            minutes = int(text)
            self._say(
                t("settings.auto_lock_off")
                if minutes == 0
                else t("settings.auto_lock_on", minutes=minutes)
            )

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        if event.checkbox.id == "days-without-use":
            self.app.set_show_days_without_use(event.value)
        elif event.checkbox.id == "enkel-modus":
            self.app.set_enkel_modus(event.value)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        if event.radio_set.id == "supporter":
            self._set_supporter(SupporterChoice.answer(event.pressed))
        else:
            assert event.pressed.name is not None  # each theme's button is named after it
            self.app.set_theme(event.pressed.name)

    def _set_supporter(self, answer: str | None) -> None:
        session = self.app.session
        if session is not None and set_supporter(session.data, answer):
            session.save()
            self._say(t("supporter.saved"))

    # ---- passphrase ---------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "change":
            self._change_passphrase()
        elif event.button.id == "restore":
            self._ask_restore()
        elif event.button.id == "move":
            from tryggsti.ui.screens.move_screen import MoveScreen  # noqa: PLC0415 (a screen loads when first opened)

            self.app.push_screen(MoveScreen())

    def _say_passphrase(self, text: str) -> None:
        say_in_view(self.query_one("#passphrase-message", Static), plain(text))

    def _change_passphrase(self) -> None:
        current = self.query_one("#current", Input).value
        first = self.query_one("#new-1", Input).value
        second = self.query_one("#new-2", Input).value
        if not current:
            self._say_passphrase(t("settings.current_missing"))
            self.query_one("#current", Input).focus()
            return
        problem = choice_problem(first, second)
        if problem:
            self._say_passphrase(t(problem, minimum=MIN_LENGTH))
            return
        self.query_one("#change", Button).disabled = True
        self._say_passphrase(t("settings.changing"))
        keep = not self.query_one("#delete-backups", Checkbox).value
        self._run_change(current, first, keep)

    @work(thread=True, exclusive=True, group="passphrase", description="change-passphrase")
    def _run_change(self, current: str, passphrase: str, keep_backups: bool) -> None:
        try:
            code = self.app.change_passphrase(current, passphrase, keep_backups=keep_backups)
        except Exception as error:  # shown in Norwegian; the old passphrase still works
            self.app.call_from_thread(self._change_failed, error)
            return
        self.app.call_from_thread(self._change_done, code)

    def _clear_passphrase_fields(self) -> None:
        self.query_one("#change", Button).disabled = False
        self._empty_passphrase_fields()

    def _empty_passphrase_fields(self) -> None:
        for field_id in ("#current", "#new-1", "#new-2"):
            self.query_one(field_id, Input).value = ""

    def _change_failed(self, error) -> None:
        self.query_one("#change", Button).disabled = False
        self._say_passphrase(message_for(error))

    def _change_done(self, code: str) -> None:
        from tryggsti.ui.screens.recovery_code_screen import RecoveryCodeScreen  # noqa: PLC0415 (a screen loads when first opened)

        self._clear_passphrase_fields()
        said = t("settings.changed")
        session = self.app.session
        if session is not None and session.vault.rekey_unfinished:
            said += " " + t("cli.backups_unfinished")
        self._say_passphrase(said)
        self.refresh_backups()
        # The old recovery code no longer opens anything: the new one is shown once.
        self.app.push_screen(RecoveryCodeScreen(self.app.session, code, then_back=True))

    # ---- backups -------------------------------------------------------------------

    def refresh_backups(self) -> None:
        table = self.query_one("#backups", DataTable)
        table.clear()
        self._backups = backups_of(self.app.vault_path)
        for info in self._backups:
            when = f"{long_date_with_year(info.saved_at.date())} {clock_time(info.saved_at)}"
            size = f"{max(1, info.size // 1024)} kB"
            table.add_row(cell(str(info.number)), cell(when), cell(size), key=str(info.number))
        self.query_one("#restore", Button).disabled = not self._backups

    def _ask_restore(self) -> None:
        from tryggsti.ui.screens.confirm_screen import ConfirmScreen  # noqa: PLC0415 (a screen loads when first opened)

        table = self.query_one("#backups", DataTable)
        if not self._backups:
            return
        info = self._backups[table.cursor_row]
        question = t("settings.restore_question", number=info.number)
        self.app.push_screen(
            ConfirmScreen(question), lambda yes: self._restore(info) if yes else None
        )

    def _restore(self, info) -> None:
        if not self.app.flush_saves():
            self._say(t("settings.restore_wait"))
            return
        try:
            restore_into(self.app.open_session, info)
        except VaultError as error:
            self._say(message_for(error))
            return
        self._say(t("settings.restored", number=info.number))
        self.refresh_backups()
