"""tryggsti's button: Textual's Button, styled only for what tryggsti shows.

Textual's own button style sheet serves every variant, a flat style and terminals in ANSI
colours: 45 rule sets. Textual parses a widget's style sheet when the first one is
mounted, and matches every button against all of its rules, so the unlock screen paid for
all of them before its first frame. tryggsti draws buttons one way (raised, with a lighter
top edge and a darker bottom edge), in the variants it uses: the plain one, `primary` and
`warning`, each also `compact` (no edges). Another variant, or `flat`, is refused when the
button is made: it would have no style here. Everything else about the button is Textual's:
keys, clicks, focus, the `Pressed` message.

`inherit_css=False` leaves Textual's rules out. It also makes `Button` the only type name
selectors see, which is why this class keeps that name: `Button` in app.tcss means this.
"""

from __future__ import annotations

from textual.widgets import Button as TextualButton

STYLED_VARIANTS = ("default", "primary", "warning")


class Button(TextualButton, inherit_css=False):
    DEFAULT_CSS = """
    Button {
        width: auto;
        min-width: 16;
        height: auto;
        line-pad: 1;
        content-align: center middle;
        text-align: center;
        text-style: bold;
        pointer: pointer;
        color: $button-foreground;
        background: $surface;
        border: none;
        border-top: tall $surface-lighten-1;
        border-bottom: tall $surface-darken-1;

        &:hover {
            background: $surface-darken-1;
            border-top: tall $surface;
        }
        &:focus {
            text-style: $button-focus-text-style;
            background-tint: $foreground 5%;
        }
        &.-active {
            background: $surface;
            border-top: tall $surface-darken-1;
            border-bottom: tall $surface-lighten-1;
            tint: $background 30%;
        }
        &:disabled {
            text-opacity: 0.6;
            pointer: not-allowed;
        }

        &.-primary {
            color: $button-color-foreground;
            background: $primary;
            border-top: tall $primary-lighten-3;
            border-bottom: tall $primary-darken-3;
            &:hover {
                background: $primary-darken-2;
                border-top: tall $primary;
            }
            &.-active {
                background: $primary;
                border-top: tall $primary-darken-3;
                border-bottom: tall $primary-lighten-3;
            }
        }
        &.-warning {
            color: $button-color-foreground;
            background: $warning;
            border-top: tall $warning-lighten-2;
            border-bottom: tall $warning-darken-3;
            &:hover {
                background: $warning-darken-2;
                border-top: tall $warning;
            }
            &.-active {
                background: $warning;
                border-top: tall $warning-darken-2;
                border-bottom: tall $warning-lighten-2;
            }
        }

        &.-textual-compact {
            border: none !important;
        }
    }
    """

    def __init__(self, *args, flat: bool = False, **kwargs) -> None:
        if flat:
            raise ValueError("flat=True")  # no flat style here
        super().__init__(*args, **kwargs)

    def validate_variant(self, variant: str) -> str:
        if variant not in STYLED_VARIANTS:
            raise ValueError(f"variant={variant!r}")  # no style for it here
        return variant
