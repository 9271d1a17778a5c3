"""A 0–10 (or 1–7) scale answered with the arrow keys or a digit, shown as a row of numbers."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from tryggsti.ui.cursor import place_cursor


class Scale(Widget, can_focus=True):
    """`value` is None until the person picks one. Digits pick directly (on 0–10, '1' then
    '0' within the same widget gives 10)."""

    BINDINGS = [
        Binding("left", "step(-1)", show=False),
        Binding("right", "step(1)", show=False),
    ]
    COMPONENT_CLASSES = {"scale--chosen", "scale--anchor"}
    DEFAULT_CSS = """
    Scale { height: auto; width: 1fr; }
    Scale:focus { background: $boost; }
    Scale > .scale--chosen { background: $primary; color: $background; text-style: bold; }
    Scale > .scale--anchor { color: $text-muted; }
    """

    value: reactive[int | None] = reactive(None)

    class Changed(Message):
        def __init__(self, scale: Scale, value: int) -> None:
            super().__init__()
            self.scale = scale
            self.value = value

        @property
        def control(self) -> Scale:
            return self.scale

    def __init__(
        self,
        low: int = 0,
        high: int = 10,
        *,
        value: int | None = None,
        anchor_low: str = "",
        anchor_high: str = "",
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.low = low
        self.high = high
        self.anchor_low = anchor_low
        self.anchor_high = anchor_high
        self.set_reactive(Scale.value, value)
        self._last_digit: str | None = None

    def render(self) -> Text:
        chosen = self.get_component_rich_style("scale--chosen")
        anchor = self.get_component_rich_style("scale--anchor")
        text = Text()
        for number in range(self.low, self.high + 1):
            # The chosen number is in brackets too, so it shows without colour (NO_COLOR).
            label = f"[{number}]" if number == self.value else f" {number} "
            text.append(label, style=chosen if number == self.value else "")
        # One line for each end, always in the same form, so a long anchor wraps on its
        # own line instead of being cut at 80 columns.
        if self.anchor_low:
            text.append(f"\n{self.low} = {self.anchor_low}", style=anchor)
        if self.anchor_high:
            text.append(f"\n{self.high} = {self.anchor_high}", style=anchor)
        return text

    @property
    def cursor_column(self) -> int:
        """The column of the chosen number (of the first, with none chosen): the terminal
        cursor sits there for a braille display (ui/cursor.py)."""
        if self.value is None:
            return 1
        return sum(len(str(n)) + 2 for n in range(self.low, self.value)) + 1

    def watch_value(self, value: int | None) -> None:
        if value is not None:
            self.post_message(self.Changed(self, value))
            if self.has_focus:
                place_cursor(self.app, self)

    def action_step(self, delta: int) -> None:
        start = self.value if self.value is not None else (self.low + self.high) // 2 - delta
        self.value = min(self.high, max(self.low, start + delta))
        self._last_digit = None

    def on_key(self, event) -> None:
        if event.character is None or not event.character.isdigit():
            return
        event.stop()
        digit = event.character
        if self._last_digit == "1" and digit == "0" and self.high >= 10:
            self.value = 10
            self._last_digit = None
            return
        number = int(digit)
        if self.low <= number <= self.high:
            self.value = number
        self._last_digit = digit


class ShownScale(Scale, can_focus=False):
    """A scale that only shows the answer; the screen takes the keys."""
