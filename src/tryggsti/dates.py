"""Norwegian dates and times for people to read ("mandag 2. mars"), names from ui.toml."""

from __future__ import annotations

from datetime import date, datetime, timedelta

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


class NoSuchDay(ValueError):
    """A day and a month in the right form that do not make a date: 31.2, 29.2.2027."""

    def __init__(self, day: int, month: int, year: int) -> None:
        super().__init__(f"{day}.{month}.{year}")
        self.day, self.month, self.year = day, month, year

    def said(self) -> str:
        """«31. februar», or «29. februar 2027» where the year is why it does not exist."""
        name = f"{self.day}. {lookup('dates.months')[self.month - 1]}"
        return f"{name} {self.year}" if (self.day, self.month) == (29, 2) else name


def example_day(today: date) -> date:
    """The day a hint shows as an example: a week ahead, so it is never a past day."""
    return today + timedelta(days=7)


def typed_forms(day: date) -> tuple[str, str]:
    """The two forms parse_day reads, as a person types them: '9.3' and '9.3.2026'."""
    return f"{day.day}.{day.month}", f"{day.day}.{day.month}.{day.year}"


def parse_day(text: str, today: date) -> date | None:
    """A date typed by a person: '2.3.2026', '2.3' (this year) or '2026-03-02'; '' is None.

    Raises NoSuchDay for a day that is not in its month (31.2), and ValueError for
    anything else, so the screen can say what it expects.
    """
    text = text.strip()
    if not text:
        return None
    if "-" in text:
        return date.fromisoformat(text)
    parts = [part for part in text.split(".") if part]
    if len(parts) not in (2, 3) or not all(part.isdigit() for part in parts):
        raise ValueError(text)
    day, month = int(parts[0]), int(parts[1])
    year = int(parts[2]) if len(parts) == 3 else today.year
    if year < 100:
        year += 2000
    try:
        return date(year, month, day)
    except ValueError:
        if 1 <= month <= 12 and day >= 1 and date.min.year <= year <= date.max.year:
            raise NoSuchDay(day, month, year) from None
        raise
