"""The report as one self-contained HTML file: prints on A4, charts as inline SVG, no scripts.

Written as well-formed XML (every tag closed, every text escaped), so a strict parser can
check it and any browser can show it offline.
"""

from __future__ import annotations

from html import escape

from tryggsti.dates import short_date
from tryggsti.domain.report import Report
from tryggsti.domain.text import clean_text
from tryggsti.services import report_text as words
from tryggsti.services.report_svg import bar_chart, line_chart
from tryggsti.services.safety_plan import SECTIONS as PLAN_SECTIONS
from tryggsti.strings import t

STYLE = """
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 10.5pt;
       color: #1d2326; line-height: 1.45; max-width: 180mm; margin: 0 auto; padding: 8mm 0; }
h1 { font-size: 20pt; margin: 0 0 2mm; color: #1f5e49; }
h2 { font-size: 13.5pt; margin: 8mm 0 2mm; padding-bottom: 1mm; border-bottom: 1.5pt solid #2a7d5f;
     color: #1f5e49; break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
p.meta { color: #4a5559; margin: 0; }
p.notice { border-left: 3pt solid #b5542b; padding: 1mm 3mm; background: #fbf1ec; }
section { break-inside: avoid-page; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 9.5pt; }
th, td { border-bottom: 0.5pt solid #c9d1d3; padding: 1.2mm 2mm; text-align: left;
         vertical-align: top; }
th { background: #eef4f1; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
ul { margin: 1mm 0; padding-left: 6mm; }
svg.chart { width: 100%; height: auto; margin: 2mm 0; }
figure { margin: 2mm 0; } figcaption { color: #4a5559; font-size: 9.5pt; }
p.harm-notice { margin: 2mm 0 0; }
svg .grid { stroke: #d5dcde; stroke-width: 1; }
svg .tick { font-size: 11px; fill: #4a5559; }
svg .end { text-anchor: end; } svg .start { text-anchor: start; }
svg .middle { text-anchor: middle; }
svg .mark { fill: #b5542b; } svg .bar { fill: #2a7d5f; }
blockquote { margin: 1mm 0 3mm 4mm; padding-left: 3mm; border-left: 2pt solid #c9d1d3; }
@media print { body { padding: 0; } p.notice { background: none; } }
"""


def e(text: object) -> str:
    """Text for HTML: escaped, and without control characters (XML does not allow them)."""
    return escape(clean_text(str(text)), quote=True)


