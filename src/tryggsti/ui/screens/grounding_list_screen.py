"""Jording: the grounding exercises, grouped by kind; Enter starts one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tryggsti.domain.text import clean_line
from tryggsti.strings import t
from tryggsti.ui.plain import join, plain, plain_line
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.crisis_lines import hanging


def minutes(seconds: int) -> str:
    return t("grounding.minutes", count=max(1, round(seconds / 60)))


class GroundingListScreen(TryggstiScreen):
    TITLE_KEY = "grounding.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume

    def compose_body(self) -> ComposeResult:
        yield Static(t("grounding.lead"), classes="lead padded")
        yield OptionList(id="grounding-list")

    def on_mount(self) -> None:
        options = self.query_one("#grounding-list", OptionList)
        for kind, scripts in self.app.library.grounding_by_kind().items():
            if not scripts:
                continue
            heading = plain(t(f"grounding.kind_{kind}"), "bold")
            options.add_option(Option(heading, disabled=True))
            width = self.app.size.width - 4  # the list's border and scrollbar
            for script in scripts:
                summary = hanging(clean_line(script.summary), width, indent=4)
                prompt = join(
                    "  ",
                    plain_line(script.title),
                    (f"  {minutes(script.total_seconds)}\n", "dim"),
                    (summary, "dim"),
                )
                options.add_option(Option(prompt, id=script.id))
        options.highlighted = next(
            index for index, option in enumerate(options.options) if not option.disabled
        )
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

        self.app.push_screen(GroundingPlayerScreen(event.option.id))
