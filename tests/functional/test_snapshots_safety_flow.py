"""Snapshots of the response at 80x24 (clock fixed): thoughts of suicide with use after a
pause (own people, then 116 123, 116 117 and 113; the overdose steps behind O), and the
same with an empty plan (the numbers first, the plan for later)."""

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


def test_response_to_thoughts_with_an_empty_plan(snap_compare, make_vault, make_app):
    make_vault()

    async def run_before(pilot):
        await unlock(pilot)
        await pilot.press("i")
        await settle(pilot)
        pilot.app.screen.query_one("#harm-yes").value = True
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run_before)
