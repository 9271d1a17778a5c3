"""The check-ins for a spreadsheet: one row each, the chosen sections' columns.

UTF-8 with a byte order mark and «;» between fields, as Norwegian Excel opens a file on a
double-click; numbers with a decimal comma. The columns are documented in
docs/csv-kolonner.md (a test keeps the two in step).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from tryggsti.domain.records import CheckIn
from tryggsti.domain.report import Report
from tryggsti.domain.text import clean_line
from tryggsti.strings import t

BOM = "\ufeff"


def _scale(value: int | None) -> str:
    return "" if value is None else str(value)


def _yes_no(value: bool | None) -> str:
    if value is None:
        return ""
    return t("report_csv.yes") if value else t("report_csv.no")


def _hours(value: float | None) -> str:
    return "" if value is None else f"{value:g}".replace(".", ",")


# (column id, the section that brings it, the cell). The first two always come; the
# header's words are in the string table (report_csv.col_<id>).
Column = tuple[str, str | None, Callable[[CheckIn], str]]
COLUMNS: tuple[Column, ...] = (
    ("date", None, lambda c: c.at.date().isoformat()),
    ("time", None, lambda c: c.at.strftime("%H:%M")),
    ("mood", "innsjekk", lambda c: _scale(c.mood)),
    ("distress", "innsjekk", lambda c: _scale(c.distress)),
    ("craving", "innsjekk", lambda c: _scale(c.craving)),
    ("sleep", "innsjekk", lambda c: _hours(c.sleep_hours)),
    ("used", "rus", lambda c: _yes_no(c.substance_use)),
    ("unsafe", "innsjekk", lambda c: _yes_no(c.unsafe_behaviour)),
    ("harm_thoughts", "tanker", lambda c: _yes_no(c.harm_thoughts)),
    ("substance", "notater", lambda c: clean_line(c.substance_what)),
    ("amount", "notater", lambda c: clean_line(c.substance_amount)),
    ("unsafe_note", "notater", lambda c: clean_line(c.unsafe_note)),
    ("note", "notater", lambda c: clean_line(c.note)),
)


def columns_for(sections: tuple[str, ...]) -> list[Column]:
    return [column for column in COLUMNS if column[1] is None or column[1] in sections]


def header(sections: tuple[str, ...]) -> list[str]:
    return [t(f"report_csv.col_{name}") for name, _, _ in columns_for(sections)]


def render_csv(report: Report) -> str:
    chosen = columns_for(report.sections)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header(report.sections))
    for entry in report.checkins:
        writer.writerow([_spreadsheet_safe(cell(entry)) for _, _, cell in chosen])
    return BOM + out.getvalue()


def _spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula («=», «+», «-», «@») starts with «'»,
    so the person's own words stay words."""
    if cell and cell[0] in "=+-@" and not _is_number(cell):
        return "'" + cell
    return cell


def _is_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True
