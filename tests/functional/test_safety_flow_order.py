"""The order the brief and CONTENT-GUIDE.md ask for after thoughts of suicide: the person's own
plan first, then 113 and 116 123, and only then the «tilbakefall» look back. F1 and F2 work."""

from __future__ import annotations

from tests.functional.screen_text import painted_text, squashed
from tests.helpers import settle, unlock


def _with_plan(data):
    from tryggsti.domain.records import Contact

    data.safety_plan.inner_coping = ["Dusje kaldt"]
    data.safety_plan.help_contacts = [Contact("Kari", "912 34 567")]


async def _check_in(pilot, *boxes):
    await unlock(pilot)
    await pilot.press("i")
    await settle(pilot)
    await pilot.press("5", "tab", "4")
    for box in boxes:
        pilot.app.screen.query_one(f"#{box}").value = True
    await settle(pilot)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_the_own_plan_comes_before_113_and_116_123(make_vault, make_app):
    make_vault(_with_plan)
    app = make_app()
    async with app.run_test(size=(80, 60)) as pilot:
        await _check_in(pilot, "harm-yes", "used")
        assert type(app.screen).__name__ == "SafetyOfferScreen"
        shown = squashed(painted_text(app))
        plan = shown.find(squashed("Dusje kaldt"))
        assert plan != -1, shown
        helpline = shown.find("MentalHelse")  # 116 123 may wrap inside the frame
        assert plan < shown.find("113") < helpline
        # The look back is offered too (use was logged), but only after every kind of help.
        buttons = [b.id for b in app.screen.query("Button")]
        assert buttons.index("reflection") > buttons.index("help_now")
        assert buttons.index("reflection") > buttons.index("grounding")


async def test_f1_and_f2_work_from_the_offer_and_the_look_back(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _check_in(pilot, "used")
        assert type(app.screen).__name__ == "SafetyOfferScreen"
        await pilot.press("f1")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"
        app.pop_screen()
        await settle(pilot)
        app.screen.query_one("#reflection").press()
        await settle(pilot)
        assert type(app.screen).__name__ == "RelapseReflectionScreen"
        await pilot.press("f2")
        await settle(pilot)
        assert "Grounding" in type(app.screen).__name__


async def test_at_80x24_the_top_of_a_long_offer_stays_in_view(make_vault, make_app):
    from datetime import timedelta

    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import CheckIn

    def plan_and_a_pause(data):
        _with_plan(data)
        data.safety_plan.reasons_to_live = ["Datteren min"]
        data.checkins.append(
            CheckIn("old", FIXED_NOW - timedelta(days=12), 5, 3, substance_use=True)
        )

    make_vault(plan_and_a_pause)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _check_in(pilot, "harm-yes", "used")
        assert app.screen.query("#offer-overdose")  # long: plan, numbers, overdose facts
        shown = squashed(painted_text(app))
        assert squashed("Takk for at du fortalte det") in shown
        assert squashed("Dusje kaldt") in shown
        assert app.focused.id == "safety_plan"
