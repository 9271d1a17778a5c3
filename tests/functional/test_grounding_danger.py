"""Every grounding script, «Et trygt sted», its long version and the night set too, says
«Er du i fare nå, ring 112» first."""

from __future__ import annotations

import pytest

from tests.helpers import settle


@pytest.mark.parametrize(
    "script_id",
    [
        "trygt-sted",
        "her-og-naa",
        "strekk-deg",
        "trygt-sted-lang",
        "etter-mareritt",
        "etter-rus-om-natten",
    ],
)
async def test_the_player_shows_the_danger_line_before_the_exercise(
    make_vault, make_app, script_id, unlocked_app
):
    from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 30)) as pilot:
        app.push_screen(GroundingPlayerScreen(script_id))
        await settle(pilot)
        text = str(app.screen.query_one("#player-text").render())
    assert "Er du i fare nå, ring 112." in text
