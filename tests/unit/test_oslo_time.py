"""Norwegian clock time without a time zone database: the rule, held to the database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tryggsti.domain.help_lines import local_time


def _database_oslo():
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo("Europe/Oslo")
    except ZoneInfoNotFoundError:
        pytest.skip("no time zone database here to compare with")


def _wall_and_offset(moment: datetime) -> tuple[datetime, timedelta | None]:
    # Not `==`: Python never calls a time in the hour that repeats in autumn equal to one
    # in another zone, though both name the same moment.
    return moment.replace(tzinfo=None), moment.utcoffset()


def test_norwegian_time_needs_no_time_zone_database(tmp_path):
    # Windows has no time zone database unless the tzdata package is installed, and
    # tryggsti does not install it: an empty search path is the same situation here.
    code = (
        "import sys\n"
        "from datetime import UTC, datetime\n"
        "from tryggsti.domain.help_lines import local_time\n"
        "print(local_time(datetime(2026, 7, 1, 12, tzinfo=UTC)).isoformat())\n"
        "print(local_time(datetime(2026, 12, 1, 12, tzinfo=UTC)).isoformat())\n"
        "print('zoneinfo' in sys.modules)\n"
    )
    env = dict(os.environ, PYTHONTZPATH=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [
        "2026-07-01T14:00:00+02:00",
        "2026-12-01T13:00:00+01:00",
        "False",
    ]


@pytest.mark.parametrize(
    ("utc", "offset"),
    [
        (datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC), 1),  # summer time starts 01:00 UTC
        (datetime(2026, 3, 29, 1, 0, tzinfo=UTC), 2),
        (datetime(2026, 10, 25, 0, 59, 59, tzinfo=UTC), 2),  # and ends 01:00 UTC
        (datetime(2026, 10, 25, 1, 0, tzinfo=UTC), 1),
        (datetime(2027, 3, 28, 1, 0, tzinfo=UTC), 2),
        (datetime(2027, 10, 31, 1, 0, tzinfo=UTC), 1),
    ],
)
def test_summer_time_changes_at_one_oclock_utc_on_the_last_sundays(utc, offset):
    assert local_time(utc).utcoffset() == timedelta(hours=offset)


def test_every_change_from_1996_to_2037_matches_the_database():
    oslo = _database_oslo()
    for year in range(1996, 2038):
        for month in (3, 10):
            start = datetime(year, month, 20, tzinfo=UTC)
            for quarter in range(15 * 24 * 4):  # every 15 minutes over the last 15 days
                moment = start + timedelta(minutes=15 * quarter)
                assert _wall_and_offset(local_time(moment)) == _wall_and_offset(
                    moment.astimezone(oslo)
                )


@given(
    st.datetimes(
        min_value=datetime(1996, 1, 1), max_value=datetime(2037, 12, 31), timezones=st.just(UTC)
    )
)
def test_any_moment_reads_as_the_database_says(moment):
    oslo = _database_oslo()
    assert _wall_and_offset(local_time(moment)) == _wall_and_offset(moment.astimezone(oslo))


def test_a_naive_time_is_taken_as_norwegian_already():
    assert local_time(datetime(2026, 7, 1, 12)) == datetime(2026, 7, 1, 12)
