"""Snapshots of the main screens with a bit of data, at 80×24 and 120×40 (clock fixed)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.helpers import FIXED_NOW, OSLO_WINTER, settle, unlock

NIGHT = datetime(2026, 3, 2, 23, 30, tzinfo=OSLO_WINTER)  # F2 and Hjelp nå offer the night set
SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


def some_data(data):
    from tryggsti.domain.records import CheckIn, Commitment, Contact, GroundingPractice, Homework

    for back in range(40):
        data.checkins.append(
            CheckIn(
                id=f"c{back}",
                at=FIXED_NOW - timedelta(days=back),
                mood=(back * 3) % 11,
                distress=(back * 7) % 11,
                craving=back % 6,
                substance_use=back % 9 == 0,
                note="Tung dag på jobben" if back == 0 else "",
            )
        )
    data.commitments += [
        Commitment("k1", "Ringe søster", FIXED_NOW - timedelta(days=3), due=date(2026, 3, 4)),
        Commitment("k2", "Skrive dagbok", FIXED_NOW - timedelta(days=9), due=date(2026, 2, 27)),
    ]
    plan = data.safety_plan
    plan.warning_signs = ["Jeg sover dårlig", "Jeg trekker meg unna folk"]
    plan.inner_coping = ["Kaldt vann i ansiktet", "Gå en tur"]
    plan.help_contacts = [Contact("Kari", "900 00 000", "søster")]
    data.homework.append(
        Homework(
            "h1",
            FIXED_NOW,
            "f",
            date(2026, 2, 23),
            date(2026, 3, 8),
            note="Gjør det du rekker.",
            therapist="Anne Berg",
            topics=["trygghet"],
            grounding=[GroundingPractice("kaldt-vann", 2)],
        )
    )


async def open_screen(pilot, *keys: str) -> None:
    await unlock(pilot)
    await pilot.press(*keys)
    await settle(pilot)


SCREENS = {
    "checkin": ("i",),
    "topics": ("e",),
    "reader": ("e", "enter"),
    "grounding": ("j",),
    "player": ("j", "enter", "7", "enter"),
    "questionnaire": ("o", "enter", "5"),
    "safety_plan": ("t",),
    "commitments": ("f",),
    "mood_log": ("m",),
    "homework": ("l",),
    "settings": ("s",),
    "relatives": ("h", "p"),  # «For familie og venner», from Hjelp nå
}


@pytest.fixture(autouse=True)
def steady(monkeypatch, tmp_path):
    from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

    monkeypatch.setattr(GroundingPlayerScreen, "TICK_SECONDS", 3600.0)
    monkeypatch.setenv("HOME", "/tmp/tryggsti-bruker")  # the report's default path


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_screen(snap_compare, make_vault, make_app, screen, size):
    make_vault(None if screen == "settings" else some_data)

    async def run_before(pilot):
        await open_screen(pilot, *SCREENS[screen])

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_report(snap_compare, make_vault, make_app, size):
    make_vault(some_data)

    async def run_before(pilot):
        await open_screen(pilot, "r")

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_safety_offer(snap_compare, make_vault, make_app, size):
    make_vault()

    async def run_before(pilot):
        await open_screen(pilot, "i", "3", "tab", "9", "ctrl+s")

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
@pytest.mark.parametrize("keys", [("f2",), ("h",)], ids=["night_grounding", "help_now"])
def test_at_night(snap_compare, make_vault, make_app, keys, size):
    make_vault(some_data)

    async def run_before(pilot):
        await open_screen(pilot, *keys)

    assert snap_compare(make_app(clock=lambda: NIGHT), terminal_size=size, run_before=run_before)
