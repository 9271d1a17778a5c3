"""The safety plan on paper: one A4 page with the whole plan, the crisis lines and the day
they were checked, and a pocket card to cut out and fold. Self-contained HTML, no scripts.

The page must stay one page (a test prints it in headless Chromium): the type gets smaller
as the plan gets longer, and the pocket card holds the first few items of each part, not
the whole plan, which is above it on the same sheet.
"""

from __future__ import annotations

from datetime import date
from html import escape

from tryggsti.dates import long_date_with_year
from tryggsti.domain.help_lines import Resources
from tryggsti.domain.records import SafetyPlan
from tryggsti.domain.text import clean_line
from tryggsti.services.help_lines import hours_text
from tryggsti.services.safety_plan import CONTACT_SECTIONS, SECTIONS
from tryggsti.strings import t

# The type gets smaller as the plan gets longer, in these steps (pt), so the sheet stays one
# page. The measures below are of this page's own layout (A4, the parts in two columns of
# 89 mm, about 155 mm of each column left over by the title, the lines and the card).
SIZES = (9.5, 9.0, 8.5, 8.0, 7.5, 7.0, 6.5, 6.0, 5.5)
COLUMN_MM = 89.0
COLUMN_HEIGHT_MM = 150.0  # a little less than measured, for the browser's own rounding
MM_PER_PT = 0.3528
LETTER_EM = 0.56  # the mean width of a letter in DejaVu Sans, in em
LINE = 1.3
CARD_ITEMS = 3  # per part on the pocket card
CARD_TEXT = 46  # letters per item on the card

STYLE = """
@page { size: A4; margin: 11mm 12mm; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1d2326;
       font-size: var(--size); line-height: 1.3; }
.sheet { width: 186mm; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0; color: #1f5e49; }
p { margin: 0.6mm 0; }
p.meta { color: #4a5559; font-size: 8.5pt; }
.parts { columns: 2; column-gap: 7mm; margin-top: 3mm; }
.part { break-inside: avoid; margin: 0 0 2.6mm; }
h2 { font-size: 1.08em; margin: 0 0 0.6mm; color: #1f5e49;
     border-bottom: 0.6pt solid #2a7d5f; }
ul { margin: 0; padding-left: 4.5mm; }
li { margin: 0.3mm 0; }
.empty { color: #6b7679; font-style: italic; }
.phone { font-weight: bold; white-space: nowrap; }
.lines { border: 1pt solid #b5542b; padding: 1.6mm 3mm; margin-top: 1mm; font-size: 9pt;
         break-inside: avoid; }
.lines h2 { color: #b5542b; border: none; }
.lines ul { columns: 2; column-gap: 6mm; }
.notice { font-size: 7.5pt; color: #6b4a3a; margin-top: 1.6mm; }
.cut { margin-top: 4mm; border-top: 0.8pt dashed #6b7679; padding-top: 1mm; font-size: 7pt;
       color: #4a5559; text-align: center; }
.card { display: flex; width: 170mm; height: 54mm; margin: 2mm auto 0;
        border: 0.8pt dashed #6b7679; break-inside: avoid; }
.panel { width: 85mm; height: 54mm; padding: 2.5mm 3mm; overflow: hidden;
         font-size: 6.6pt; line-height: 1.25; }
.panel + .panel { border-left: 0.8pt dotted #2a7d5f; }
.panel h3 { font-size: 8pt; margin: 0 0 0.8mm; color: #1f5e49; }
.panel h4 { font-size: 6.8pt; margin: 1mm 0 0.2mm; }
.panel ul { padding-left: 3mm; }
.panel .lines-short { margin-top: 1mm; border-top: 0.6pt solid #b5542b; padding-top: 0.6mm; }
.fold { font-size: 6pt; color: #6b7679; text-align: center; margin-top: 0.8mm; }
@media screen { body { background: #f3f5f4; } .sheet { background: #fff; padding: 10mm;
                margin: 5mm auto; width: 210mm; } }
"""


def e(text: object) -> str:
    return escape(clean_line(str(text)), quote=True)


def _items(plan: SafetyPlan, section: str) -> list[str]:
    """The part's items as HTML (already escaped): a contact's phone in bold."""
    items = getattr(plan, section)
    if section not in CONTACT_SECTIONS:
        return [e(item) for item in items]
    shown = []
    for contact in items:
        parts = [e(contact.name)]
        if contact.phone:
            parts.append(f'<span class="phone">{e(contact.phone)}</span>')
        if contact.note:
            parts.append(e(contact.note))
        shown.append(" · ".join(parts))
    return shown


def _plain_items(plan: SafetyPlan, section: str) -> list[str]:
    items = getattr(plan, section)
    if section in CONTACT_SECTIONS:
        return [" ".join(p for p in (c.name, c.phone, c.note) if p) for c in items]
    return list(items)


