"""The safety plan's sections, edited one at a time as lines of text."""

from __future__ import annotations

from tryggsti.domain.plan_sections import PLAN_SECTIONS
from tryggsti.domain.records import LINE_LIMIT, Contact, InvalidRecord, SafetyPlan
from tryggsti.domain.text import clean_text
from tryggsti.services.session import VaultSession

LIST_SECTIONS = (
    "warning_signs",
    "inner_coping",
    "distractions",
    "safer_surroundings",
    "reasons_to_live",
)
CONTACT_SECTIONS = ("help_contacts", "professionals")
SECTIONS = PLAN_SECTIONS  # one list, shared with the content's {plan:...} references
SEPARATOR = "|"


def section_text(plan: SafetyPlan, section: str) -> str:
    """The section as lines to edit; contacts as `navn | telefon | notat`."""
    items = getattr(plan, section)
    if section in CONTACT_SECTIONS:
        return "\n".join(_contact_line(contact) for contact in items)
    return "\n".join(items)


def _contact_line(contact: Contact) -> str:
    parts = [contact.name, contact.phone, contact.note]
    while parts and not parts[-1]:
        parts.pop()
    return f" {SEPARATOR} ".join(parts)


def parse_contacts(text: str, *, keep_everything: bool = False) -> list[Contact]:
    """One contact per line: name, then phone and note after `|`.

    Bad lines raise InvalidRecord, unless `keep_everything` is set (locking in a hurry):
    then such a line is kept whole as the name, so no typing is lost.
    """
    contacts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split(SEPARATOR)]
        name, phone, note = [*parts, "", ""][:3]
        if len(parts) > 3:
            note = f" {SEPARATOR} ".join(parts[2:])
        try:
            contacts.append(Contact(name=name, phone=phone, note=note))
        except InvalidRecord:
            if not keep_everything:
                raise
            contacts.append(Contact(name=line.strip()[:LINE_LIMIT]))
    return contacts


def set_section(
    session: VaultSession, section: str, text: str, *, keep_everything: bool = False
) -> None:
    """Replace one section from edited text. Raises InvalidRecord and changes nothing then."""
    if section not in SECTIONS:
        raise KeyError(section)
    text = clean_text(text).replace("\t", " ")  # a bare CR starts a new line, as it looks
    if section in CONTACT_SECTIONS:
        value: list = parse_contacts(text, keep_everything=keep_everything)
    else:
        value = [line.strip() for line in text.splitlines() if line.strip()]
    plan = session.data.safety_plan
    setattr(plan, section, value)
    plan.updated_at = session.clock()
    session.save()
