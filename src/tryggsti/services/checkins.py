"""Adding check-ins to the mood log."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tryggsti.domain.codec import with_record_added
from tryggsti.domain.records import CheckIn
from tryggsti.domain.text import clean_line, clean_text
from tryggsti.services.clock import Clock, IdSource, random_id, system_clock
from tryggsti.vault.vault import Vault

if TYPE_CHECKING:
    from tryggsti.services.session import VaultSession

MULTILINE_FIELDS = ("note", "unsafe_note")


def _cleaned(details: dict) -> dict:
    """Typed text without control characters: notes keep their lines, the rest is one line."""
    cleaned = {}
    for key, value in details.items():
        if isinstance(value, str):
            value = clean_text(value) if key in MULTILINE_FIELDS else clean_line(value)
        elif key == "safe_coping" and isinstance(value, list | tuple):
            value = [clean_line(item) for item in value]
        cleaned[key] = value
    return cleaned


def _new_checkin(clock: Clock, new_id: IdSource, mood: int, distress: int, details) -> CheckIn:
    """A check-in made now, its typed text cleaned, checked as every record is."""
    return CheckIn(id=new_id(), at=clock(), mood=mood, distress=distress, **_cleaned(details))


def _add(session: VaultSession, entry: CheckIn) -> CheckIn:
    session.data.checkins.append(entry)
    session.save()
    return entry


def log_checkin(session: VaultSession, *, mood: int, distress: int, **details) -> CheckIn:
    """Record a check-in now and save. `details` are the optional CheckIn fields."""
    return _add(session, _new_checkin(session.clock, session.new_id, mood, distress, details))


def log_checkin_quickly(
    path: Path,
    passphrase: str,
    *,
    mood: int,
    distress: int,
    clock: Clock = system_clock,
    new_id: IdSource = random_id,
    **details,
) -> CheckIn:
    """`tryggsti logg`: unlock, add one check-in, save, close. The check-in is built and
    checked as in the app, and the vault is checked as every command checks it (a payload
    the others call damaged is refused here too, and the file is left as it was); then the
    vault's records are kept as they are instead of being written again
    (codec.with_record_added). A vault in an older schema, or one the quick way cannot
    keep exactly, is opened the usual way, migrated and saved whole."""
    from tryggsti.services.session import VaultSession, checked_payload

    vault, payload = Vault.unlock(Path(path), passphrase)
    whole = None
    try:
        entry = _new_checkin(clock, new_id, mood, distress, details)
        data, migrated = checked_payload(payload)
        updated = None if migrated else with_record_added(payload, "checkins", entry)
        if updated is not None:
            vault.save(updated)
            return entry
        whole = VaultSession(vault, data, clock, new_id)  # owns the vault now
    finally:
        if whole is None:
            vault.close()
    with whole as session:
        return _add(session, entry)


def mark_kept(session: VaultSession, commitment_ids: list[str]) -> None:
    """Commitments the person says they kept, ticked in the check-in, become done."""
    from dataclasses import replace

    from tryggsti.domain.records import CommitmentStatus

    wanted = set(commitment_ids)
    commitments = session.data.commitments
    changed = False
    for index, commitment in enumerate(commitments):
        if commitment.id in wanted and commitment.is_open:
            done_at = session.clock()
            commitments[index] = replace(commitment, status=CommitmentStatus.DONE, done_at=done_at)
            changed = True
    if changed:
        session.save()
