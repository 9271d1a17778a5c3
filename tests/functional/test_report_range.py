"""Rapport: a period backwards, or over five years, is explained before anything is written."""

from __future__ import annotations

import pytest

from tests.helpers import settle


@pytest.mark.parametrize(
    ("start", "end", "words"),
    [("1.3.2026", "1.1.2026", "baklengs"), ("1.1.2016", "1.3.2026", "5 år")],
)
async def test_a_bad_period_is_explained_and_nothing_is_written(
    make_vault, make_app, tmp_path, start, end, words, unlocked_app
):
    make_vault()
    app = make_app()
    out = tmp_path / "rapport.html"
    async with unlocked_app(app, size=(120, 40)) as pilot:
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#from").value = start
        screen.query_one("#to").value = end
        screen.query_one("#out").value = str(out)
        screen.make()
        await settle(pilot)
        assert words in str(screen.query_one("#report-message").render())
        assert not out.exists()
