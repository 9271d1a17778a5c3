"""Columns are whole at 80 columns: status and dates never cut; the free text gives way
with «…» (issue 14.18)."""

from __future__ import annotations

import re
from datetime import date

from tests.functional.screen_text import painted_text
from tests.helpers import FIXED_NOW, settle


def _long_commitments(data):
    from tryggsti.domain.records import Commitment, CommitmentStatus

    data.commitments.append(
        Commitment(
            id="a",
            text="Ringe legen om ny time og spørre om henvisning til DPS",
            created_at=FIXED_NOW,
            due=date(2026, 2, 20),
        )
    )
    data.commitments.append(
        Commitment(
            id="b",
            text="Gå en lang tur langs elva sammen med søsteren min",
            created_at=FIXED_NOW,
            status=CommitmentStatus.DONE,
            done_at=FIXED_NOW,
        )
    )


async def test_commitment_status_and_due_dates_are_whole_at_80(make_vault, make_app, unlocked_app):
    make_vault(_long_commitments)
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f")
        await settle(pilot)
        shown = painted_text(app)
        assert "Status" in shown and "Gjort" in shown
        assert "fristen var fredag 20. februar" in shown
        assert "…" in shown  # the long text gives way, visibly


async def test_topic_status_is_whole_at_80(make_vault, make_app, unlocked_app):
    from tryggsti.domain.records import ReflectionAnswer, TopicProgress

    def started(data):
        data.topics["innledning"] = TopicProgress(
            topic_id="innledning",
            opened_at=FIXED_NOW,
            answers={"q1": ReflectionAnswer("Et svar", FIXED_NOW)},
        )

    make_vault(started)
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("e")
        await settle(pilot)
        shown = painted_text(app)
        assert re.search(r"Åpnet, 1/\d+ svar", shown), shown
