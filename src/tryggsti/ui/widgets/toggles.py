"""Tick boxes and radio buttons whose state is in the glyph itself, not only the colour.

Textual draws every box as ▐X▌ and every radio as ▐●▌ and tells ticked from not by
colour alone: unreadable with NO_COLOR, in a plain capture, or for a person who does not
see the colour. Here an unticked box is ▐ ▌ and an unchosen radio ▐○▌.
"""

from __future__ import annotations

from textual import widgets
from textual.content import Content


class Checkbox(widgets.Checkbox):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "X" if self.value else " "
        return super()._button


class RadioButton(widgets.RadioButton):
    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else "○"
        return super()._button
