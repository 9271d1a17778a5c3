"""Jording: the list, a whole session with distress before and after, and use without unlocking."""

from __future__ import annotations

import pytest

from tests.helpers import settle


@pytest.fixture(autouse=True)
def manual_clock(monkeypatch):
    """The test moves the exercise's clock itself, so a slow machine cannot add seconds."""
    from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

    monkeypatch.setattr(GroundingPlayerScreen, "TICK_SECONDS", 3600.0)


async def test_a_full_grounding_session_is_saved_with_the_change(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingListScreen"
        await pilot.press("enter")
        await settle(pilot)
        player = app.screen
        assert type(player).__name__ == "GroundingPlayerScreen"
        await pilot.press("8", "enter")
        assert player.phase == "steps"
        for _ in range(3):
            player.tick()
        assert player.total_elapsed == 3
        await pilot.press("space")  # pause: the clock stands still
        player.tick()
        assert player.total_elapsed == 3
        await pilot.press("space")
        for _ in range(len(player.script.steps)):
            await pilot.press("n")
        assert player.phase == "after"
        await pilot.press("5", "enter")
        await settle(pilot)
        assert player.phase == "done"
        text = str(player.query_one("#player-text").render())
        assert "fra 8 til 5" in text
        saved = app.session.data.grounding_sessions[-1]
        assert (saved.distress_before, saved.distress_after, saved.completed) == (8, 5, True)
        assert saved.duration_s == 3
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingListScreen"


async def test_a_step_moves_on_by_itself_when_its_time_is_up(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f2")  # starts an exercise at once
        await settle(pilot)
        player = app.screen
        await pilot.press("enter")  # no number before: that is allowed
        first = player.script.steps[0].seconds
        for _ in range(first):
            player.tick()
        assert player.step_index == 1


async def test_stopping_early_is_saved_as_not_completed(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("6", "enter", "s", "6", "enter")
        await settle(pilot)
        saved = app.session.data.grounding_sessions[-1]
        assert saved.completed is False and saved.distress_after == 6


async def test_grounding_works_before_unlocking_and_stores_nothing(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        await pilot.press("g")  # the short grounding from Hjelp nå
        await settle(pilot)
        player = app.screen
        assert player.script_id == "her-og-naa"
        await pilot.press("enter", "s", "enter")
        await settle(pilot)
        assert player.phase == "done"
        assert app.session is None


async def test_f2_starts_the_exercise_that_helped_most_and_v_picks_another(
    make_vault, make_app, unlocked_app
):
    """In a bad hour F2 starts one at once: the person's own best by before/after."""
    from datetime import timedelta

    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import GroundingSession

    def history(data):
        for n, (script, before, after) in enumerate(
            [("kaldt-vann", 8, 3), ("tell-sakte", 7, 6), ("kaldt-vann", 7, 4)]
        ):
            data.grounding_sessions.append(
                GroundingSession(
                    f"g{n}", script, FIXED_NOW - timedelta(days=n + 1), 90, before, after
                )
            )

    make_vault(history)
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f2")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"
        assert app.screen.script_id == "kaldt-vann"
        await pilot.press("v")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingListScreen"


async def test_f2_before_unlocking_starts_the_calm_default(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"
        assert app.screen.script_id == "beskriv-rommet"
