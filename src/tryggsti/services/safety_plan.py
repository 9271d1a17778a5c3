"""The safety plan's sections, edited one at a time as lines of text."""

from __future__ import annotations

import re

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
CONTACT_SECTIONS = ("help_contacts", "professionals", "childcare")
SECTIONS = PLAN_SECTIONS  # one list, shared with the content's {plan:...} references
SEPARATOR = "|"


def section_text(plan: SafetyPlan, section: str) -> str:
    """The section as lines to edit; contacts as `navn | telefon | notat`."""
    items = getattr(plan, section)
    if section in CONTACT_SECTIONS:
        return "\n".join(_contact_line(contact) for contact in items)
    return "\n".join(items)


def _contact_line(contact: Contact) -> str:
    """As the person would write it («Kari 900 00 000 søster»); with «|» only where that
    would be read back differently (digits in a name, a note without a number)."""
    parts = [contact.name, contact.phone, contact.note]
    while parts and not parts[-1]:
        parts.pop()
    simple = " ".join(parts)
    if split_contact_line(simple) == (contact.name, contact.phone, contact.note):
        return simple
    return f" {SEPARATOR} ".join(parts)


# «Kari 900 00 000 søster», «Kari, +47 900 00 000» or «Fastlegen: 22 33 44 55»: the first
# run of at least five digits (spaces, + and - allowed inside) is the phone number.
_PHONE = re.compile(r"(?P<phone>\+?\d[\d \-]{3,}\d)")


def split_contact_line(line: str) -> tuple[str, str, str]:
    """Name, phone and note from a line written without «|» (awkward on a Norwegian
    keyboard): what comes before the number is the name, what comes after is the note."""
    match = _PHONE.search(line)
    if match is None:
        return line.strip(), "", ""
    name = line[: match.start()].strip(" ,:;-")
    note = line[match.end() :].strip(" ,:;-")
    return name, match.group("phone").strip(), note


def parse_contacts(text: str, *, keep_everything: bool = False) -> list[Contact]:
    """One contact per line: name, phone and a note, as «Kari 900 00 000 søster» or with
    `|` between the parts (which also allows digits in a name or a note).

    Bad lines raise InvalidRecord, unless `keep_everything` is set (locking in a hurry):
    then such a line is kept whole as the name, so no typing is lost.
    """
    contacts = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if SEPARATOR in line:
            parts = [part.strip() for part in line.split(SEPARATOR)]
            name, phone, note = [*parts, "", ""][:3]
            if len(parts) > 3:
                note = f" {SEPARATOR} ".join(parts[2:])
        else:
            name, phone, note = split_contact_line(line)
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
