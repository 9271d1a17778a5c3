"""Hjelp nå at night (23–06): the three grounding scripts for the night, one line each.

Hidden by day; the clock is read again every minute, so a screen left open past 23:00 or
06:00 still tells the truth. The titles come from the content, loaded off the main thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tryggsti.domain.night import NIGHT_SET, is_night
from tryggsti.strings import t
from tryggsti.ui.plain import join, plain_line
from tryggsti.ui.widgets.grounding_options import minutes

if TYPE_CHECKING:
    from textual import getters

    from tryggsti.ui.app import TryggstiApp


class NightSet(Vertical):
    if TYPE_CHECKING:
        app = getters.app(TryggstiApp)

    DEFAULT_CLASSES = "night-set"
    REDRAW_SECONDS = 60.0

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._filled = False
        self._loading = False

    def compose(self) -> ComposeResult:
        yield Static(t("help_now.night_heading"), classes="night-heading", markup=False)
        yield OptionList(id="night-set-list")

    def on_mount(self) -> None:
        self.display = False
        self.set_interval(self.REDRAW_SECONDS, self.check_time)
        self.check_time()

    def check_time(self) -> None:
        night = is_night(self.app.clock())
        if night and not self._filled and not self._loading:
            self._loading = True
            self.run_worker(self._load, thread=True)
        self.display = night and self._filled

    def _load(self) -> None:
        scripts = self.app.library.grounding_in_set(NIGHT_SET)
        self.app.call_from_thread(self._fill, scripts)

    def _fill(self, scripts) -> None:
        options = self.query_one("#night-set-list", OptionList)
        for script in scripts:
            prompt = join(plain_line(script.title), (f"  {minutes(script.total_seconds)}", "dim"))
            options.add_option(Option(prompt, id=script.id))
        if scripts:
            options.highlighted = 0
        self._filled, self._loading = bool(scripts), False
        self.check_time()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen  # noqa: PLC0415 (a screen loads when first opened)

        assert event.option.id is not None  # every script's option is named by its id
        self.app.push_screen(GroundingPlayerScreen(event.option.id))
