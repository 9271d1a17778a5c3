"""tryggsti's text field: Textual's Input, styled only for what tryggsti shows.

Textual's Input takes its style from three style sheets (its own, ScrollView's and
ScrollableContainer's), 16 rule sets with those for compact fields and terminals in ANSI
colours. Textual parses them when the first field is mounted and matches every field
against them: on the unlock screen, before its first frame. tryggsti's fields are one
kind (framed, three lines high, marked red when invalid), so this sheet holds those rules
and the two it needs from the sheets above (scrolling along a long text, no scroll bar).
Everything else is Textual's: keys, the cursor, selection, `Changed` and `Submitted`.

`inherit_css=False` leaves the other sheets out, and with them the type names selectors
see: this class keeps the name `Input`, so `Input` in the style sheets means this field.
The component classes (cursor, selection, placeholder) are named again, as Textual finds
them through the same chain.
"""

from __future__ import annotations

from textual.widgets import Input as TextualInput


class Input(TextualInput, inherit_css=False):
    COMPONENT_CLASSES = TextualInput.COMPONENT_CLASSES
    DEFAULT_CSS = """
    Input {
        background: $surface;
        color: $foreground;
        padding: 0 2;
        border: tall $border-blurred;
        width: 100%;
        height: 3;
        overflow: auto auto;
        scrollbar-size-horizontal: 0;
        pointer: text;

        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
        }
        &>.input--cursor {
            background: $input-cursor-background;
            color: $input-cursor-foreground;
            text-style: $input-cursor-text-style;
        }
        &>.input--selection {
            background: $input-selection-background;
            color: $input-selection-foreground;
        }
        &>.input--placeholder, &>.input--suggestion {
            color: $text-disabled;
        }
        &.-invalid {
            border: tall $error 60%;
        }
        &.-invalid:focus {
            border: tall $error;
        }
    }
    """

    def __init__(self, *args, compact: bool = False, **kwargs) -> None:
        if compact:  # a compact field (no frame) has no style here
            raise ValueError("compact")
        super().__init__(*args, **kwargs)