def _part_heights(plan: SafetyPlan, size: float) -> list[float]:
    """How tall each part is at `size` pt, in mm: its heading, its items, the space after."""
    line = LINE * size * MM_PER_PT
    letters = int(COLUMN_MM / (LETTER_EM * size * MM_PER_PT))
    heights = []
    for number, section in enumerate(SECTIONS, start=1):
        heading = f"{number}. {t(f'plan.{section}')}"
        height = -(-len(heading) * 1.08 // letters) * line * 1.08 + 3.4
        items = _plain_items(plan, section) or [t("plan.section_empty")]
        height += sum(-(-len(clean_line(item)) // (letters - 3)) for item in items) * line
        height += 0.6 * len(items) * MM_PER_PT * size / 3
        heights.append(height)
    return heights


def type_size(plan: SafetyPlan) -> float:
    """The largest type at which every part fits in the two columns, none split."""
    for size in SIZES:
        heights = _part_heights(plan, size)
        # Parts are never split, so a column may end with a gap up to the tallest part.
        if max(heights) <= COLUMN_HEIGHT_MM and sum(heights) + max(heights) <= (
            2 * COLUMN_HEIGHT_MM
        ):
            return size
    return SIZES[-1]


def _short(text: str) -> str:
    text = clean_line(text)
    return text if len(text) <= CARD_TEXT else text[: CARD_TEXT - 1].rstrip() + "…"


def _crisis(resources: Resources) -> list[tuple[str, str, str]]:
    """(name, number, hours) of the crisis lines that have a number, in the file's order."""
    return [
        (line.name, line.number, hours_text(line.hours) if line.hours else "")
        for line in resources.crisis_lines
        if line.number
    ]


def render_plan(plan: SafetyPlan, resources: Resources, *, today: date, name: str = "") -> str:
    parts = []
    for number, section in enumerate(SECTIONS, start=1):
        items = _items(plan, section)
        body = (
            "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
            if items
            else f'<p class="empty">{e(t("plan.section_empty"))}</p>'
        )
        heading = f"{number}. {t(f'plan.{section}')}"
        parts.append(f'<div class="part" id="{section}"><h2>{e(heading)}</h2>{body}</div>')
    lines = "".join(
        f'<li>{e(line_name)}: <span class="phone">{e(number)}</span>'
        + (f" ({e(hours)})" if hours else "")
        + "</li>"
        for line_name, number, hours in _crisis(resources)
    )
    checked = t("plan_print.checked", date=long_date_with_year(resources.last_checked))
    meta = [t("plan_print.printed", date=long_date_with_year(today))]
    if plan.updated_at is not None:
        meta.insert(0, t("plan.updated", date=long_date_with_year(plan.updated_at.date())))
    title = t("plan_print.title_for", name=name) if name else t("plan_print.title")
    sheet = (
        f"<h1>{e(title)}</h1>"
        f'<p class="meta">{e(" ".join(meta))}</p>'
        f'<p class="meta">{e(t("plan_print.lead"))}</p>'
        f'<div class="parts">{"".join(parts)}</div>'
        f'<div class="lines" id="hjelpetelefoner"><h2>{e(t("plan_print.lines_title"))}</h2>'
        f"<ul>{lines}</ul><p>{e(checked)}</p></div>"
        f'<p class="notice">{e(t("plan_print.notice"))}</p>'
        f'<p class="cut">{e(t("plan_print.cut"))}</p>'
        f"{_card(plan, resources)}"
    )
    size = type_size(plan)
    return (
        '<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8"/>'
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>'
        f"<title>{e(title)}</title><style>{STYLE}</style></head>"
        f'<body style="--size: {size}pt"><div class="sheet">{sheet}</div></body></html>\n'
    )


def _card_part(plan: SafetyPlan, section: str, heading_key: str) -> str:
    items = _plain_items(plan, section)[:CARD_ITEMS]
    if not items:
        return ""
    shown = "".join(f"<li>{e(_short(item))}</li>" for item in items)
    return f"<h4>{e(t(heading_key))}</h4><ul>{shown}</ul>"


def _card(plan: SafetyPlan, resources: Resources) -> str:
    first = (
        f"<h3>{e(t('plan_print.card_title'))}</h3>"
        + _card_part(plan, "warning_signs", "plan_print.card_signs")
        + _card_part(plan, "inner_coping", "plan_print.card_coping")
        + _card_part(plan, "reasons_to_live", "plan_print.card_reasons")
    )
    short_lines = "".join(
        f"<li>{e(line_name)}: <b>{e(number)}</b></li>"
        for line_name, number, _ in _crisis(resources)[:4]
    )
    second = (
        f"<h3>{e(t('plan_print.card_call'))}</h3>"
        + _card_part(plan, "help_contacts", "plan_print.card_people")
        + _card_part(plan, "professionals", "plan_print.card_professionals")
        + f'<div class="lines-short"><ul>{short_lines}</ul></div>'
    )
    return (
        f'<div class="card" id="lommekort"><div class="panel">{first}</div>'
        f'<div class="panel">{second}</div></div>'
        f'<p class="fold">{e(t("plan_print.fold"))}</p>'
    )
