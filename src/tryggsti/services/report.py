"""Reports for the next session (Markdown, HTML), check-ins for a spreadsheet (CSV) and
due dates for a calendar (ics)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tryggsti.config import configured_content_dirs, load_config
from tryggsti.content.loader import ContentError, load_library
from tryggsti.domain.content import ContentLibrary
from tryggsti.domain.report import UnknownSection, build_report
from tryggsti.services.calendar_ics import render_ics
from tryggsti.services.report_csv import render_csv
from tryggsti.services.report_html import render_html
from tryggsti.services.report_markdown import render_markdown
from tryggsti.services.session import VaultSession

REPORT_FORMATS = ("md", "html", "csv")
CALENDAR_OPTIONS = ("tekst",)


def render_report(
    session: VaultSession,
    library: ContentLibrary,
    kind: str,
    *,
    start: date | None = None,
    end: date | None = None,
    sections: tuple[str, ...],
) -> str:
    report = build_report(
        session.data,
        library,
        today=session.clock().date(),
        start=start,
        end=end,
        sections=sections,
    )
    if kind == "html":
        return render_html(report)
    if kind == "csv":
        return render_csv(report)

    return render_markdown(report)


def render_calendar(session: VaultSession, *, with_text: bool) -> str:
    return render_ics(session.data, now=session.clock(), with_text=with_text)


def calendar_wants_text(text: str | None) -> bool:
    """`--med tekst` puts the commitments' words in the events; nothing else is allowed."""
    words = {w.strip().lower() for w in (text or "").split(",") if w.strip()}
    for word in sorted(words):
        if word not in CALENDAR_OPTIONS:
            raise UnknownSection(word)
    return "tekst" in words


def default_library(config_dirs: list[str] | None = None) -> ContentLibrary:
    """The content for names and scoring: the user's configured folders, or ours alone."""

    dirs: list[Path] = configured_content_dirs(
        config_dirs if config_dirs is not None else load_config().content_dirs, []
    )
    try:
        return load_library(dirs)
    except ContentError:
        return load_library(())
