"""The complete, machine-readable export of a vault (unencrypted, on request only)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from tryggsti.domain.codec import to_jsonable
from tryggsti.domain.content import ContentLibrary
from tryggsti.domain.records import SCHEMA_VERSION, VaultData
from tryggsti.domain.report import SECTIONS, Report, build_report, percent, weeks
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
    session: VaultSession,
    start: date | None = None,
    end: date | None = None,
    *,
    library: ContentLibrary | None = None,
) -> str:
    """All the data, and under «report» the report's figures for the same period.

    All the data holds every answer about thoughts of harm, so its report says they are in.
    A later import reads the data and ignores the report.
    """
    data = within(session.data, start, end)
    document = {
        "schema": SCHEMA_VERSION,
        "exported_at": session.clock().isoformat(),
        **to_jsonable(data),
    }
    if library is not None:
        report = build_report(
            session.data,
            library,
            today=session.clock().date(),
            start=start,
            end=end,
            sections=SECTIONS,
        )
        document["report"] = report_figures(report)
    return json_escaped(json.dumps(document, ensure_ascii=False, indent=2)) + "\n"


def report_figures(report: Report) -> dict:
    """The numbers the md and html reports print, as data (no words, no private text)."""
    summary = report.summary
    harm = report.harm
    return {
        "period": {"start": report.period.start.isoformat(), "end": report.period.end.isoformat()},
        "averaging": "day-first",  # each day's mean, then the mean of the days
        "harm_thoughts_included": report.harm_included,
        "checkins": {
            "count": summary.count,
            "days_logged": summary.days_logged,
            "averages": report.averages,
            "substance_days": summary.substance_days,
            "unsafe_days": summary.unsafe_days,
        }
        if summary
        else None,
        "harm_thoughts": {
            "yes_days": [day.isoformat() for day in harm.yes_days],
            "asked": harm.asked,
            "answered": harm.answered,
        }
        if harm
        else None,
        "weeks": [
            {"start": w.start.isoformat(), "averages": w.averages, "substance_days": w.used_days}
            for w in weeks(report)
        ],
        "homework": [
            {
                "id": progress.homework.id,
                "percent": percent(progress.fraction),
                "items": [
                    {
                        "kind": item.kind,
                        "ref": item.ref,
                        "done": item.done,
                        "target": item.target,
                        "credit": item.fraction,
                    }
                    for item in progress.items
                ],
            }
            for progress in report.homework
        ],
    }
