"""Every grounding script, «Et trygt sted», its long version and the night set too, says
«Er du i fare nå, ring 112» first; a script whose intro already says «ring 113» has the
police line joined to it instead (issue 29 point 4)."""

from __future__ import annotations

import pytest

from tests.helpers import settle, unlock


@pytest.mark.parametrize(
    "script_id",
    [
        "trygt-sted",
        "her-og-naa",
        "strekk-deg",
        "trygt-sted-lang",
        "etter-mareritt",
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


async def test_a_script_that_says_ring_113_gets_the_police_line_joined_not_repeated(
    make_vault, make_app
):
    """Point 4: «… ring 113 nå …» was followed by the generic «Er du i fare nå, ring 112.»"""
    from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        app.push_screen(GroundingPlayerScreen("etter-rus-om-natten"))
        await settle(pilot)
        text = str(app.screen.query_one("#player-text").render())
    assert "ring 113 nå" in text
    assert "Er du i fare nå" not in text
    intro, *_ = text.split("\n\n")
    assert intro.endswith("Truer noen deg, ring 112."), intro
