"""Hjelp nå: the emergency numbers first, then the person's own plan, the other help lines,
the night set at night, and plain words on suicidal thoughts and overdose. Keys 1–5 jump
to each part, so the overdose steps are one key away."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from tryggsti.domain.text import clean_line
from tryggsti.services.safety_response_text import overdose_steps
from tryggsti.strings import lookup, t
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.crisis_lines import CrisisLines
from tryggsti.ui.widgets.night_set import NightSet

SHORT_GROUNDING = "her-og-naa"
# The parts a key jumps to, in the order the line on screen names them.
JUMPS = (
    ("call", "#emergency-lines"),
    ("suicide", "#help-suicide"),
    ("overdose", "#help-overdose"),
    ("plan", "#own-plan"),
    ("grounding", "#ground"),
)


def _suicide() -> Text:
    text = Text()
    text.append(t("help_now.suicide_heading"), style="bold")
    text.append("\n")
    text.append(t("help_now.suicide"))
    for number, step in enumerate(lookup("help_now.suicide_steps"), start=1):
        text.append(f"\n{number}. {step}")
    text.append("\n")
    text.append(t("help_now.suicide_means"))
    return text


def _overdose() -> Text:
    """The same overdose block as the check-in response: one wording everywhere."""
    text = Text()
    for index, line in enumerate(overdose_steps()):
        if index:
            text.append("\n")
        text.append(line.text, style="bold" if line.kind == "heading" else "")
    return text


class HelpNowScreen(TryggstiScreen):
    TITLE_KEY = "help_now.title"
    # Kept (ui/kept_screens.py): the lines and the night set redraw on their own timers,
    # the person's own plan on resume (it may have changed, or the vault been unlocked).
    REUSABLE = True
    BINDINGS = [
        Binding("g", "start_grounding", t("help_now.start_grounding"), show=False),
        Binding("p", "open_relatives", t("help_now.relatives"), show=False),
        *(
            Binding(str(number), f"jump('{name}')", t(f"help_now.jump_{name}"), show=False)
            for number, (name, _selector) in enumerate(JUMPS, start=1)
        ),
    ]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="help-now"):
            yield Static(t("help_now.lead"), classes="lead")
            yield Static(t("help_now.jump"), classes="hint", id="help-jump")
            with Horizontal(classes="buttons"):
                yield Button(t("help_now.start_grounding"), variant="primary", id="ground")
                yield Button(t("help_now.relatives"), id="relatives")
            yield CrisisLines(which="emergency", id="emergency-lines")
            # The person's own people before the lines they do not know.
            yield Static(self._own_plan(), id="own-plan")
            yield CrisisLines(which="others", id="help-lines")
            yield NightSet(id="night-set")  # 23–06 only, below the numbers
            yield Static(_suicide(), id="help-suicide", classes="help-paragraph")
            yield Static(_overdose(), id="help-overdose", classes="help-paragraph")

    def on_mount(self, event: events.Mount) -> None:
        # The button that looks chosen is the one Enter presses.
        self.query_one("#ground", Button).focus(scroll_visible=False)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        self.query_one("#own-plan", Static).update(self._own_plan())
        self.query_one("#ground", Button).focus(scroll_visible=False)

    def _own_plan(self) -> Text:
        """The person's own contacts, warning signs and coping: their words, shown literally."""
        session = self.app.session
        if session is None:
            return Text(t("help_now.locked_plan"))
        plan = session.data.safety_plan
        text = Text()
        contacts = [*plan.help_contacts, *plan.professionals, *plan.childcare]
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

    def action_jump(self, name: str) -> None:
        selector = dict(JUMPS)[name]
        if name == "grounding":
            night = self.query_one("#night-set", NightSet)
            if night.display:
                self.query_one("#help-now", VerticalScroll).scroll_to_widget(
                    night, top=True, animate=False
                )
                return
            self.query_one("#ground", Button).focus()
            return
        target: Widget = self.query_one(selector)
        self.query_one("#help-now", VerticalScroll).scroll_to_widget(
            target, top=True, animate=False
        )

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ground":
            self.action_start_grounding()
        elif event.button.id == "relatives":
            self.action_open_relatives()

    def action_open_relatives(self) -> None:
        """The page for family and friends; Esc comes back here."""
        from tryggsti.ui.screens.relatives_screen import RelativesScreen  # noqa: PLC0415 (a screen loads when first opened)

        self.app.push_screen(RelativesScreen())

    def action_start_grounding(self) -> None:
        try:
            from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen  # noqa: PLC0415 (a screen loads when first opened)
        except ImportError:
            self.app.notify(t("app.not_ready"), severity="warning")
            return
        self.app.push_screen(GroundingPlayerScreen(SHORT_GROUNDING))
