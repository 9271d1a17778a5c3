"""Due dates as an iCalendar file (RFC 5545) for the person's own calendar.

Events say only "Påminnelse" unless the person asks for the text: a calendar is often
shared or synced, and a commitment can be private.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from tryggsti.domain.records import VaultData
from tryggsti.domain.text import clean_text
from tryggsti.strings import t

LINE_OCTETS = 75


@dataclass(frozen=True)
class Event:
    uid: str
    day: date
    summary: str


def events(data: VaultData, *, with_text: bool) -> list[Event]:
    found = []
    for commitment in data.commitments:
        if commitment.is_open and commitment.due is not None:
            summary = (
                t("report.ics_commitment", text=commitment.text)
                if with_text
                else t("report.ics_neutral")
            )
            found.append(Event(f"forpliktelse-{commitment.id}", commitment.due, summary))
    for homework in data.homework:
        summary = t("report.ics_homework") if with_text else t("report.ics_neutral")
        found.append(Event(f"lekse-{homework.id}", homework.due, summary))
    return sorted(found, key=lambda event: (event.day, event.uid))


def _escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): no control characters, line breaks as \\n."""
    return (
        clean_text(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
        .replace("\t", " ")
    )


def fold(line: str) -> list[str]:
    """Split a content line into pieces of at most 75 octets, never inside a character."""
    pieces, current = [], ""
    limit = LINE_OCTETS
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current = " "
            limit = LINE_OCTETS
        current += char
    pieces.append(current)
    return pieces


def _day_after(day: date) -> date:
    return day if day == date.max else day + timedelta(days=1)  # 31.12.9999 can be typed


def render_ics(data: VaultData, *, now: datetime, with_text: bool = False) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//tryggsti//tryggsti//NB",
        "CALSCALE:GREGORIAN",
    ]
    for event in events(data, with_text=with_text):
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_escape(event.uid)}@tryggsti.invalid",  # an id is data too
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}",
            f"DTEND;VALUE=DATE:{_day_after(event.day):%Y%m%d}",
            f"SUMMARY:{_escape(event.summary)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in fold(line))
