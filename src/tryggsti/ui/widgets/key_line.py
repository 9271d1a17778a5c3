"""The footer: the keys that work here, drawn as text.

Textual's Footer builds a widget for every key and builds them all again whenever the
focus moves; on a screen switch that was a large part of the time before the new screen
showed. This draws the same line from the screen's active bindings in one render, and a
click on a key presses it, as in Textual's Footer. When the keys do not fit on one row
(60 columns), the line wraps between keys and grows a row: no key is cut or left out.
"""

from __future__ import annotations

from typing import NamedTuple

from rich.text import Text
from textual import events
from textual.widget import Widget


class ShownKey(NamedTuple):
    key: str  # what a click presses
    display: str  # «F1», «Esc»
    description: str
    enabled: bool


class Placed(NamedTuple):
    start: int  # first cell
    end: int  # one past the last cell
    shown: ShownKey
    row: int = 0


def place(keys: list[ShownKey], width: int) -> list[Placed]:
    """Where each key sits: «F1 Hjelp nå», one cell between keys, and a key that would
    pass the right edge starts the next row (never split in the middle)."""
    placed, cell, row = [], 0, 0
    for shown in keys:
        size = Text(f"{shown.display} {shown.description}").cell_len
        if cell and cell + size > width:
            cell, row = 0, row + 1
        placed.append(Placed(cell, cell + size, shown, row))
        cell += size + 1
    return placed


class KeyLine(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-line--key", "key-line--description", "key-line--hover"}
    DEFAULT_CSS = """
    KeyLine {
        dock: bottom;
        height: auto;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyLine > .key-line--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyLine > .key-line--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyLine > .key-line--hover {
        background: $block-hover-background;
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self._hover: ShownKey | None = None  # the key under the mouse pointer

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen) -> None:
        self.refresh(layout=True)  # other keys may need another number of rows

    def get_content_height(self, container, viewport, width: int) -> int:
        placed = place(self.shown_keys(), width)
        return placed[-1].row + 1 if placed else 1

    def shown_keys(self) -> list[ShownKey]:
        """The keys to show, one per action, in the order the bindings give them."""
        keys: dict[str, ShownKey] = {}
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if not binding.show or binding.action in keys:
                continue
            display = self.app.get_key_display(binding)
            keys[binding.action] = ShownKey(binding.key, display, binding.description, enabled)
        return list(keys.values())

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-line--key")
        description_style = self.get_component_rich_style("key-line--description")
        hover_style = self.get_component_rich_style("key-line--hover")
        rows: list[Text] = []
        for placed in place(self.shown_keys(), self.size.width):
            if placed.row == len(rows):
                rows.append(Text(no_wrap=True, overflow="crop", end=""))
            line = rows[placed.row]
            line.append(" " * (placed.start - line.cell_len))  # the gap place() leaves
            start, shown = len(line), placed.shown
            line.append(shown.display, key_style)
            line.append(f" {shown.description}", description_style)
            if not shown.enabled:
                line.stylize("dim", start)
            if shown == self._hover:
                line.stylize(hover_style, start)
        return Text("\n", no_wrap=True, overflow="crop", end="").join(rows)

    def _key_at(self, x: int, y: int) -> ShownKey | None:
        for placed in place(self.shown_keys(), self.size.width):
            if placed.row == y and placed.start <= x < placed.end:
                return placed.shown
        return None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        shown = self._key_at(event.x, event.y)
        if shown is None:
            return
        if shown.enabled:
            self.app.simulate_key(shown.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        hovered = self._key_at(event.x, event.y)
        if hovered != self._hover:  # redrawn only when the pointer reaches another key
            self._hover = hovered
            self.refresh()

    def on_leave(self, event: events.Leave) -> None:
        self._hover = None
        self.refresh()
