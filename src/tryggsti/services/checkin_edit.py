"""Reading one check-in whole, and changing what was written in it afterwards."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tryggsti.domain.records import CheckIn
from tryggsti.domain.text import clean_text

if TYPE_CHECKING:
    from tryggsti.services.session import VaultSession


def find_checkin(session: VaultSession, checkin_id: str) -> CheckIn:
    return next(c for c in session.data.checkins if c.id == checkin_id)


def edit_checkin_text(
    session: VaultSession, checkin_id: str, *, note: str, unsafe_note: str
) -> CheckIn:
    """The check-in's note and «what happened», as the person now writes them. A new
    record takes the old one's place (records are frozen); one that breaks a rule (too
    long) raises InvalidRecord and leaves the old one as it was."""
    checkins = session.data.checkins
    index = next(i for i, c in enumerate(checkins) if c.id == checkin_id)
    changed = replace(
        checkins[index], note=clean_text(note).strip(), unsafe_note=clean_text(unsafe_note).strip()
    )
    checkins[index] = changed
    session.save()
    return changed
