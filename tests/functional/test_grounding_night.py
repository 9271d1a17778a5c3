"""At night (23–06, Norwegian time) F2 offers the night set first and Hjelp nå shows it; by day
nothing changes. Long versions are chosen right under their short exercise in Jording."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.helpers import settle

OSLO = ZoneInfo("Europe/Oslo")

NIGHT_SET = ["etter-mareritt", "etter-rus-om-natten", "vaaken-og-urolig"]


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=OSLO)


@pytest.fixture(autouse=True)
def manual_clock(monkeypatch):
    from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

    monkeypatch.setattr(GroundingPlayerScreen, "TICK_SECONDS", 3600.0)


def option_ids(screen, selector: str) -> list[str]:
    options = screen.query_one(selector).options
    return [option.id for option in options if not option.disabled]


@pytest.mark.parametrize(("hour", "minute"), [(23, 0), (5, 59)])
async def test_f2_at_night_offers_the_night_set_first_then_the_usual(
    make_vault, make_app, hour, minute, unlocked_app
):
    make_vault()
    app = make_app(clock=lambda: at(hour, minute))
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f2")
        await settle(pilot)
        assert type(app.screen).__name__ == "NightGroundingScreen"
        ids = option_ids(app.screen, "#night-list")
        assert ids == [*NIGHT_SET, "beskriv-rommet", "__alle__"]
        await pilot.press("enter")  # the first night script is highlighted
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"
        assert app.screen.script_id == "etter-mareritt"
        text = str(app.screen.query_one("#player-text").render())
        assert "Er du i fare nå, ring 112." in text
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"  # the chooser was replaced


@pytest.mark.parametrize(("hour", "minute"), [(22, 59), (6, 0)])
async def test_f2_by_day_starts_the_usual_exercise_at_once(
    make_vault, make_app, hour, minute, unlocked_app
):
    make_vault()
    app = make_app(clock=lambda: at(hour, minute))
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f2")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"
        assert app.screen.script_id == "beskriv-rommet"


async def test_f2_twice_at_night_starts_the_usual_exercise(make_vault, make_app):
    make_vault()
    app = make_app(clock=lambda: at(2))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # before unlocking too
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"
        assert app.screen.script_id == "beskriv-rommet"


async def test_the_night_chooser_leads_to_every_exercise(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app(clock=lambda: at(1))
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f2")
        await settle(pilot)
        await pilot.press("end", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingListScreen"


async def test_hjelp_naa_shows_the_night_set_at_night_and_starts_one(make_vault, make_app):
    make_vault()
    app = make_app(clock=lambda: at(23, 30))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # Hjelp nå works before unlocking
        await pilot.press("f1")
        await settle(pilot)
        night = app.screen.query_one("#night-set")
        assert night.display
        assert option_ids(app.screen, "#night-set-list") == NIGHT_SET
        app.screen.query_one("#night-set-list").focus()
        await pilot.press("down", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"
        assert app.screen.script_id == "etter-rus-om-natten"
        text = str(app.screen.query_one("#player-text").render())
        assert "ring 113" in text and "Truer noen deg, ring 112." in text  # joined, not repeated


async def test_hjelp_naa_by_day_has_no_night_set_and_hides_it_when_morning_comes(
    make_vault, make_app
):
    now = [at(22, 59)]
    make_vault()
    app = make_app(clock=lambda: now[0])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        night = app.screen.query_one("#night-set")
        assert not night.display
        now[0] = at(23, 0)  # the screen is left open past 23:00
        night.check_time()
        await settle(pilot)
        assert night.display
        now[0] = at(6, 0)
        night.check_time()
        assert not night.display


async def test_a_long_version_is_chosen_right_under_its_short_one(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        ids = option_ids(app.screen, "#grounding-list")
        assert ids[:2] == ["beskriv-rommet", "beskriv-rommet-lang"]
        for short in ("tell-sakte", "trygt-sted", "langsom-gange", "ta-og-nevn"):
            assert ids[ids.index(short) + 1] == f"{short}-lang"
        assert ids[-3:] == NIGHT_SET  # by day the night set comes last
        await pilot.press("down", "enter")
        await settle(pilot)
        player = app.screen
        assert player.script_id == "beskriv-rommet-lang"
        assert 180 <= player.script.total_seconds <= 300
        await pilot.press("enter")
        assert player.phase == "steps"
        assert f"av {len(player.script.steps)}" in str(player.query_one("#player-status").render())


async def test_at_night_the_grounding_list_puts_the_night_set_first(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app(clock=lambda: at(0, 30))
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("j")
        await settle(pilot)
        assert option_ids(app.screen, "#grounding-list")[:3] == NIGHT_SET
