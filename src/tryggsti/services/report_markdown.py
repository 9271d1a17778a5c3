"""The report as Markdown: headings, short lists and tables, readable as plain text too."""

from __future__ import annotations

import re

from tryggsti.dates import long_date
from tryggsti.domain.report import Report, change, weeks
from tryggsti.services import report_text as words
from tryggsti.strings import t

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def esc(text: str) -> str:
    """User text, with Markdown's special characters made plain and lines kept together."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return lines


def render_markdown(report: Report) -> str:
    out = [
        f"# {words.title()}",
        "",
        words.period_line(report),
        "",
        f"*{t('report.not_encrypted')}*",
    ]
    for section in report.sections:
        out += ["", f"## {words.heading(section)}", ""]
        out += SECTION_WRITERS[section](report)
    return "\n".join(out) + "\n"


def _checkins(report: Report) -> list[str]:
    return [f"- {line}" for line in words.checkin_lines(report)]


def _trends(report: Report) -> list[str]:
    rows = [
        [
            long_date(week.start),
            words.number(week.averages["mood"]),
            words.number(week.averages["distress"]),
            words.number(week.averages["craving"]),
            str(week.used_days),
        ]
        for week in weeks(report)
    ]
    header = [t(f"report.col_{key}") for key in ("week", "mood", "distress", "craving", "used")]
    return [t("report.trends_lead"), "", *table(header, rows)]


def _substance(report: Report) -> list[str]:
    if not report.substance_rows:
        return [t("report.no_substance")]
    lines = [t("report.substance_lead", count=sum(report.used_days))]
    for entry in report.substance_rows:
        detail = ""
        if report.has("notater"):
            parts = [p for p in (entry.substance_what, entry.substance_amount) if p]
            detail = f": {esc(', '.join(parts))}" if parts else ""
        lines.append(f"- {words.moment(entry.at)}{detail}")
    return lines


def _grounding(report: Report) -> list[str]:
    if not report.grounding:
        return [t("report.no_grounding")]
    rows = [
        [
            words.moment(row.at),
            esc(row.title),
            words.signed(row.before).lstrip("+"),
            words.signed(row.after).lstrip("+"),
            words.signed(change(row.before, row.after)),
        ]
        for row in report.grounding
    ]
    header = [t(f"report.col_{key}") for key in ("when", "exercise", "before", "after", "change")]
    return table(header, rows)


def _commitments(report: Report) -> list[str]:
    if not report.commitments:
        return [t("report.no_commitments")]
    rows = [
        [esc(c.text), long_date(c.due) if c.due else "–", words.status_name(c.status)]
        for c in report.commitments
    ]
    header = [t(f"report.col_{key}") for key in ("commitment", "due", "status")]
    return table(header, rows)


def _oas(report: Report) -> list[str]:
    if not report.oas:
        return [t("report.no_oas")]
    header = [t("report.col_when"), t("report.col_total")] + [
        name for _, name in report.oas_subscales
    ]
    rows = [
        [words.moment(row.at), str(row.scores.total)]
        + [str(row.scores.subscales[sid]) for sid, _ in report.oas_subscales]
        for row in report.oas
    ]
    return [t("report.oas_lead"), "", *table(header, rows)]


def _homework(report: Report) -> list[str]:
    if not report.homework:
        return [t("report.no_homework")]
    lines: list[str] = []
    for progress in report.homework:
        lines += [f"### {esc(words.homework_heading(progress))}", ""]
        if progress.homework.note:
            lines += [f"> {esc(progress.homework.note)}", ""]
        rows = [
            [esc(words.item_name(report, item.kind, item.ref)), f"{item.done} / {item.target}"]
            for item in progress.items
        ]
        lines += [*table([t("report.col_task"), t("report.col_done")], rows), ""]
    return lines[:-1]


def _plan(report: Report) -> list[str]:
    plan = report.safety_plan
    lines: list[str] = []
    for section in words.PLAN_SECTIONS:
        items = words.plan_items(plan, section)
        lines += [f"### {t(f'plan.{section}')}", ""]
        lines += [f"- {esc(item)}" for item in items] or [f"*{t('plan.section_empty')}*"]
        lines.append("")
    return lines[:-1]


def _reflections(report: Report) -> list[str]:
    if not report.reflections:
        return [t("report.no_reflections")]
    lines: list[str] = []
    for row in report.reflections:
        lines += [f"**{esc(row.topic)}: {esc(row.question)}**", "", esc(row.answer), ""]
    return lines[:-1]


def _notes(report: Report) -> list[str]:
    if not report.notes:
        return [t("report.no_notes")]
    return [
        f"- {words.moment(row.at)} ({words.note_kind(row.kind)}): {esc(row.text)}"
        for row in report.notes
    ]


SECTION_WRITERS = {
    "innsjekk": _checkins,
    "trender": _trends,
    "rus": _substance,
    "jording": _grounding,
    "forpliktelser": _commitments,
    "oas": _oas,
    "lekser": _homework,
    "trygghetsplan": _plan,
    "refleksjoner": _reflections,
    "notater": _notes,
}
