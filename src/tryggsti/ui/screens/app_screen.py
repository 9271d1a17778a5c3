"""Textual's Screen and ModalScreen as the type checker sees them here: their `app` is the
TryggstiApp, so every `self.app.session`, `self.app.clock` … on a screen is checked.

At run time these are Textual's own classes, unchanged (nothing is added to a screen's
bases, its styles or its start-up). Every screen derives from one of them, directly or
through TryggstiScreen; a widget that reads the app declares `app = getters.app(...)`
under TYPE_CHECKING the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual.screen import ModalScreen, Screen

ResultType = TypeVar("ResultType")

if TYPE_CHECKING:
    from textual import getters

    from tryggsti.ui.app import TryggstiApp

    class AppScreen(Screen[ResultType]):
        app = getters.app(TryggstiApp)

    class AppModalScreen(ModalScreen[ResultType]):
        app = getters.app(TryggstiApp)

else:
    AppScreen = Screen
    AppModalScreen = ModalScreen
