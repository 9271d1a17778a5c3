"""Help lines: what each one is, when it answers («open now» by a Norwegian clock), the order
to show."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import NamedTuple

NORWEGIAN_TIME = timezone(timedelta(hours=1))
NORWEGIAN_SUMMER_TIME = timezone(timedelta(hours=2))
DAY_NAMES = ("man", "tir", "ons", "tor", "fre", "lør", "søn")  # Monday is 0, as in datetime
WHOLE_DAY = 24 * 60
NBSP = "\u00a0"


def unbreakable(number: str) -> str:
    """'116 123' with no-break spaces, so a narrow terminal never splits the number."""
    return number.replace(" ", NBSP)


def parse_days(text: str) -> tuple[int, ...] | None:
    """«man-fre» -> (0, 1, 2, 3, 4); «søn-fre» wraps over the week end; None if unreadable."""
    first_name, dash, last_name = text.partition("-")
    if first_name not in DAY_NAMES or (dash and last_name not in DAY_NAMES):
        return None
    first = DAY_NAMES.index(first_name)
    last = DAY_NAMES.index(last_name) if dash else first
    count = (last - first) % 7 + 1
    return tuple((first + step) % 7 for step in range(count))


def parse_minutes(text: str) -> int | None:
    """«16:15» -> minutes after midnight; «24:00» is allowed as the end of a day."""
    hours, colon, minutes = text.partition(":")
    digits = hours + minutes
    if not (colon and len(hours) == len(minutes) == 2 and digits.isascii() and digits.isdigit()):
        return None
    if int(minutes) > 59:
        return None
    total = int(hours) * 60 + int(minutes)
    return total if total <= WHOLE_DAY else None


class OpeningPeriod(NamedTuple):
    """Open on `days` from `start` to `end` (minutes after midnight, Norwegian local time).

    An end at or before the start means the period runs past midnight into the next day.
    """

    days: tuple[int, ...]
    start: int
    end: int
    days_text: str = ""

    @property
    def length(self) -> int:
        return self.end - self.start if self.end > self.start else self.end + WHOLE_DAY - self.start

    def covers(self, weekday: int, minute: int) -> bool:
        for day in self.days:
            since_start = ((weekday - day) % 7) * WHOLE_DAY + minute - self.start
            if 0 <= since_start < self.length:
                return True
        return False


class Channel(NamedTuple):
    """A chat beside a line: its plain address and, if a source gives them, its hours."""

    address: str
    hours: tuple[OpeningPeriod, ...] = ()
    source: str = ""
    checked: date | None = None


def always_open(periods: tuple[OpeningPeriod, ...]) -> bool:
    """True only when the periods cover every minute of the week."""
    if not periods:
        return False
    covered = {day for p in periods if p.start == 0 and p.end in (0, WHOLE_DAY) for day in p.days}
    return covered == set(range(7))


def local_time(now: datetime) -> datetime:
    """The moment as a clock in Norway shows it; a naive time is taken as already Norwegian."""
    if now.tzinfo is None:
        return now
    return now.astimezone(norwegian_zone(now))


def norwegian_zone(moment: datetime) -> timezone:
    """Norway's offset from UTC at `moment` (aware): one hour, and two in summer time, from
    01:00 UTC on the last Sunday in March to 01:00 UTC on the last Sunday in October (the
    EU's rule, which Norway follows).

    Computed, not read from a time zone database: Windows has none unless the tzdata
    package is installed (ZoneInfo("Europe/Oslo") failed there, and the unlock screen with
    it), and loading one cost the first frame 6M instructions. tests/unit/test_oslo_time.py
    holds the rule to the database every 15 minutes around each change from 1996 to 2037,
    so a change in the law shows as a failing test once the database has it."""
    utc = moment.astimezone(UTC).replace(tzinfo=None)
    starts = _last_sunday_at_one(utc.year, 3)
    ends = _last_sunday_at_one(utc.year, 10)
    return NORWEGIAN_SUMMER_TIME if starts <= utc < ends else NORWEGIAN_TIME


def _last_sunday_at_one(year: int, month: int) -> datetime:
    """01:00 on the month's last Sunday (March and October both have 31 days)."""
    last = datetime(year, month, 31, 1)
    return last - timedelta(days=(last.weekday() - 6) % 7)


def is_open(line, now: datetime) -> bool | None:
    """Whether the line answers at `now` (True/False); None when no source gives its hours."""
    periods = line.hours
    if not periods:
        return None
    local = local_time(now)
    minute = local.hour * 60 + local.minute
    return any(period.covers(local.weekday(), minute) for period in periods)


def in_showing_order(lines, now: datetime) -> list:
    """Emergency lines first as written; then lines open now, lines with unknown hours, closed."""
    first = [line for line in lines if line.emergency]
    rest = [line for line in lines if not line.emergency]
    rank = {True: 0, None: 1, False: 2}
    rest.sort(key=lambda line: rank[is_open(line, now)])  # sort is stable: file order within
    return first + rest


def next_opening(line, now: datetime) -> datetime | None:
    """When a closed line next opens (Norwegian wall-clock time), looking a week ahead."""
    if not line.hours:
        return None
    local = local_time(now).replace(second=0, microsecond=0)
    midnight = local.replace(hour=0, minute=0)
    starts = [
        midnight + timedelta(days=ahead, minutes=period.start)
        for ahead in range(8)
        for period in line.hours
        if (local.weekday() + ahead) % 7 in period.days
    ]
    later = [start for start in starts if start > local]
    return min(later) if later else None


def clock_text(minutes: int) -> str:
    """Minutes after midnight as «kl.»-style text: 16:15 -> «16.15», 11:00 -> «11»."""
    hours, rest = divmod(minutes, 60)
    return f"{hours:02d}" if rest == 0 else f"{hours:02d}.{rest:02d}"


class HelpLine(NamedTuple):
    """One help line; every fact in it carries `source` and `checked` in resources.toml."""

    id: str
    name: str
    number: str  # "" when the service has no single number (krisesenter)
    when: str
    crisis: bool
    hours: tuple[OpeningPeriod, ...] = ()  # empty: no source gives the hours
    emergency: bool = False  # 113, 112, 116 117: always shown first
    audience: str = ""
    holidays: str = ""
    web: str = ""  # a plain address such as "dinutvei.no", never a link
    chat: Channel | None = None
    source: str = ""
    checked: date | None = None


class Resources(NamedTuple):
    last_checked: date
    lines: tuple[HelpLine, ...]

    @property
    def crisis_lines(self) -> tuple[HelpLine, ...]:
        return tuple(line for line in self.lines if line.crisis)
