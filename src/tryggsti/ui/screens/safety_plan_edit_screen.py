"""Editing one section of the safety plan: one item per line, saved when you leave."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from tryggsti.domain.records import InvalidRecord
from tryggsti.domain.text import clean_text
from tryggsti.services.safety_plan import CONTACT_SECTIONS, section_text, set_section
from tryggsti.services.supporter import supporter_key
from tryggsti.strings import t
from tryggsti.ui.plain import ui
from tryggsti.ui.screens.base import TryggstiScreen


class SafetyPlanEditScreen(TryggstiScreen):
    TITLE_KEY = "plan.edit_title"
    BINDINGS = [Binding("ctrl+s", "save", t("plan.save"), key_display="Ctrl+S")]

    def __init__(self, section: str) -> None:
        super().__init__()
        self.section = section
        self._saved_text: str | None = None

    def compose_body(self) -> ComposeResult:
        text = clean_text(section_text(self.app.open_session.data.safety_plan, self.section))
        self._saved_text = text
        hint = "plan.contact_hint" if self.section in CONTACT_SECTIONS else "plan.list_hint"
        with Vertical(id="plan-edit", classes="padded"):
            yield Static(t(f"plan.{self.section}"), classes="label")
            yield Static(t(self._help_key()), classes="hint")
            yield Static(t(hint), classes="hint")
            yield TextArea(text, id="plan-text")
            yield Static("", id="plan-message", classes="message")

    def _help_key(self) -> str:
        if self.section == "professionals":  # whom to name follows who supports the person
            return supporter_key(self.app.open_session.data, "professionals_help")
        return f"plan.{self.section}_help"

    def on_mount(self, event: events.Mount) -> None:
        self.query_one("#plan-text", TextArea).focus()

    def _store(self, *, keep_everything: bool = False) -> bool:
        """Save the section if it changed; False (and a message) if a line cannot be used."""

        session = self.app.session
        if session is None:
            return True
        text = self.query_one("#plan-text", TextArea).text
        if text == self._saved_text:
            return True
        try:
            set_section(session, self.section, text, keep_everything=keep_everything)
        except InvalidRecord as problem:
            self.query_one("#plan-message", Static).update(ui(f"plan.problem_{problem.field}"))
            return False
        self._saved_text = text
        return True

    def flush_edits(self) -> None:
        self._store(keep_everything=True)  # the app is locking: keep every line as it is

    def action_save(self) -> None:
        if self._store():
            self.app.notify_saved(t("plan.saved"))

    def action_back(self) -> None:
        if self._store():
            super().action_back()
