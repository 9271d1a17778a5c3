"""Whether it is night in Norway (23:00 to 06:00), when F2 and Hjelp nå offer the night set."""

from __future__ import annotations

from datetime import datetime

from tryggsti.domain.help_lines import local_time

NIGHT_SET = "natt"
NIGHT_STARTS = 23 * 60  # minutes after midnight, Norwegian wall-clock time
NIGHT_ENDS = 6 * 60  # the first minute that is morning again


def is_night(now: datetime) -> bool:
    """True from 23:00 up to (not including) 06:00 on a Norwegian clock; a naive time is taken
    as Norwegian already, an aware one is converted (summer and winter time alike)."""
    local = local_time(now)
    minute = local.hour * 60 + local.minute
    return minute >= NIGHT_STARTS or minute < NIGHT_ENDS
