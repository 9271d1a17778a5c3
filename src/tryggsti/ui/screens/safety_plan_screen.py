"""Trygghetsplan: the whole plan on one screen, to read in a hard moment; 1–7 edits a section."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from tryggsti.dates import long_date
from tryggsti.error_messages import message_for
from tryggsti.services.files import write_export
from tryggsti.services.report_plan import render_plan
from tryggsti.services.safety_plan import CONTACT_SECTIONS, SECTIONS
from tryggsti.strings import t
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.plain import join, lines, plain, plain_line
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.vault.errors import VaultError


def _edit_binding(number: int, section: str) -> Binding:
    return Binding(str(number), f"edit('{section}')", t(f"plan.{section}"), show=False)


def section_content(plan, section: str):
    """One section as literal text: the person's own words, whatever characters they hold."""
    items = getattr(plan, section)
    if not items:
        return plain(f"  {t('plan.section_empty')}", "dim")
    if section in CONTACT_SECTIONS:
        shown = []
        for contact in items:
            phone = plain_line(f"{contact.phone}  ", "bold") if contact.phone else ""
            note = plain_line(f"  {contact.note}", "dim") if contact.note else ""
            shown.append(join("  ", phone, plain_line(contact.name), note))
        return lines(shown)
    return lines(join("  • ", plain_line(item)) for item in items)


class SafetyPlanScreen(TryggstiScreen):
    TITLE_KEY = "plan.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume
    BINDINGS = [_edit_binding(number, s) for number, s in enumerate(SECTIONS, start=1)]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="plan", classes="padded"):
            yield Static(t("plan.lead"), classes="hint")
            for number, section in enumerate(SECTIONS, start=1):
                yield Static(f"{number}. {t(f'plan.{section}')}", classes="label plan-heading")
                yield Static("", id=f"plan-{section}")
            yield Static("", id="plan-updated", classes="hint")
            with Horizontal(classes="buttons"):
                yield Button(t("plan_print.button"), id="print-plan")
            yield Static("", id="plan-message", classes="message")

    def on_mount(self, event: events.Mount) -> None:
        self.refresh_plan()
        self.query_one("#plan", VerticalScroll).focus()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        self.refresh_plan()

    def refresh_plan(self) -> None:
        if self.app.session is None:
            return
        plan = self.app.session.data.safety_plan
        for section in SECTIONS:
            self.query_one(f"#plan-{section}", Static).update(section_content(plan, section))
        updated = ""
        if plan.updated_at is not None:
            updated = t("plan.updated", date=long_date(plan.updated_at.date()))
        self.query_one("#plan-updated", Static).update(plain(updated))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "print-plan":
            self.print_plan()

    def print_plan(self) -> None:
        """The plan as one page to print, in the home folder; told first it is unencrypted."""

        from tryggsti.ui.screens.confirm_screen import ConfirmScreen  # noqa: PLC0415 (a screen loads when first opened)

        today = self.app.clock().date()
        out = Path.home() / t("plan_print.file_name", date=today.isoformat())
        key = "plan_print.confirm_replace" if out.exists() else "plan_print.confirm"

        def write_if_yes(yes: bool | None) -> None:
            if yes:
                self._write_plan(out)

        self.app.push_screen(ConfirmScreen(t(key, path=out)), write_if_yes)

    def _write_plan(self, out) -> None:
        session = self.app.open_session
        text = render_plan(
            session.data.safety_plan,
            self.app.library.resources,
            today=self.app.clock().date(),
            name=session.data.profile.display_name,
        )
        message = self.query_one("#plan-message", Static)
        try:
            write_export(out, text, vault_path=session.path, overwrite=True)
        except VaultError as error:
            say_in_view(message, message_for(error))
            return
        say_in_view(message, t("plan_print.written", path=out))

    def action_edit(self, section: str) -> None:
        from tryggsti.ui.screens.safety_plan_edit_screen import SafetyPlanEditScreen  # noqa: PLC0415 (a screen loads when first opened)

        self.app.push_screen(SafetyPlanEditScreen(section))
