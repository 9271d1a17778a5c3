"""Help lines as people read them: open now or not, the hours in words, numbers that never break."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from tryggsti.dates import relative_day
from tryggsti.domain.help_lines import (
    HelpLine,
    Resources,
    always_open,
    clock_text,
    in_showing_order,
    is_open,
    local_time,
    next_opening,
    unbreakable,
)
from tryggsti.strings import lookup, t


def hours_text(periods) -> str:
    """«hele døgnet» only when the periods cover the whole week; else «man–fre kl. 16–22»."""
    if always_open(periods):
        return t("help_lines.always")
    parts = []
    for period in periods:
        days = period.days_text.replace("-", "–")
        parts.append(
            t(
                "help_lines.period",
                days=days,
                start=clock_text(period.start),
                end=clock_text(period.end % (24 * 60) or 24 * 60),
            )
        )
    return ", ".join(parts)


def status_text(line, now: datetime) -> str:
    """«åpen nå», «stengt nå, åpner i morgen kl. 16», or «» when no source gives the hours."""
    state = is_open(line, now)
    if state is None:
        return ""
    if state:
        return t("help_lines.open_now")
    opening = next_opening(line, now)
    if opening is None:
        return t("help_lines.closed_now")
    today = local_time(now).date()
    gap = (opening.date() - today).days
    day = (
        relative_day(opening.date(), today)
        if gap <= 1
        else lookup("dates.weekdays")[opening.weekday()]
    )
    return t(
        "help_lines.closed_opens", day=day, time=clock_text(opening.hour * 60 + opening.minute)
    )


class LineRow(NamedTuple):
    """One line ready to show: every part is plain text, never markup."""

    line: HelpLine
    number: str
    open_now: bool | None
    status: str
    hours: str
    chat: str


def _chat_text(line: HelpLine, now: datetime) -> str:
    chat = line.chat
    if chat is None:
        return ""
    if not chat.hours:
        return t("help_lines.chat_no_hours", address=chat.address)
    state = t("help_lines.open_now") if is_open(chat, now) else t("help_lines.closed_now")
    return t("help_lines.chat", address=chat.address, hours=hours_text(chat.hours), state=state)


def rows(resources: Resources, now: datetime, *, everything: bool) -> list[LineRow]:
    """Every line in showing order: 113, 112 and 116 117 first, then open, unknown, closed.

    All lines are always listed (the unlock screen too, scrolling if it must: a number
    nobody can reach is no help); `everything` is kept for callers that add details.
    """
    result = []
    for line in in_showing_order(list(resources.lines), now):
        number = unbreakable(line.number) if line.number else line.web
        hours = hours_text(line.hours) if line.hours else ""
        result.append(
            LineRow(
                line=line,
                number=number,
                open_now=is_open(line, now),
                # «åpen nå» beside «hele døgnet» says nothing new: only lines that close get it.
                status="" if always_open(line.hours) else status_text(line, now),
                hours=hours,
                chat=_chat_text(line, now),
            )
        )
    return result
