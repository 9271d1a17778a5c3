"""The report as Markdown: headings, short lists and tables, readable as plain text too."""

from __future__ import annotations

import re

from tryggsti.domain.report import Report
from tryggsti.domain.text import clean_line
from tryggsti.services import report_text as words
from tryggsti.services.safety_plan import SECTIONS as PLAN_SECTIONS
from tryggsti.strings import t

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def esc(text: str) -> str:
    """User text, with Markdown's special characters made plain and lines kept together.

    Newlines, bare CRs and tabs become spaces and control characters go, so a cell or a
    list item can never be split or carry a terminal escape.
    """
    return _SPECIAL.sub(r"\\\1", clean_line(text))


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A Markdown table; every cell is escaped here, so callers pass plain text."""
    lines = ["| " + " | ".join(esc(h) for h in header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(esc(cell) for cell in row) + " |" for row in rows)
    return lines


def render_markdown(report: Report) -> str:
    out = [
        f"# {words.title()}",
        "",
        words.period_line(report),
        "",
        f"*{t('report.not_encrypted')}*",
        "",
        words.harm_notice(report),
        "",
        f"## {t('report.glance_title')}",
        "",
        *(f"- {line}" for line in words.glance_lines(report)),
    ]
    for section in report.sections:
        out += ["", f"## {words.heading(section)}", ""]
        out += SECTION_WRITERS[section](report)
    return "\n".join(out) + "\n"


def _checkins(report: Report) -> list[str]:
    return [f"- {line}" for line in words.checkin_lines(report)]


def _trends(report: Report) -> list[str]:
    return [t("report.trends_lead"), "", *table(*words.week_table(report))]


def _substance(report: Report) -> list[str]:
    if not report.substance_rows:
        return [t("report.no_substance")]
    lines = [t("report.substance_lead", count=sum(report.used_days))]
    lines += [f"- {esc(words.substance_line(report, entry))}" for entry in report.substance_rows]
    return lines


def _harm(report: Report) -> list[str]:
    lead, dates, answered = words.harm_lines(report)
    return [lead, *(f"- {day}" for day in dates), *(["", answered] if answered else [])]


def _grounding(report: Report) -> list[str]:
    if not report.grounding:
        return [t("report.no_grounding")]
    return table(*words.grounding_table(report))


def _commitments(report: Report) -> list[str]:
    if not report.commitments:
        return [t("report.no_commitments")]
    return table(*words.commitment_table(report))


def _oas(report: Report) -> list[str]:
    if not report.oas:
        return [t("report.no_oas")]
    return [t("report.oas_lead"), "", *table(*words.oas_table(report))]


def _homework(report: Report) -> list[str]:
    if not report.homework:
        return [t("report.no_homework")]
    lines: list[str] = []
    for progress in report.homework:
        lines += [f"### {esc(words.homework_heading(progress))}", ""]
        if progress.homework.note:
            lines += [f"> {esc(progress.homework.note)}", ""]
        lines += [*table(*words.homework_table(report, progress)), ""]
    return [*lines, t("report.homework_how")]


def _plan(report: Report) -> list[str]:
    plan = report.safety_plan
    lines: list[str] = []
    for section in PLAN_SECTIONS:
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


def _relapses(report: Report) -> list[str]:
    if not report.relapses:
        return [t("report.no_relapses")]
    lines: list[str] = []
    for row in report.relapses:
        lines += [f"**{words.moment(row.at)}**", ""]
        for name, answer in words.relapse_answers(row):
            lines.append(f"- {t(f'report.relapse_{name}')}: {esc(answer)}")
        lines.append("")
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
    "tanker": _harm,
    "jording": _grounding,
    "forpliktelser": _commitments,
    "oas": _oas,
    "hjemmeoppgaver": _homework,
    "trygghetsplan": _plan,
    "refleksjoner": _reflections,
    "etter-rus": _relapses,
    "notater": _notes,
}
