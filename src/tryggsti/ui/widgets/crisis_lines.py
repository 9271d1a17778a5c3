"""The public help lines, shown without unlocking (read from resources.toml), open ones marked."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tryggsti.dates import short_date
from tryggsti.services.help_lines import rows
from tryggsti.strings import t

if TYPE_CHECKING:
    from textual import getters

    from tryggsti.ui.app import TryggstiApp


def hanging(text: str, width: int, *, indent: int) -> str:
    """`text` indented, wrapped here so its later lines keep the indent (Rich would start
    them at the margin). No-break spaces hold, so a number never splits."""

    pad = " " * indent
    return textwrap.fill(
        text,
        width=max(20, width),
        initial_indent=pad,
        subsequent_indent=pad,
        break_long_words=False,
        break_on_hyphens=False,
    )


def lines_text(resources, now, *, everything: bool, width: int = 76, which: str = "all") -> Text:
    """The lines as plain text with styles (file text is never read as markup): all of
    them, only the emergency numbers, or only the others."""

    text = Text()
    for row in rows(resources, now, everything=everything):
        if (which == "emergency" and not row.line.emergency) or (
            which == "others" and row.line.emergency
        ):
            continue
        if text:
            text.append("\n")
        text.append(row.number, style="bold")
        text.append("  ")
        text.append(row.line.name)
        if row.status:
            text.append("  ")
            text.append(row.status, style="bold" if row.open_now else "italic")
        if row.hours:
            hours = row.hours.replace(" ", "\u00a0")  # «(hele døgnet)» stays on one line
            text.append(f"  ({hours})", style="dim")
        if everything:
            details = [row.line.when]
            if row.line.audience:
                details.append(t("help_lines.audience", audience=row.line.audience))
            if row.line.holidays:
                details.append(row.line.holidays)
            if row.line.web and row.line.number:
                details.append(t("help_lines.web", address=row.line.web))
            if row.chat:
                details.append(row.chat)
            for detail in details:
                text.append("\n")
                text.append(hanging(detail, width, indent=3), style="dim")
    if which == "emergency":
        return text
    text.append("\n\n")
    checked = resources.last_checked
    text.append(t("crisis.last_checked", date=f"{short_date(checked)} {checked.year}"), style="dim")
    return text


class CrisisLines(VerticalScroll):
    """Crisis lines first, then the other help lines; with details when `everything` is
    set. `which` is "emergency" (one line each) or "others" (with details) where
    something stands between the two (Hjelp nå puts the person's own plan there)."""

    if TYPE_CHECKING:
        app = getters.app(TryggstiApp)

    DEFAULT_CLASSES = "crisis-lines"

    def __init__(self, *, everything: bool = False, which: str = "all", **kwargs) -> None:
        super().__init__(**kwargs)
        self.everything = everything or which == "others"
        self.which = which

    def compose(self) -> ComposeResult:
        # The lines are in the first layout: read here (resources.toml alone, a few
        # milliseconds), not after mounting, when setting them made Textual lay out and
        # paint the screen a second time, a frame (15 ms) later.
        self._resources = self.app.resources
        if self.which != "others":
            yield Static(t("crisis.heading"), classes="crisis-heading", markup=False)
        self._shown = self._text(self.app.size.width - 6)
        yield Static(self._shown, id="crisis-body", markup=False)

    REDRAW_SECONDS = 60.0  # a screen left open still says truly which lines are open
    _resources = None
    _shown: Text | None = None

    def on_mount(self) -> None:
        self.set_interval(self.REDRAW_SECONDS, self._redraw)

    def on_resize(self) -> None:
        self.call_after_refresh(self._redraw)  # wrap the descriptions to the new width

    def _text(self, width: int) -> Text:
        return lines_text(
            self._resources,
            self.app.clock(),
            everything=self.everything,
            width=width,
            which=self.which,
        )

    def _redraw(self) -> None:
        if self._resources is None:
            return
        body_widget = self.query_one("#crisis-body", Static)
        body = self._text(body_widget.content_region.width or (self.app.size.width - 6))
        if body != self._shown:  # the same lines again need no new layout
            self._shown = body
            body_widget.update(body)
