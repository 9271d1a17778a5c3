"""Night in Norway is 23:00 to 06:00: F2 and Hjelp nå offer the night set then, never by day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tryggsti.content.loader import load_library
from tryggsti.domain.grounding_choice import F2Start, f2_start
from tryggsti.domain.night import is_night
from tryggsti.domain.records import GroundingSession

OSLO = ZoneInfo("Europe/Oslo")

NIGHT_SET = ("etter-mareritt", "etter-rus-om-natten", "vaaken-og-urolig")  # by title


def oslo(hour: int, minute: int) -> datetime:
    return datetime(2026, 11, 25, hour, minute, tzinfo=OSLO)


@pytest.mark.parametrize(
    ("hour", "minute", "night"),
    [(22, 59, False), (23, 0, True), (0, 0, True), (5, 59, True), (6, 0, False), (12, 0, False)],
)
def test_night_begins_at_23_and_ends_at_06_on_a_norwegian_clock(hour, minute, night):
    assert is_night(oslo(hour, minute)) is night
    assert is_night(oslo(hour, minute).replace(tzinfo=None)) is night  # naive: already Norwegian


def test_a_clock_in_another_zone_is_read_as_norwegian_time_in_winter_and_summer():
    # 22:30 UTC is 23:30 in Oslo in winter (UTC+1), but 00:30 in summer (UTC+2).
    assert is_night(datetime(2026, 11, 25, 22, 30, tzinfo=UTC))
    assert not is_night(datetime(2026, 11, 25, 21, 59, tzinfo=UTC))  # 22:59 in Oslo
    assert is_night(datetime(2026, 7, 1, 21, 0, tzinfo=UTC))  # 23:00 in Oslo, summer
    assert not is_night(datetime(2026, 7, 1, 4, 0, tzinfo=UTC))  # 06:00 in Oslo, summer


@pytest.mark.parametrize(("hour", "minute"), [(22, 59), (6, 0)])
def test_by_day_f2_starts_the_usual_exercise_at_once(hour, minute):
    start = f2_start(oslo(hour, minute), [], load_library().grounding)
    assert start == F2Start("beskriv-rommet")


@pytest.mark.parametrize(("hour", "minute"), [(23, 0), (5, 59)])
def test_at_night_f2_offers_the_night_set_first_and_keeps_the_usual(hour, minute):
    start = f2_start(oslo(hour, minute), [], load_library().grounding)
    assert start.night == NIGHT_SET
    assert start.usual == "beskriv-rommet"


def test_a_night_script_is_never_the_usual_choice_by_day():
    helped = GroundingSession("g1", "etter-mareritt", oslo(3, 0) - timedelta(days=1), 180, 9, 2)
    assert f2_start(oslo(12, 0), [helped], load_library().grounding).usual == "beskriv-rommet"


def test_the_library_names_the_night_set_in_the_same_order():
    library = load_library()
    assert tuple(s.id for s in library.grounding_in_set("natt")) == NIGHT_SET
