"""Rapport: a period, a format and exactly what goes in; told first that it is unencrypted."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import RadioSet, Static

from tryggsti.dates import parse_day
from tryggsti.domain.report import DEFAULT_DAYS, DEFAULT_SECTIONS, SECTIONS
from tryggsti.domain.report_range import ReportRangeError, check_report_range
from tryggsti.error_messages import message_for
from tryggsti.services import report
from tryggsti.services.files import check_export_target, write_export
from tryggsti.strings import t
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.plain import plain, ui
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input
from tryggsti.ui.widgets.toggles import Checkbox, RadioButton
from tryggsti.vault.errors import VaultError

FORMATS = ("html", "md", "csv", "ics")


def range_problem(start, end) -> str:
    """Why the period cannot be used (reversed, or longer than five years), or ""."""

    try:
        check_report_range(start, end, allow_long=False)
    except ReportRangeError as error:
        key = error.message_key
        if key == "report_range.too_long":
            key = "report_range.too_long_screen"  # the screen has no flag for a long period
        return t(key, **error.values)
    return ""


def day_text(day) -> str:
    return f"{day.day}.{day.month}.{day.year}"


class ReportScreen(TryggstiScreen):
    TITLE_KEY = "report_screen.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume

    def compose_body(self) -> ComposeResult:
        today = self.app.clock().date()
        with VerticalScroll(id="report", classes="padded"):
            yield Static(t("report_screen.lead"), classes="hint")
            yield Static(t("report_screen.period"), classes="label")
            with Horizontal(classes="details period"):
                start = today - timedelta(days=DEFAULT_DAYS - 1)
                yield Static(t("report_screen.from"), classes="field-label")
                yield Input(day_text(start), placeholder=t("report_screen.from"), id="from")
                yield Static(t("report_screen.to"), classes="field-label")
                yield Input(day_text(today), placeholder=t("report_screen.to"), id="to")
            yield Static(t("report_screen.format"), classes="label")
            with RadioSet(id="format"):
                for kind in FORMATS:
                    yield RadioButton(
                        t(f"report_screen.format_{kind}"), value=kind == "html", name=kind
                    )
            yield Static(t("report_screen.sections"), classes="label")
            for section in SECTIONS:
                yield Checkbox(
                    t(f"report_screen.include_{section}"),
                    value=section in DEFAULT_SECTIONS,
                    id=f"include-{section}",
                    classes="section-box",
                )
                if section == "tanker":  # what the box holds, and how to leave it out
                    yield Static(t("report_screen.include_tanker_hint"), classes="hint section-box")
            yield Checkbox(t("report_screen.ics_text"), id="ics-text")
            yield Static(t("report_screen.where"), classes="label")
            # Not selected on focus: one key would wipe the whole path.
            yield Input(id="out", select_on_focus=False)
            yield Static("", id="report-notice", classes="notice")
            yield Static(t("report_screen.keys_hint"), classes="hint")
            with Horizontal(classes="buttons"):
                yield Button(t("report_screen.make"), variant="primary", id="make")
            yield Static("", id="report-message", classes="message")

    def on_mount(self, event: events.Mount) -> None:
        self._set_default_path()
        self._show_options()
        # The screen opens at its top, on the first choice: the period, format and sections
        # are seen before «Lag filen» (Enter in the path field, or the button, makes it).
        self.query_one("#from", Input).focus(scroll_visible=False)
        self.query_one("#report", VerticalScroll).scroll_home(animate=False)

    @property
    def kind(self) -> str:
        pressed = self.query_one("#format", RadioSet).pressed_button
        return (pressed.name if pressed is not None else None) or "html"

    def _set_default_path(self) -> None:
        today = self.app.clock().date()
        name = t("report_screen.file_name", date=today.isoformat(), ext=self.kind)
        self.query_one("#out", Input).value = str(Path.home() / name)

    def _show_options(self) -> None:
        is_calendar = self.kind == "ics"
        for box in self.query(".section-box"):
            box.display = not is_calendar
        self.query_one("#ics-text").display = is_calendar
        self._show_notice()

    def _show_notice(self) -> None:
        path = self.query_one("#out", Input).value.strip()
        self.query_one("#report-notice", Static).update(
            ui("report_screen.notice", path=str(Path(path).expanduser()))
        )

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self._set_default_path()
        self._show_options()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "out":
            self._show_notice()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "out":
            self.make()

    def _say(self, text: str) -> None:
        say_in_view(self.query_one("#report-message", Static), plain(text))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "make":
            self.make()

    def make(self) -> None:
        today = self.app.clock().date()
        try:
            start = parse_day(self.query_one("#from", Input).value, today)
            end = parse_day(self.query_one("#to", Input).value, today)
        except ValueError:
            self._say(t("report_screen.problem_date"))
            return
        problem = range_problem(start, end)
        if problem:
            self._say(problem)
            return
        chosen = tuple(s for s in SECTIONS if self.query_one(f"#include-{s}", Checkbox).value)
        if self.kind != "ics" and not chosen:
            self._say(t("report_screen.problem_nothing"))
            return
        out = Path(self.query_one("#out", Input).value.strip()).expanduser()
        if out.is_dir():  # a folder gets the usual file name inside it
            out = out / t("report_screen.file_name", date=today.isoformat(), ext=self.kind)
            self.query_one("#out", Input).value = str(out)
        if not out.name:
            self._say(t("report_screen.problem_path"))
            return

        try:
            check_export_target(out, self.app.open_session.path)
        except VaultError as error:
            self._say(message_for(error))
            return
        if out.exists():
            from tryggsti.ui.screens.confirm_screen import ConfirmScreen  # noqa: PLC0415 (a screen loads when first opened)

            question = t("report_screen.overwrite", path=out)
            self.app.push_screen(
                ConfirmScreen(question),
                lambda yes: self._write(out, start, end, chosen, overwrite=True) if yes else None,
            )
            return
        self._write(out, start, end, chosen)

    def _write(self, out: Path, start, end, chosen, *, overwrite: bool = False) -> None:
        session = self.app.open_session
        if self.kind == "ics":
            text = report.render_calendar(
                session, with_text=self.query_one("#ics-text", Checkbox).value
            )
        else:
            text = report.render_report(
                session, self.app.library, self.kind, start=start, end=end, sections=chosen
            )
        try:
            write_export(out, text, vault_path=session.path, overwrite=overwrite)
        except VaultError as error:
            self._say(message_for(error))
            return
        self._say(t("report_screen.written", path=out))
