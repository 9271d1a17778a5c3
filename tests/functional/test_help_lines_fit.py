"""Every help line can be read in full at 80x24 and 60x20, by scrolling if need be, on
«Hjelp nå» and on the unlock screen; a number never breaks across lines (issue 14.1)."""

from __future__ import annotations

import tomllib

import pytest

from tests.functional.screen_text import painted_everywhere, painted_text
from tests.helpers import settle, unlock
from tryggsti.paths import builtin_content_dir


def _numbers() -> list[str]:
    with open(builtin_content_dir() / "resources.toml", "rb") as handle:
        lines = tomllib.load(handle)["lines"]
    return sorted({line["number"] for line in lines if line.get("number")})


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
@pytest.mark.parametrize("where", ["unlock", "help_now"])
async def test_every_help_number_is_readable_whole(make_vault, make_app, size, where):
    make_vault()
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        if where == "help_now":
            await unlock(pilot)
            await pilot.press("f1")
            await settle(pilot)
        shown = await painted_everywhere(pilot)
        missing = [number for number in _numbers() if number not in shown]
        assert not missing, f"not readable at {size}: {missing}"
        assert "sist sjekket" in shown


async def test_a_wrapped_description_keeps_its_indent(make_vault, make_app, unlocked_app):
    """The second line of a line's description starts under the first, not at the margin."""
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        rows = painted_text(app).replace("\u00a0", " ").splitlines()
        number_row = next(r for r in rows if "116 123  Mental Helse" in r)
        described = [r for r in rows if r.strip() and "116 123" not in r]
        start = len(number_row) - len(number_row.lstrip())
        first = next(i for i, r in enumerate(rows) if "Når du trenger noen å snakke med" in r)
        follow = rows[first + 1]
        assert len(follow) - len(follow.lstrip()) >= start + 3, (rows[first], follow)
        assert described
