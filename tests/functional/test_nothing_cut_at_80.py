"""Every main screen at 80x24 and 60x20: no word of what a widget says is cut off, once every
scrolling area has been scrolled through, and every footer key is shown whole (issue 14)."""

from __future__ import annotations

import re

import pytest
from textual.widgets import Button, Label, Static

from tests.functional.screen_text import painted_everywhere, painted_text
from tests.functional.test_snapshots_screens import SCREENS, open_screen, some_data

WORD = re.compile(r"[\wæøåÆØÅ]{3,}")


def _said(screen) -> list[str]:
    """The words the screen's own widgets hold (not tables or inputs: those scroll)."""
    words = []
    for widget in screen.query("*"):
        hidden = not widget.display or any(not parent.display for parent in widget.ancestors[:-1])
        if hidden or type(widget).__name__ == "KeyLine":
            continue
        if isinstance(widget, Button):
            words += WORD.findall(str(widget.label))
        elif isinstance(widget, Static | Label) and type(widget).__name__ in ("Static", "Label"):
            words += WORD.findall(str(widget.render()))
    return words


@pytest.fixture(autouse=True)
def same_home_everywhere(monkeypatch):
    """The report shows its default path (in the home folder): one path, so where it wraps
    does not depend on the temp folder's name (longer under pytest-xdist), as in the
    snapshots (test_snapshots_screens.py)."""
    monkeypatch.setenv("HOME", "/tmp/tryggsti-bruker")


ALL_SCREENS = SCREENS | {"home": (), "report": ("r",), "help_now": ("h",), "about": ("a",)}
# At night (23–06) F2 offers the night set on a screen of its own, and Hjelp nå shows it.
NIGHT_SCREENS = {"night_grounding": ("f2",), "help_now_night": ("h",)}


async def _assert_whole(pilot, screen: str, size: tuple[int, int]) -> None:
    app = pilot.app
    shown = await painted_everywhere(pilot)
    shown_words = set(WORD.findall(shown))
    missing = sorted({word for word in _said(app.screen) if word not in shown_words})
    assert not missing, f"{screen}: cut or unreachable: {missing[:15]}"
    footer_words = set(WORD.findall(painted_text(app).splitlines()[-1]))
    from tryggsti.ui.keys import LEFT_OUT_WHEN_NARROW, NARROW

    for binding in app.screen.active_bindings.values():
        left_out = size[0] < NARROW and binding.binding.action in LEFT_OUT_WHEN_NARROW
        if binding.binding.show and binding.enabled and not left_out:
            for word in WORD.findall(binding.binding.description):
                assert word in footer_words, f"{screen}: footer cuts «{word}»"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
@pytest.mark.parametrize("screen", sorted(ALL_SCREENS))
async def test_no_word_is_cut_off(make_vault, make_app, screen, size):
    make_vault(some_data)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await open_screen(pilot, *ALL_SCREENS[screen])
        await _assert_whole(pilot, screen, size)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
@pytest.mark.parametrize("screen", sorted(NIGHT_SCREENS))
async def test_no_word_is_cut_off_at_night(make_vault, make_app, screen, size):
    from tests.functional.test_snapshots_screens import NIGHT

    make_vault(some_data)
    app = make_app(clock=lambda: NIGHT)
    async with app.run_test(size=size) as pilot:
        await open_screen(pilot, *NIGHT_SCREENS[screen])
        await _assert_whole(pilot, screen, size)
        if screen == "help_now_night":  # the night set's lines are shown whole, not scrolled
            app.screen.query_one("#help-now").scroll_home(animate=False)
            await pilot.pause()
            shown = set(WORD.findall(painted_text(app)))
            for option in app.screen.query_one("#night-set-list").options:
                for word in WORD.findall(str(option.prompt)):
                    assert word in shown, f"night set cuts «{word}»"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
@pytest.mark.parametrize("first_run", [True, False], ids=["welcome", "unlock"])
async def test_the_first_screens_are_whole(make_vault, make_app, first_run, size):
    if not first_run:
        make_vault()
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        shown_words = set(WORD.findall(await painted_everywhere(pilot)))
        missing = sorted({word for word in _said(app.screen) if word not in shown_words})
        assert not missing, f"cut or unreachable: {missing[:15]}"
        for field in app.screen.query("Input"):
            assert field.region.width >= 20, f"{field.id} is too narrow to type in"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
async def test_the_supporter_question_is_whole(make_vault, make_app, size):
    from tryggsti.ui.screens.supporter_screen import SupporterScreen

    make_vault()
    app = make_app()
    async with app.run_test(size=size) as pilot:
        from tests.helpers import unlock

        await unlock(pilot)
        app.push_screen(SupporterScreen(app.session))
        await pilot.pause()
        shown_words = set(WORD.findall(await painted_everywhere(pilot)))
        radio_words = [
            w for b in app.screen.query("RadioButton") for w in WORD.findall(str(b.label))
        ]
        missing = sorted({w for w in [*_said(app.screen), *radio_words] if w not in shown_words})
        assert not missing, f"cut or unreachable: {missing[:15]}"
