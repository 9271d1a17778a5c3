"""Jording: the grounding exercises, grouped by kind; Enter starts one."""

from __future__ import annotations

from rich.markup import escape
from textual.app import ComposeResult
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tryggsti.strings import t
from tryggsti.ui.screens.base import TryggstiScreen


def minutes(seconds: int) -> str:
    return t("grounding.minutes", count=max(1, round(seconds / 60)))


class GroundingListScreen(TryggstiScreen):
    TITLE_KEY = "grounding.title"

    def compose_body(self) -> ComposeResult:
        yield Static(t("grounding.lead"), classes="lead padded")
        yield OptionList(id="grounding-list")

    def on_mount(self) -> None:
        options = self.query_one("#grounding-list", OptionList)
        for kind, scripts in self.app.library.grounding_by_kind().items():
            if not scripts:
                continue
            options.add_option(Option(f"[b]{t(f'grounding.kind_{kind}')}[/b]", disabled=True))
            for script in scripts:
                prompt = (
                    f"  {escape(script.title)}  [dim]{minutes(script.total_seconds)}[/dim]\n"
                    f"    [dim]{escape(script.summary)}[/dim]"
                )
                options.add_option(Option(prompt, id=script.id))
        options.highlighted = next(
            index for index, option in enumerate(options.options) if not option.disabled
        )
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

        self.app.push_screen(GroundingPlayerScreen(event.option.id))
