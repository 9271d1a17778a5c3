"""Keys that arrive in one burst (a paste, a password manager, fast typing) land where
they were meant to.

Textual forwards each key to the focused widget's own queue, so when Tab or Enter moves
the focus, the keys right behind it are already queued for the old field. Deciding the
move here, in the app's own key loop, before forwarding, keeps the order of the burst.
"""

from __future__ import annotations

import itertools

from textual import events

from tryggsti.ui.widgets.input import Input

# An Input with this attribute (a CSS selector in its screen) moves there on Enter.
NEXT_FIELD = "next_field"


def move_focus_in_order(app, event: events.Key) -> bool:
    """Handle Tab, Shift+Tab and Enter-to-next-field at once; True if it was handled."""
    focused = app.focused
    if focused is None:
        return False
    screen = focused.screen
    # Tab moves on from any field (a scale, a box, a list), except a text area that
    # indents with it: the keys behind it must not land in the field being left.
    # (Asked of the widget, not by importing TextArea: that import takes 12 ms, and the
    # first key, or a terminal's answer at start-up, arrives before any text area exists.)
    indents = getattr(focused, "tab_behavior", None) == "indent"
    if event.key in ("tab", "shift+tab") and not indents:
        if event.key == "tab":
            screen.focus_next()
        else:
            screen.focus_previous()
        return True
    if not isinstance(focused, Input):
        return False
    following = getattr(focused, NEXT_FIELD, None)
    if event.key == "enter" and following:
        focused.post_message(Input.Submitted(focused, focused.value))
        screen.set_focus(screen.query_one(following))
        return True
    return False


def chain(*fields: Input) -> None:
    """Enter in each field moves to the next one in this order."""
    for field, following in itertools.pairwise(fields):
        setattr(field, NEXT_FIELD, f"#{following.id}")
