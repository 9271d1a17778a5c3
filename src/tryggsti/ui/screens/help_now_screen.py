"""Hjelp nå: crisis lines, my own contacts and warning signs, and a short grounding to start."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Static

from tryggsti.strings import t
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.crisis_lines import CrisisLines

SHORT_GROUNDING = "her-og-naa"


class HelpNowScreen(TryggstiScreen):
    TITLE_KEY = "help_now.title"
    BINDINGS = [Binding("g", "start_grounding", t("help_now.start_grounding"), key_display="G")]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="help-now"):
            yield Static(t("help_now.lead"), classes="lead")
            with Horizontal(classes="buttons"):
                yield Button(t("help_now.start_grounding"), variant="primary", id="ground")
            yield CrisisLines(everything=True, id="help-lines")
            yield Static(self._own_plan(), id="own-plan")

    def _own_plan(self) -> str:
        session = self.app.session
        if session is None:
            return t("help_now.locked_plan")
        plan = session.data.safety_plan
        parts = []
        contacts = [*plan.help_contacts, *plan.professionals]
        if contacts:
            parts.append(f"[b]{t('help_now.my_contacts')}[/b]")
            for contact in contacts:
                note = f" [dim]({escape(contact.note)})[/dim]" if contact.note else ""
                parts.append(f"  [b]{escape(contact.phone)}[/b]  {escape(contact.name)}{note}")
        if plan.warning_signs:
            parts.append(f"\n[b]{t('help_now.my_warning_signs')}[/b]")
            parts.extend(f"  • {escape(sign)}" for sign in plan.warning_signs)
        if plan.inner_coping:
            parts.append(f"\n[b]{t('help_now.my_coping')}[/b]")
            parts.extend(f"  • {escape(item)}" for item in plan.inner_coping)
        return "\n".join(parts) if parts else t("help_now.empty_plan")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ground":
            self.action_start_grounding()

    def action_start_grounding(self) -> None:
        try:
            from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen
        except ImportError:
            self.app.notify(t("app.not_ready"), severity="warning")
            return
        self.app.push_screen(GroundingPlayerScreen(SHORT_GROUNDING))
