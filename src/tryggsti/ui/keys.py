"""The keys that work on every screen and the footer that shows them first."""

from __future__ import annotations

from textual.binding import Binding, BindingType

from tryggsti.strings import t

# Priority bindings work even while typing in a field. The app binds the same keys without
# showing them, for dialogs that have no footer.
ALWAYS: list[BindingType] = [
    Binding("f1", "app.help_now", t("keys.help_now"), key_display="F1", priority=True),
    Binding("f2", "app.grounding", t("keys.grounding"), key_display="F2", priority=True),
    Binding("f12", "app.hide", t("keys.hide"), key_display="F12", priority=True),
    Binding("ctrl+q", "app.quit", t("keys.quit"), key_display="Ctrl+Q", priority=True),
]


def footer():
    """The line of keys at the bottom of every screen (ui/widgets/key_line.py)."""
    from tryggsti.ui.widgets.key_line import KeyLine  # noqa: PLC0415 (not for speed: the circle keys <-> key_line, issue 27.1)

    return KeyLine()
