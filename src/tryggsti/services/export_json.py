"""The complete, machine-readable export of a vault (unencrypted, on request only)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from tryggsti.domain.codec import to_jsonable
from tryggsti.domain.records import SCHEMA_VERSION, VaultData
from tryggsti.services.session import VaultSession


def since(data: VaultData, start: date | None) -> VaultData:
    """Only what happened on or after `start` (the profile and plan always come along)."""
    if start is None:
        return data
    return replace(
        data,
        checkins=[c for c in data.checkins if c.at.date() >= start],
        commitments=[c for c in data.commitments if c.created_at.date() >= start],
        grounding_sessions=[g for g in data.grounding_sessions if g.started_at.date() >= start],
        questionnaire_results=[q for q in data.questionnaire_results if q.at.date() >= start],
    )


def export_document(session: VaultSession, start: date | None = None) -> str:
    document = {
        "schema": SCHEMA_VERSION,
        "exported_at": session.clock().isoformat(),
        **to_jsonable(since(session.data, start)),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
