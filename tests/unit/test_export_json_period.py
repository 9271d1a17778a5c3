"""The full JSON export with a period holds only what happened in it, looks back included."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from tryggsti.domain.records import Profile, RelapseReflection, VaultData
from tryggsti.services.export_json import within

NOW = datetime(2026, 3, 20, 21, 0, tzinfo=timezone(timedelta(hours=1)))


def test_a_period_leaves_out_looks_back_from_outside_it():
    data = VaultData(
        profile=Profile(created_at=NOW - timedelta(days=90)),
        relapse_reflections=[
            RelapseReflection("old", NOW - timedelta(days=60), before="lenge siden"),
            RelapseReflection("new", NOW - timedelta(days=2), before="nylig"),
        ],
    )
    chosen = within(data, date(2026, 3, 1), date(2026, 3, 31))
    assert [r.id for r in chosen.relapse_reflections] == ["new"]
    assert [r.id for r in within(data, None, None).relapse_reflections] == ["old", "new"]
