"""The complete, machine-readable export of a vault (unencrypted, on request only)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from tryggsti.domain.codec import to_jsonable
from tryggsti.domain.records import SCHEMA_VERSION, VaultData
from tryggsti.domain.text import json_escaped
from tryggsti.services.session import VaultSession


def within(data: VaultData, start: date | None, end: date | None = None) -> VaultData:
    """Only what happened from `start` to `end`, both included (profile and plan always come)."""
    if start is None and end is None:
        return data

    def keep(day: date) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    return replace(
        data,
        checkins=[c for c in data.checkins if keep(c.at.date())],
        commitments=[c for c in data.commitments if keep(c.created_at.date())],
        grounding_sessions=[g for g in data.grounding_sessions if keep(g.started_at.date())],
        questionnaire_results=[q for q in data.questionnaire_results if keep(q.at.date())],
        relapse_reflections=[r for r in data.relapse_reflections if keep(r.at.date())],
    )


def export_document(
    session: VaultSession, start: date | None = None, end: date | None = None
) -> str:
    document = {
        "schema": SCHEMA_VERSION,
        "exported_at": session.clock().isoformat(),
        **to_jsonable(within(session.data, start, end)),
    }
    return json_escaped(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"
