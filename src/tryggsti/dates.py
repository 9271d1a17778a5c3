"""Norwegian dates and times for people to read ("mandag 2. mars"), names from ui.toml."""

from __future__ import annotations

from datetime import date, datetime

from tryggsti.strings import lookup, t


def long_date(day: date) -> str:
    """'mandag 2. mars'."""
    return f"{lookup('dates.weekdays')[day.weekday()]} {short_date(day)}"


def long_date_with_year(day: date) -> str:
    """'mandag 2. mars 2026'."""
    return f"{long_date(day)} {day.year}"


def short_date(day: date) -> str:
    """'2. mars'."""
    return f"{day.day}. {lookup('dates.months')[day.month - 1]}"


def clock_time(moment: datetime) -> str:
    """'14.05' (Norwegian puts a full stop between hours and minutes)."""
    return f"{moment.hour:02d}.{moment.minute:02d}"


def relative_day(day: date, today: date) -> str:
    """'i dag', 'i går', 'i morgen', or the long date."""
    names = {0: "dates.today", -1: "dates.yesterday", 1: "dates.tomorrow"}
    key = names.get((day - today).days)
    return t(key) if key else long_date(day)
