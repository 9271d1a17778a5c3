"""Saving grounding sessions (only while the vault is open)."""

from __future__ import annotations

from datetime import datetime

from tryggsti.domain.records import GroundingSession
from tryggsti.services.session import VaultSession


def record_grounding(
    session: VaultSession,
    script_id: str,
    *,
    started_at: datetime,
    duration_s: int,
    distress_before: int | None,
    distress_after: int | None,
    completed: bool,
) -> GroundingSession:
    entry = GroundingSession(
        id=session.new_id(),
        script_id=script_id,
        started_at=started_at,
        duration_s=max(0, duration_s),
        distress_before=distress_before,
        distress_after=distress_after,
        completed=completed,
    )
    session.data.grounding_sessions.append(entry)
    session.save()
    return entry