def table(
    header: list[str], rows: list[list[str]], numeric: frozenset[int] | set[int] = frozenset()
) -> str:
    def cell(tag: str, index: int, value: str) -> str:
        css = ' class="n"' if index in numeric else ""
        return f"<{tag}{css}>{value}</{tag}>"

    head = "".join(cell("th", i, e(h)) for i, h in enumerate(header))
    body = "".join(
        "<tr>" + "".join(cell("td", i, e(v)) for i, v in enumerate(row)) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def p(text: str) -> str:
    return f"<p>{e(text)}</p>"


def render_html(report: Report) -> str:
    body = [
        f"<h1>{e(words.title())}</h1>",
        f'<p class="meta">{e(words.period_line(report))}</p>',
        f'<p class="notice">{e(t("report.not_encrypted"))}</p>',
        f'<p class="harm-notice">{e(words.harm_notice(report))}</p>',
        f'<section id="kort"><h2>{e(t("report.glance_title"))}</h2><ul>'
        + "".join(f"<li>{e(line)}</li>" for line in words.glance_lines(report))
        + "</ul></section>",
    ]
    for section in report.sections:
        content = SECTION_WRITERS[section](report)
        body.append(
            f'<section id="{section}"><h2>{e(words.heading(section))}</h2>{content}</section>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{e(words.title())}</title><style>{STYLE}</style></head>"
        f"<body>{''.join(body)}</body></html>\n"
    )


def _checkins(report: Report) -> str:
    return "<ul>" + "".join(f"<li>{e(line)}</li>" for line in words.checkin_lines(report)) + "</ul>"


def _trends(report: Report) -> str:
    names = {m: t(f"report.col_{m}") for m in ("mood", "distress", "craving")}
    chart = line_chart(
        report.series,
        names,
        report.used_days,
        short_date(report.period.start),
        short_date(report.period.end),
        t("report.trends_chart"),
    )
    # The chart plots days and says so; the paragraph «per uke» belongs to the week table.
    return (
        f"<figure>{chart}<figcaption>{e(t('report.trends_chart_caption'))}</figcaption></figure>"
        + p(t("report.trends_lead"))
        + table(*words.week_table(report), {1, 2, 3, 4})
    )


def _substance(report: Report) -> str:
    if not report.substance_rows:
        return p(t("report.no_substance"))
    items = [
        f"<li>{e(words.substance_line(report, entry))}</li>" for entry in report.substance_rows
    ]
    return p(t("report.substance_lead", count=sum(report.used_days))) + f"<ul>{''.join(items)}</ul>"


def _harm(report: Report) -> str:
    lead, dates, answered = words.harm_lines(report)
    items = f"<ul>{''.join(f'<li>{e(day)}</li>' for day in dates)}</ul>" if dates else ""
    return p(lead) + items + (p(answered) if answered else "")


def _grounding(report: Report) -> str:
    if not report.grounding:
        return p(t("report.no_grounding"))
    return table(*words.grounding_table(report), {2, 3, 4})


def _commitments(report: Report) -> str:
    if not report.commitments:
        return p(t("report.no_commitments"))
    return table(*words.commitment_table(report))


def _oas(report: Report) -> str:
    if not report.oas:
        return p(t("report.no_oas"))
    first = report.oas[0].scores
    chart = bar_chart(
        [row.scores.total for row in report.oas],
        [short_date(row.at.date()) for row in report.oas],
        first.total_min,
        first.total_max,
        t("report.oas_chart"),
    )
    header, rows = words.oas_table(report)
    numeric = set(range(1, len(header)))
    return p(t("report.oas_lead")) + chart + table(header, rows, numeric)


def _homework(report: Report) -> str:
    if not report.homework:
        return p(t("report.no_homework"))
    parts = []
    for progress in report.homework:
        parts.append(f"<h3>{e(words.homework_heading(progress))}</h3>")
        if progress.homework.note:
            parts.append(f"<blockquote>{e(progress.homework.note)}</blockquote>")
        parts.append(table(*words.homework_table(report, progress), {1}))
    parts.append(p(t("report.homework_how")))
    return "".join(parts)


def _plan(report: Report) -> str:
    parts = []
    for section in PLAN_SECTIONS:
        items = words.plan_items(report.safety_plan, section)
        parts.append(f"<h3>{e(t(f'plan.{section}'))}</h3>")
        if items:
            parts.append("<ul>" + "".join(f"<li>{e(item)}</li>" for item in items) + "</ul>")
        else:
            parts.append(p(t("plan.section_empty")))
    return "".join(parts)


def _reflections(report: Report) -> str:
    if not report.reflections:
        return p(t("report.no_reflections"))
    return "".join(
        f"<h3>{e(row.topic)}</h3><p><b>{e(row.question)}</b></p><blockquote>{e(row.answer)}</blockquote>"
        for row in report.reflections
    )


def _relapses(report: Report) -> str:
    if not report.relapses:
        return p(t("report.no_relapses"))
    parts = []
    for row in report.relapses:
        items = "".join(
            f"<li><b>{e(t(f'report.relapse_{name}'))}:</b> {e(answer)}</li>"
            for name, answer in words.relapse_answers(row)
        )
        parts.append(f"<h3>{e(words.moment(row.at))}</h3><ul>{items}</ul>")
    return "".join(parts)


def _notes(report: Report) -> str:
    if not report.notes:
        return p(t("report.no_notes"))
    items = "".join(
        f"<li><b>{e(words.moment(row.at))}</b> ({e(words.note_kind(row.kind))}): {e(row.text)}</li>"
        for row in report.notes
    )
    return f"<ul>{items}</ul>"


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
