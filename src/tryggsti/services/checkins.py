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
