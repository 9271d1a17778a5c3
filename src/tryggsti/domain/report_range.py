"""Checking a report's period before anything is built: in order, and not decades long."""

from __future__ import annotations

from datetime import date

MAX_YEARS = 5
MAX_DAYS = MAX_YEARS * 366


class ReportRangeError(ValueError):
    """A period that cannot be used; `message_key` and `values` make the Norwegian message."""

    def __init__(self, message_key: str, **values: object) -> None:
        super().__init__(message_key)
        self.message_key = message_key
        self.values = values


def check_report_range(start: date | None, end: date | None, allow_long: bool) -> None:
    """Raise ReportRangeError for a reversed period, or one over five years unless allowed.

    An open end (None) is not checked against the other: the caller fills in its default.
    """
    if start is None or end is None:
        return
    if start > end:
        raise ReportRangeError(
            "report_range.reversed", start=start.isoformat(), end=end.isoformat()
        )
    if not allow_long and (end - start).days > MAX_DAYS:
        raise ReportRangeError("report_range.too_long", years=MAX_YEARS)
