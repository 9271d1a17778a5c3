"""Hjelp nå as lines: the crisis lines (open now or not), the person's own plan, the
paragraphs on suicide and overdose, a short grounding and the page for family."""

from __future__ import annotations

from datetime import datetime

from tryggsti.dates import short_date
from tryggsti.domain.text import clean_line
from tryggsti.enkel.output import Option
from tryggsti.services.help_lines import rows
from tryggsti.services.safety_response_text import overdose_steps
from tryggsti.strings import lookup, t

SHORT_GROUNDING = "her-og-naa"  # the full app's Hjelp nå starts the same one


def crisis_lines(resources, now: datetime, *, everything: bool = False) -> list[str]:
    """Every help line as one sentence-like line, in the full app's order (113, 112 and
    116 117 first, then the open ones), with the date the numbers were checked."""

    lines = [t("crisis.heading")]
    for row in rows(resources, now, everything=everything):
        details = [part for part in (row.status, row.hours) if part]
        lines.append(
            t("enkel.help_line", number=row.number, name=row.line.name)
            + (f" ({', '.join(details)})" if details else "")
        )
        if everything:
            extra = [row.line.when]
            if row.line.audience:
                extra.append(t("help_lines.audience", audience=row.line.audience))
            if row.line.web and row.line.number:
                extra.append(t("help_lines.web", address=row.line.web))
            if row.chat:
                extra.append(row.chat)
            lines.extend(f"  {part}" for part in extra if part)
    checked = resources.last_checked
    lines.append(t("crisis.last_checked", date=f"{short_date(checked)} {checked.year}"))
    return lines


def own_contacts(session) -> list[str]:
    """The people and services in the person's own plan, with their numbers."""
    plan = session.data.safety_plan
    contacts = [*plan.help_contacts, *plan.professionals]
    if not contacts:
        return []
    lines = [t("help_now.my_contacts")]
    for contact in contacts:
        note = f" ({clean_line(contact.note)})" if contact.note else ""
        lines.append(f"- {clean_line(contact.name)}: {clean_line(contact.phone)}{note}")
    return lines


def own_plan_lines(session) -> list[str]:
    """The person's own contacts, warning signs and coping, in their words."""
    if session is None:
        return [t("help_now.locked_plan")]
    plan = session.data.safety_plan
    lines = own_contacts(session)
    for heading, items in (
        ("help_now.my_warning_signs", plan.warning_signs),
        ("help_now.my_coping", plan.inner_coping),
    ):
        if items:
            lines.append(t(heading))
            lines.extend(f"- {clean_line(item)}" for item in items)
    return lines or [t("help_now.empty_plan")]


def show(app) -> None:
    term = app.terminal
    term.heading(t("help_now.title"))
    term.paragraph(t("help_now.lead"))
    for line in crisis_lines(app.resources, app.now(), everything=True):
        term.write(line)
    term.blank()
    for line in own_plan_lines(app.session):
        term.write(line)
    term.subheading(t("help_now.suicide_heading"))
    term.paragraph(t("help_now.suicide"))
    for number, step in enumerate(lookup("help_now.suicide_steps"), start=1):
        term.write(f"{number}. {step}")  # numbered steps whole, one a line
    term.paragraph(t("help_now.suicide_means"))
    print_lines(term, overdose_steps())


def print_lines(term, lines) -> None:
    """Lines of the response's words: headings as subheadings, numbered steps whole."""
    for line in lines:
        if line.kind == "heading":
            term.subheading(line.text)
        elif line.kind == "step":
            term.write(line.text)
        else:
            term.wrapped(line.text)


def run(app) -> None:
    from tryggsti.enkel import grounding  # noqa: PLC0415 (a flow loads when first opened)

    term = app.terminal
    show(app)
    options = [
        Option("ground", t("help_now.start_grounding"), "g"),
        Option("relatives", t("help_now.relatives"), "p"),
    ]
    while True:
        choice = term.choose(options)
        if choice is None:
            return
        if choice == "ground":
            grounding.play(app, SHORT_GROUNDING)
        else:
            page = app.library.relatives
            term.heading(page.title)
            for section in page.sections:
                term.subheading(section.heading)
                term.paragraph(section.body)
