"""The line of keys at the bottom: it shows the keys that work, follows changes, and a
click on a key presses it."""

from __future__ import annotations

from tests.functional.test_topics import _open_first_topic
from tests.helpers import settle
from tryggsti.ui.widgets.key_line import place


def _line(app) -> str:
    return str(app.screen.query_one("KeyLine").render())


def _cell_of(app, description: str) -> int:
    line = app.screen.query_one("KeyLine")
    for placed in place(line.shown_keys()):
        if placed.shown.description == description:
            return placed.start
    raise AssertionError(f"«{description}» is not on the line: {_line(app)}")


async def test_a_click_on_a_key_presses_it(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)) as pilot:
        x = _cell_of(app, "Hjelp nå")
        await pilot.click("KeyLine", offset=(x + 1, 0))
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"


async def test_a_click_between_keys_does_nothing(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)) as pilot:
        line = app.screen.query_one("KeyLine")
        first, second = place(line.shown_keys())[:2]
        assert second.start == first.end + 1
        await pilot.click("KeyLine", offset=(first.end, 0))
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_the_line_follows_what_a_key_does_now(make_vault, make_app):
    """Ctrl+D marks a topic read, then unread: the line says which it will do."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await _open_first_topic(pilot)
        assert "Merk lest" in _line(app)
        await pilot.press("ctrl+d")
        await settle(pilot)
        assert "Merk ulest" in _line(app)
        assert "Merk lest" not in _line(app)


async def test_narrow_leaves_out_the_keys_everyone_knows(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)) as pilot:
        await pilot.press("e")
        await settle(pilot)
        assert "Avslutt" in _line(app)
        await pilot.resize_terminal(70, 24)
        await settle(pilot)
        wide_keys_gone = _line(app)
        assert "Avslutt" not in wide_keys_gone and "Tilbake" not in wide_keys_gone
        assert "F1 Hjelp nå" in wide_keys_gone


async def test_the_key_under_the_pointer_is_marked(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)) as pilot:
        line = app.screen.query_one("KeyLine")
        x = _cell_of(app, "Jording")
        await pilot.hover("KeyLine", offset=(x + 1, 0))
        assert line._hover.description == "Jording"
        hover = line.get_component_rich_style("key-line--hover")
        marked = [span for span in line.render().spans if span.style == hover]
        assert len(marked) == 1
        assert str(line.render())[marked[0].start : marked[0].end] == "F2 Jording"
        await pilot.hover("#screen-title")
        assert line._hover is None
