"""Hjelp nå: crisis lines, my own contacts and warning signs, a short grounding to start, and
a page for family and friends."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from tryggsti.domain.text import clean_line
from tryggsti.strings import t
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.crisis_lines import CrisisLines
from tryggsti.ui.widgets.night_set import NightSet

SHORT_GROUNDING = "her-og-naa"


def _paragraph(name: str) -> Text:
    """A heading and a short, calm paragraph from ui.toml (help_now.<name>_heading, <name>)."""
    text = Text()
    text.append(t(f"help_now.{name}_heading"), style="bold")
    text.append("\n")
    text.append(t(f"help_now.{name}"))
    return text


class HelpNowScreen(TryggstiScreen):
    TITLE_KEY = "help_now.title"
    # Kept (ui/kept_screens.py): the lines and the night set redraw on their own timers,
    # the person's own plan on resume (it may have changed, or the vault been unlocked).
    REUSABLE = True
    # The button says it on screen; the footer keeps its room for the keys that work anywhere.
    BINDINGS = [
        Binding("g", "start_grounding", t("help_now.start_grounding"), show=False),
        Binding("p", "open_relatives", t("help_now.relatives"), show=False),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="help-now"):
            yield Static(t("help_now.lead"), classes="lead")
            with Horizontal(classes="buttons"):
                yield Button(t("help_now.start_grounding"), variant="primary", id="ground")
                yield Button(t("help_now.relatives"), id="relatives")
            yield NightSet(id="night-set")  # 23–06 only: the grounding scripts for the night
            yield CrisisLines(everything=True, id="help-lines")
            yield Static(self._own_plan(), id="own-plan")
            yield Static(_paragraph("suicide"), id="help-suicide", classes="help-paragraph")
            yield Static(_paragraph("overdose"), id="help-overdose", classes="help-paragraph")

    def on_screen_resume(self) -> None:
        self.query_one("#own-plan", Static).update(self._own_plan())

    def _own_plan(self) -> Text:
        """The person's own contacts, warning signs and coping: their words, shown literally."""
        session = self.app.session
        if session is None:
            return Text(t("help_now.locked_plan"))
        plan = session.data.safety_plan
        text = Text()
        contacts = [*plan.help_contacts, *plan.professionals]
        if contacts:
            text.append(t("help_now.my_contacts"), style="bold")
            for contact in contacts:
                text.append("\n  ")
                # Their words, shown literally; control characters from old vaults removed.
                text.append(clean_line(contact.phone).replace(" ", "\u00a0"), style="bold")
                text.append(f"  {clean_line(contact.name)}")
                if contact.note:
                    text.append(f" ({clean_line(contact.note)})", style="dim")
        for heading, items in (
            ("help_now.my_warning_signs", plan.warning_signs),
            ("help_now.my_coping", plan.inner_coping),
        ):
            if items:
                text.append("\n\n" if text else "")
                text.append(t(heading), style="bold")
                for item in items:
                    text.append(f"\n  • {clean_line(item)}")
        return text if text else Text(t("help_now.empty_plan"))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ground":
            self.action_start_grounding()
        elif event.button.id == "relatives":
            self.action_open_relatives()

    def action_open_relatives(self) -> None:
        """The page for family and friends; Esc comes back here."""
        from tryggsti.ui.screens.relatives_screen import RelativesScreen

        self.app.push_screen(RelativesScreen())

    def action_start_grounding(self) -> None:
        try:
            from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen
        except ImportError:
            self.app.notify(t("app.not_ready"), severity="warning")
            return
        self.app.push_screen(GroundingPlayerScreen(SHORT_GROUNDING))
