"""Adding check-ins to the mood log."""

from __future__ import annotations

from tryggsti.domain.records import CheckIn
from tryggsti.domain.text import clean_line, clean_text
from tryggsti.services.session import VaultSession

MULTILINE_FIELDS = ("note", "unsafe_note")


def _cleaned(details: dict) -> dict:
    """Typed text without control characters: notes keep their lines, the rest is one line."""
    cleaned = {}
    for key, value in details.items():
        if isinstance(value, str):
            value = clean_text(value) if key in MULTILINE_FIELDS else clean_line(value)
        elif key == "safe_coping" and isinstance(value, list):
            value = [clean_line(item) for item in value]
        cleaned[key] = value
    return cleaned


def log_checkin(session: VaultSession, *, mood: int, distress: int, **details) -> CheckIn:
    """Record a check-in now and save. `details` are the optional CheckIn fields."""
    details = _cleaned(details)
    entry = CheckIn(
        id=session.new_id(), at=session.clock(), mood=mood, distress=distress, **details
    )
    session.data.checkins.append(entry)
    session.save()
    return entry


def mark_kept(session: VaultSession, commitment_ids: list[str]) -> None:
    """Commitments the person says they kept, ticked in the check-in, become done."""
    from tryggsti.domain.records import CommitmentStatus

    wanted = set(commitment_ids)
    changed = False
    for commitment in session.data.commitments:
        if commitment.id in wanted and commitment.is_open:
            commitment.status = CommitmentStatus.DONE
            commitment.done_at = session.clock()
            changed = True
    if changed:
        session.save()
