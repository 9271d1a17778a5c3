"""Adding check-ins to the mood log."""

from __future__ import annotations

from tryggsti.domain.records import CheckIn
from tryggsti.services.session import VaultSession


def log_checkin(session: VaultSession, *, mood: int, distress: int, **details) -> CheckIn:
    """Record a check-in now and save. `details` are the optional CheckIn fields."""
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
