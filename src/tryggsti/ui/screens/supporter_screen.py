"""First run, after the recovery code: who supports the person now (optional).

The answer only changes wording (whom the text suggests talking with); «Hopp over» and
Esc go on without an answer. Either way the session starts at Hjem.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import RadioSet, Static

from tryggsti.services.supporter import set_supporter
from tryggsti.strings import t
from tryggsti.ui.keys import ALWAYS, footer
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.supporter_choice import SupporterChoice


class SupporterScreen(AppScreen):
    CSS_PATH = SCREENS_TCSS

    BINDINGS = [*ALWAYS, Binding("escape", "skip", t("supporter.skip"))]

    def __init__(self, session) -> None:
        super().__init__()
        self._session = session
        self._answer: str | None = None

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="supporter", classes="card"):
            yield Static(t("supporter.title"), id="brand")
            yield Static(t("supporter.lead"), classes="lead")
            yield Static(t("supporter.question"), classes="label")
            yield SupporterChoice(None, asked_before=False, id="supporter-choice")
            with Horizontal(classes="buttons"):
                yield Button(t("supporter.next"), variant="primary", id="next")
                yield Button(t("supporter.skip"), id="skip")
        yield footer()

    def on_mount(self) -> None:
        # Opens at its top: at 60x20 the choice is below «Hvem har du med deg?» and why.
        self.query_one("#supporter-choice", SupporterChoice).focus(scroll_visible=False)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self._answer = SupporterChoice.answer(event.pressed)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._finish(self._answer if event.button.id == "next" else None)

    def action_skip(self) -> None:
        self._finish(None)

    def _finish(self, answer: str | None) -> None:
        changed = set_supporter(self._session.data, answer)
        self.app.start_session(self._session)
        if changed:
            self._session.save()  # through the app's save worker, now that it is set
