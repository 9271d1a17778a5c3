"""What a screen shows, as plain text: painted in full, so rendering errors surface."""

from __future__ import annotations

import io

from rich.console import Console


def painted_text(app) -> str:
    """Paint the whole screen as a terminal would and return its characters."""
    width, height = app.size
    console = Console(
        width=width,
        height=height,
        file=io.StringIO(),
        force_terminal=True,
        color_system="truecolor",
        record=True,
        legacy_windows=False,
    )
    console.print(app.screen._compositor.render_update(full=True))
    return console.export_text()


def widget_text(screen) -> str:
    """The text every widget on the screen holds, whether scrolled into view or not."""
    from textual.widgets import Button, Checkbox, DataTable, Input, OptionList, Static, TextArea

    parts = []
    for widget in screen.query("*"):
        if isinstance(widget, DataTable):
            for row_key in widget.rows:
                parts.extend(_plain(cell) for cell in widget.get_row(row_key))
        elif isinstance(widget, OptionList):
            parts.extend(_plain(option.prompt) for option in widget.options)
        elif isinstance(widget, TextArea):
            parts.append(widget.text)
        elif isinstance(widget, Input):
            parts.append(widget.value)
        elif isinstance(widget, Button | Checkbox):
            parts.append(_plain(widget.label))
        elif isinstance(widget, Static):
            parts.append(_plain(widget.render()))
    return "\n".join(parts)


def _plain(value) -> str:
    from textual.visual import RichVisual

    if isinstance(value, RichVisual):  # a Rich renderable in a Static (a grid on Hjem)
        console = Console(width=200, file=io.StringIO(), record=True, color_system=None)
        console.print(value._renderable)
        return console.export_text()
    return getattr(value, "plain", None) or str(value)


def squashed(text: str) -> str:
    """Without any whitespace: wrapping and spacing do not matter when looking for text."""
    return "".join(text.split())


async def painted_everywhere(pilot) -> str:
    """The screen painted at every scroll position of every scrolling area on it, so text
    that can be reached by scrolling counts and text that is cut off does not."""
    from textual.containers import ScrollableContainer

    app = pilot.app
    seen = [painted_text(app)]
    for area in app.screen.query(ScrollableContainer):
        area.scroll_visible(animate=False)  # an inner list is brought into view first
        await pilot.pause()
        step = max(1, area.scrollable_content_region.height - 1)
        y = 0
        while y <= area.max_scroll_y:
            area.scroll_to(y=y, animate=False)
            await pilot.pause()
            seen.append(painted_text(app))
            y += step
        area.scroll_end(animate=False)
        await pilot.pause()
        seen.append(painted_text(app))
    return "\n".join(seen).replace("\u00a0", " ")
