"""Every screen starts with focus on its main action, so typing goes somewhere at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import settle


@pytest.mark.parametrize(
    ("key", "expected"), [("l", "homework-path"), ("s", "minutes"), ("r", "from")]
)
async def test_arriving_on_a_screen_puts_focus_on_its_main_action(
    make_vault, make_app, key, expected, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press(key)
        await settle(pilot)
        assert app.focused is not None and app.focused.id == expected


async def test_the_report_file_name_is_not_wiped_by_one_key_and_enter_makes_the_file(
    make_vault, make_app, tmp_path, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("r")
        await settle(pilot)
        field = app.screen.query_one("#out")
        before = field.value
        field.focus()
        await settle(pilot)
        await pilot.press("x")
        assert field.value.startswith(before[:-1]) and len(field.value) == len(before) + 1
        field.value = str(tmp_path)
        await settle(pilot)
        await pilot.press("end", "enter")  # a folder: the usual file name goes inside it
        await settle(pilot)
        made = list(Path(tmp_path).glob("*.html"))
        assert len(made) == 1, app.screen.query_one("#report-message").render()
        assert str(field.value).startswith(str(tmp_path))
