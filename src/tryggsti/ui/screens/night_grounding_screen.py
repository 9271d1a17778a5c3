"""F2 at night (23–06): the three scripts for the night first, then the usual exercise."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tryggsti.strings import t
from tryggsti.ui.navigation import BY_NAME
from tryggsti.ui.plain import plain
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.grounding_options import list_width, script_option

ALL_EXERCISES = "__alle__"  # never a script id: those are slugs without underscores


class NightGroundingScreen(TryggstiScreen):
    TITLE_KEY = "night.title"

    def __init__(self, night: tuple[str, ...], usual: str) -> None:
        super().__init__()
        self.night = night
        self.usual = usual

    def compose_body(self) -> ComposeResult:
        yield Static(t("night.lead"), classes="lead padded")
        yield OptionList(id="night-list")

    def on_mount(self, event: events.Mount) -> None:
        grounding = self.app.library.grounding
        options = self.query_one("#night-list", OptionList)
        width = list_width(self.app.size.width)
        options.add_option(Option(plain(t("grounding.set_natt"), "bold"), disabled=True))
        for script_id in self.night:
            options.add_option(script_option(grounding[script_id], width))
        options.add_option(Option(plain(t("night.usual"), "bold"), disabled=True))
        if self.usual in grounding:
            options.add_option(script_option(grounding[self.usual], width))
        options.add_option(Option(plain("  " + t("night.all")), id=ALL_EXERCISES))
        options.highlighted = 1
        options.focus()

    def start(self, script_id: str) -> None:
        """In place of this chooser, so the exercise goes back to where the person was."""
        if script_id == ALL_EXERCISES:
            self.app.switch_screen(BY_NAME["grounding"].make_screen())
            return
        from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen  # noqa: PLC0415 (a screen loads when first opened)

        self.app.switch_screen(GroundingPlayerScreen(script_id))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.start(event.option.id)
