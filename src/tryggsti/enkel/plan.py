"""Trygghetsplan as lines: every section read out, and one section edited at a time."""

from __future__ import annotations

from tryggsti.dates import long_date_with_year
from tryggsti.domain.records import InvalidRecord
from tryggsti.enkel.output import Ended, Option
from tryggsti.services.safety_plan import CONTACT_SECTIONS, SECTIONS, section_text, set_section
from tryggsti.strings import t


def _section_lines(plan, section: str) -> list[str]:
    return [line for line in section_text(plan, section).splitlines() if line.strip()]


def show(app) -> None:
    term = app.terminal
    plan = app.session.data.safety_plan
    term.heading(t("plan.title"))
    term.paragraph(t("enkel.plan_lead"))
    for section in SECTIONS:
        term.subheading(t(f"plan.{section}"))
        lines = _section_lines(plan, section)
        if lines:
            term.items(lines)
        else:
            term.write(t("plan.section_empty"))
    if plan.updated_at is not None:
        term.blank()
        term.write(t("plan.updated", date=long_date_with_year(plan.updated_at.date())))


def run(app) -> None:
    term = app.terminal
    show(app)
    options = [Option(section, t(f"plan.{section}")) for section in SECTIONS]
    while True:
        term.subheading(t("plan.edit_title"))
        section = term.choose(options)
        if section is None:
            return
        edit(app, section)


def _store(app, section: str, lines: list[str]) -> bool:
    try:
        set_section(app.session, section, "\n".join(lines))
    except InvalidRecord as problem:
        key = f"plan.problem_{problem.field}"
        known = problem.field in ("name", "phone", "note")
        app.terminal.write(
            t(key) if known else t("errors.invalid_value", field=t(f"plan.{section}"))
        )
        return False
    app.terminal.write(t("plan.saved"))
    return True


def _new_lines(app, section: str) -> list[str]:
    """Lines typed one by one until an empty one; at the end of input what was typed is
    saved before leaving."""
    term = app.terminal
    lines: list[str] = []
    try:
        while True:
            line = term.ask(t("enkel.plan_line", number=len(lines) + 1))
            if not line:
                return lines
            lines.append(line)
    except Ended:
        if lines:
            _store(app, section, [*_section_lines(app.session.data.safety_plan, section), *lines])
        raise


def edit(app, section: str) -> None:
    term = app.terminal
    while True:
        term.heading(t(f"plan.{section}"))
        help_key = f"plan.{section}_help"
        if section != "professionals":
            term.paragraph(t(help_key))
        term.paragraph(
            t("plan.contact_hint") if section in CONTACT_SECTIONS else t("enkel.plan_hint")
        )
        lines = _section_lines(app.session.data.safety_plan, section)
        if lines:
            for number, line in enumerate(lines, start=1):
                term.write(f"{number}. {line}")
        else:
            term.write(t("plan.section_empty"))
        term.blank()
        options = [Option("add", t("enkel.plan_add"))]
        if lines:
            options.append(Option("remove", t("enkel.plan_remove")))
            options.append(Option("replace", t("enkel.plan_replace")))
        choice = term.choose(options)
        if choice is None:
            return
        if choice == "add":
            added = _new_lines(app, section)
            if added:
                _store(app, section, [*lines, *added])
        elif choice == "replace":
            _store(app, section, _new_lines(app, section))
        else:
            number = term.number(t("enkel.plan_remove_which", count=len(lines)), 1, len(lines))
            if number is not None:
                _store(app, section, [line for i, line in enumerate(lines, 1) if i != number])
