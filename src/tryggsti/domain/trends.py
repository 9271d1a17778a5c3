"""Daily series and summaries of the mood log, for charts and reports. Pure functions."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from tryggsti.domain.records import CheckIn

MEASURES = ("mood", "distress", "craving")


def days(end: date, count: int) -> list[date]:
    """The `count` days up to and including `end`, oldest first."""
    return [end - timedelta(days=offset) for offset in range(count - 1, -1, -1)]


def daily_values(checkins: Iterable[CheckIn], measure: str, span: Sequence[date]):
    """The mean of `measure` per day in `span` (None where nothing was logged)."""
    by_day: dict[date, list[int]] = defaultdict(list)
    wanted = set(span)
    for entry in checkins:
        day = entry.at.date()
        value = getattr(entry, measure)
        if day in wanted and value is not None:  # unanswered is not a 0
            by_day[day].append(value)
    return [mean(by_day[day]) if by_day.get(day) else None for day in span]


def substance_days(checkins: Iterable[CheckIn], span: Sequence[date]) -> list[bool]:
    used = {entry.at.date() for entry in checkins if entry.substance_use}
    return [day in used for day in span]


def buckets(values: Sequence[float | None], width: int) -> list[float | None]:
    """Squeeze a series into at most `width` points, averaging what falls together."""
    if len(values) <= width:
        return list(values)
    size = -(-len(values) // width)
    result = []
    for start in range(0, len(values), size):
        chunk = [v for v in values[start : start + size] if v is not None]
        result.append(mean(chunk) if chunk else None)
    return result


def any_buckets(flags: Sequence[bool], width: int) -> list[bool]:
    if len(flags) <= width:
        return list(flags)
    size = -(-len(flags) // width)
    return [any(flags[start : start + size]) for start in range(0, len(flags), size)]


@dataclass(frozen=True)
class Summary:
    count: int
    days_logged: int
    averages: dict[str, float | None]
    substance_days: int
    unsafe_days: int


def summarise(checkins: Sequence[CheckIn]) -> Summary:
    averages = {measure: _mean_answered(checkins, measure) for measure in MEASURES}
    return Summary(
        count=len(checkins),
        days_logged=len({c.at.date() for c in checkins}),
        averages=averages,
        substance_days=len({c.at.date() for c in checkins if c.substance_use}),
        unsafe_days=len({c.at.date() for c in checkins if c.unsafe_behaviour}),
    )


def _mean_answered(checkins: Sequence[CheckIn], measure: str) -> float | None:
    """The mean of the answers given; None if no one answered (unanswered is not 0)."""
    answered = [v for v in (getattr(c, measure) for c in checkins) if v is not None]
    return mean(answered) if answered else None


@dataclass(frozen=True)
class DaysWithoutUse:
    """Of the last `days` days: how many had a check-in without use, how many with use,
    and how many had no check-in (unknown). Counting days, never a streak that breaks."""

    days: int
    without_use: int
    with_use: int
    unknown: int


def days_without_use(checkins: Iterable[CheckIn], today: date, count: int) -> DaysWithoutUse:
    span = set(days(today, count))
    logged: dict[date, bool] = {}
    for entry in checkins:
        day = entry.at.date()
        if day in span:
            logged[day] = logged.get(day, False) or entry.substance_use
    with_use = sum(1 for used in logged.values() if used)
    return DaysWithoutUse(count, len(logged) - with_use, with_use, count - len(logged))
