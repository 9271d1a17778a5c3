"""Screens built once per unlocked session and shown again (issue 12.1).

Composing a screen is most of what a key on Hjem costs (a Markdown page, a table of
ten years, forms with many choices). A screen class that sets `REUSABLE = True` is kept
after its first visit and brings itself up to date when it is shown again (in its
`on_screen_resume`), so a later visit costs about what Textual's floor does. A form that
must start empty also has `prepare_to_show_again()`, and `can_show_again()` when what it
was built from may have changed.

Kept screens hold what they showed of the person's data, so locking drops them all:
the next session builds them anew.
"""

from __future__ import annotations

import importlib

from tryggsti.speed import gc_pauses
from tryggsti.ui.navigation import BY_NAME, Destination

PREFIX = "kept-"


def screen_for(app, destination: Destination):
    """The kept screen for `destination`, or a new one (kept when its class allows)."""
    name = PREFIX + destination.name
    if app.is_screen_installed(name):
        kept = app.get_screen(name)
        if kept in app.screen_stack:
            return destination.make_screen()  # already open further down: a fresh one
        if getattr(kept, "can_show_again", lambda: True)():
            prepare = getattr(kept, "prepare_to_show_again", None)
            if prepare is not None:
                prepare()
            return kept
        _drop(app, name, kept)
    screen = destination.make_screen()
    if getattr(screen, "REUSABLE", False):
        app.install_screen(screen, name)
        # Runs once the screen is composed and shown: its widgets live for the session.
        screen.call_after_refresh(gc_pauses.settled)
    return screen


def import_all() -> None:
    """Import every screen's code (in the background after an unlock), so that the first
    visit to each is quick too; the code lives as long as the app."""
    for destination in BY_NAME.values():
        importlib.import_module(destination.module)
    gc_pauses.settled()


def forget_all(app) -> None:
    """Drop every kept screen (on lock): those still on the stack go when popped."""
    for destination in BY_NAME.values():
        name = PREFIX + destination.name
        if not app.is_screen_installed(name):
            continue
        screen = app.get_screen(name)
        if screen in app.screen_stack:
            continue  # not after a reset of the stack; never uninstall a screen in use
        _drop(app, name, screen)


def _drop(app, name: str, screen) -> None:
    app.uninstall_screen(name)
    if screen.is_mounted:
        screen.remove()
