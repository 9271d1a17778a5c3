"""Snapshot of the offer after thoughts of suicide at 80x24: own plan first, then 113 and
116 123, with the overdose facts below (use after a pause). Clock fixed."""

from __future__ import annotations

from datetime import timedelta

from tests.helpers import FIXED_NOW, settle, unlock


def _plan_and_a_pause(data):
    from tryggsti.domain.records import CheckIn, Contact

    data.safety_plan.inner_coping = ["Kaldt vann i ansiktet", "Gå en tur"]
    data.safety_plan.help_contacts = [Contact("Kari", "900 00 000", "søster")]
    data.safety_plan.reasons_to_live = ["Datteren min"]
    data.checkins.append(CheckIn("old", FIXED_NOW - timedelta(days=12), 5, 3, substance_use=True))


def test_offer_after_thoughts_of_suicide(snap_compare, make_vault, make_app):
    make_vault(_plan_and_a_pause)

    async def run_before(pilot):
        await unlock(pilot)
        await pilot.press("i")
        await settle(pilot)
        await pilot.press("4", "tab", "5")
        for box in ("harm-yes", "used"):
            pilot.app.screen.query_one(f"#{box}").value = True
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)
