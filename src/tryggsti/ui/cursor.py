"""The terminal's own cursor on whatever has focus: a braille display and a screen
magnifier follow the hardware cursor, not Textual's highlight.

Textual moves the cursor to `App.cursor_position` after every screen update (an Input
sets it while typing). Here it is set for every other focused widget: the highlighted
row of a list, the chosen value of a scale, the first cell of a button or a checkbox.
"""

from __future__ import annotations

from textual.geometry import Offset
from textual.widget import Widget
from textual.widgets import OptionList


def cursor_offset(widget: Widget) -> Offset | None:
    """Where the cursor belongs on `widget`, in screen cells; None when the widget
    places its own cursor (a text field) or has no place on screen yet."""
    if hasattr(widget, "cursor_screen_offset"):  # Input and TextArea place their own
        return None
    region = widget.content_region
    if not region.width or not region.height:
        return None
    x, y = region.x, region.y
    row = _highlighted_row(widget)
    if row is not None:
        y = min(region.bottom - 1, max(region.y, region.y + row - round(widget.scroll_y)))
    column = getattr(widget, "cursor_column", None)  # a widget may say where its value is
    if isinstance(column, int):
        x = min(region.right - 1, region.x + column)
    return Offset(x, y)


def _highlighted_row(widget: Widget) -> int | None:
    if isinstance(widget, OptionList) and widget.highlighted is not None:
        try:  # Textual keeps no public map from an option to its first line
            return widget._index_to_line[widget.highlighted]
        except (AttributeError, KeyError, TypeError):
            return None
    return None


def place_cursor(app, widget: Widget | None) -> None:
    """Set the cursor on `widget` once its place is known (after the next refresh)."""
    if widget is None:
        return

    def place() -> None:
        if app.focused is not widget:
            return
        offset = cursor_offset(widget)
        if offset is not None and offset != app.cursor_position:
            app.cursor_position = offset
            app.screen.refresh()  # the cursor moves with the next update

    app.call_after_refresh(place)


def place_cursor_on_screen(screen) -> None:
    """A screen shown (or shown again): the cursor on what has focus there, or on the
    screen's title when nothing has, never left where the last screen had it."""

    def place() -> None:
        app = screen.app
        if app.screen is not screen:
            return
        if screen.focused is not None:
            offset = cursor_offset(screen.focused)
        else:
            titles = screen.query("#screen-title")
            offset = Offset(titles.first().content_region.x, 0) if titles else Offset(0, 0)
        if offset is not None and offset != app.cursor_position:
            app.cursor_position = offset
            screen.refresh()

    screen.call_after_refresh(place)
