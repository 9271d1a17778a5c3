"""Checked tables of resources.toml -> the help lines (kept apart from the rest of the
content, so the unlock screen can show them without building every topic type)."""

from __future__ import annotations

from tryggsti.domain.help_lines import (
    Channel,
    HelpLine,
    OpeningPeriod,
    Resources,
    parse_days,
    parse_minutes,
)


def _hours(raw: list[dict] | None) -> tuple[OpeningPeriod, ...]:
    return tuple(
        OpeningPeriod(
            days=parse_days(p["days"]) or (),
            start=parse_minutes(p["from"]) or 0,
            end=parse_minutes(p["to"]) or 0,
            days_text=p["days"],
        )
        for p in raw or ()
    )


def _chat(raw: dict | None) -> Channel | None:
    if raw is None:
        return None
    return Channel(raw["address"], _hours(raw.get("hours")), raw["source"], raw["checked"])


def help_line(line: dict) -> HelpLine:
    return HelpLine(
        id=line["id"],
        name=line["name"].strip(),
        number=line.get("number", "").strip(),
        when=line["when"].strip(),
        crisis=line["crisis"],
        hours=_hours(line.get("hours")),
        emergency=line.get("emergency", False),
        audience=line.get("audience", "").strip(),
        holidays=line.get("holidays", "").strip(),
        web=line.get("web", ""),
        chat=_chat(line.get("chat")),
        source=line["source"],
        checked=line["checked"],
    )


def resources(raw: dict) -> Resources:
    return Resources(
        last_checked=raw["last_checked"],
        lines=tuple(help_line(line) for line in raw["lines"]),
    )
