"""The line of keys at the bottom: it shows the keys that work, follows changes, and a
click on a key presses it."""

from __future__ import annotations

from tests.functional.test_topics import _open_first_topic
from tests.helpers import settle, unlock
from tryggsti.ui.widgets.key_line import place


def _line(app) -> str:
    return str(app.screen.query_one("KeyLine").render())


def _cell_of(app, description: str) -> int:
    line = app.screen.query_one("KeyLine")
    for placed in place(line.shown_keys(), line.size.width):
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
        first, second = place(line.shown_keys(), line.size.width)[:2]
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


def _painted_keys(app) -> str:
    """The bottom rows of the painted screen that the key line covers, as one text."""
    from tests.functional.screen_text import painted_text

    line = app.screen.query_one("KeyLine")
    rows = painted_text(app).splitlines()
    return " ".join(rows[line.region.y : line.region.bottom])


def _every_key_is_whole(app) -> None:
    shown = " ".join(_painted_keys(app).split())
    line = app.screen.query_one("KeyLine")
    for key in line.shown_keys():
        assert f"{key.display} {key.description}" in shown, f"cut: {key.description}: {shown}"
    for _node, binding, enabled, _tooltip in app.screen.active_bindings.values():
        if binding.show and enabled:
            assert binding.description in shown, f"left out: {binding.description}: {shown}"


async def test_a_narrow_line_wraps_and_cuts_no_key(make_vault, make_app):
    """Issue 29 point 2: at 60x20 the player's line dropped «Esc Tilbake» and «Ctrl+Q
    Avslutt» and cut «V Velg en annen» to «V Velg en»."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await unlock(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"
        _every_key_is_whole(app)
        assert app.screen.query_one("KeyLine").region.height == 2
        await pilot.press("enter")  # the steps: other keys
        await settle(pilot)
        _every_key_is_whole(app)


async def test_a_wide_line_stays_one_row_and_the_wrap_follows_a_resize(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(120, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        assert app.screen.query_one("KeyLine").region.height == 1
        _every_key_is_whole(app)
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        assert app.screen.query_one("KeyLine").region.height == 2
        _every_key_is_whole(app)


async def test_a_click_on_the_second_row_presses_the_key_there(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await unlock(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        line = app.screen.query_one("KeyLine")
        [other] = [p for p in place(line.shown_keys(), line.size.width) if p.shown.key == "v"]
        assert other.row == 1
        await pilot.click("KeyLine", offset=(other.start + 1, other.row))
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingListScreen"


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
