"""The first frame reads only the styles of the first screen (ui/styles/app.tcss); the
other screens' styles (screens.tcss) are read when the first of those screens is shown,
and every such screen asks for them."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from textual.color import Color
from textual.screen import Screen

import tryggsti.ui.screens as screens_package
from tests.helpers import settle, unlock
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.themes import CALM

# Shown before anything else (their styles and the hide key's are in app.tcss).
FIRST_SCREENS = {"UnlockScreen", "WelcomeScreen", "HiddenScreen"}


def _screen_classes() -> list[type[Screen]]:
    found = []
    for module_info in pkgutil.iter_modules(screens_package.__path__):
        module = importlib.import_module(f"{screens_package.__name__}.{module_info.name}")
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, Screen) and value.__module__ == module.__name__:
                found.append(value)
    return found


def test_every_screen_but_the_first_ones_asks_for_the_screen_styles():
    classes = _screen_classes()
    assert {cls.__name__ for cls in classes} >= FIRST_SCREENS
    missing = [
        cls.__name__
        for cls in classes
        if cls.__name__ not in FIRST_SCREENS and cls.CSS_PATH != SCREENS_TCSS
    ]
    assert missing == []


def _read(app) -> set[str]:
    return {read_from[0] for read_from in app.stylesheet.source}


async def test_the_screen_styles_are_read_when_the_first_other_screen_shows(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "UnlockScreen"
        assert str(SCREENS_TCSS) not in _read(app)
        await unlock(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert str(SCREENS_TCSS) in _read(app)
        assert app.screen.query_one("#home-menu").outer_size.width == 32  # screens.tcss


async def test_help_now_from_the_unlock_screen_has_its_styles(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"
        title_bar = app.screen.query_one("#title-bar")
        assert title_bar.styles.background == Color.parse(CALM.panel)  # from screens.tcss
