"""Hjelp nå at the hour it is opened: open lines marked and first, and the words people look for."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.functional.screen_text import painted_text
from tests.helpers import settle, unlock

OSLO = ZoneInfo("Europe/Oslo")

SATURDAY_NIGHT = datetime(2026, 11, 28, 3, 0, tzinfo=OSLO)
WEDNESDAY_NOON = datetime(2026, 11, 25, 12, 0, tzinfo=OSLO)


def body_text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render()).replace("\xa0", " ")


async def test_at_night_hjelp_naa_marks_closed_lines_and_puts_open_ones_first(make_vault, make_app):
    make_vault()
    app = make_app(clock=lambda: SATURDAY_NIGHT)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        emergency = body_text(app, "#emergency-lines #crisis-body")
        text = body_text(app, "#help-lines #crisis-body")
    first = [line for line in emergency.splitlines() if line]
    assert first[0].startswith("113") and first[1].startswith("112")
    assert first[2].startswith("116 117")
    lines = [line for line in text.splitlines() if line and not line.startswith(" ")]
    rusinfo = next(line for line in lines if "RUSinfo" in line)
    # No page of RUSinfo's own gives hours (issue 32.5): never «open» or «closed», only the address.
    assert "rusinfo.no" in rusinfo
    assert "stengt" not in rusinfo and "åpen" not in rusinfo and "hele døgnet" not in rusinfo
    assert text.index("Kirkens SOS") < text.index("Krisesenter") < text.index("RUSinfo")


async def test_at_noon_on_a_weekday_kors_paa_halsen_opens_at_14_and_rusinfo_has_no_hours(
    make_vault, make_app
):
    make_vault()
    app = make_app(clock=lambda: WEDNESDAY_NOON)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        text = body_text(app, "#help-lines #crisis-body")
    rusinfo = next(line for line in text.splitlines() if "RUSinfo" in line)
    kors = next(line for line in text.splitlines() if "Kors på halsen" in line)
    assert "stengt" not in rusinfo and "åpen" not in rusinfo
    assert "stengt nå, åpner i dag kl. 14" in kors


async def test_the_unlock_screen_marks_lines_from_the_app_clock(make_vault, make_app):
    make_vault()
    app = make_app(clock=lambda: SATURDAY_NIGHT)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = body_text(app, "#unlock-crisis #crisis-body")
    assert text.splitlines()[0].startswith("113")
    assert "Mental Helse Hjelpetelefonen" in text and "hele døgnet" in text


async def test_hjelp_naa_names_suicide_and_overdose_plainly(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 40)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        suicide = body_text(app, "#help-suicide")
        overdose = body_text(app, "#help-overdose")
    assert "ta livet ditt" in suicide and "selvmord" in suicide
    assert "gjør dem ikke sterkere" in suicide
    # Stepped, for people who live with such thoughts: the plan, a person, 116 123, 113.
    steps = ("egen plan", "en du stoler på", "116 123", "ring 113")
    assert [suicide.index(step) for step in steps] == sorted(suicide.index(s) for s in steps)
    for words in ("Toleransen", "alene", "benzodiazepiner", "GHB/GBL", "pregabalin", "113"):
        assert words in overdose, words
    for step in ("1. Ring 113.", "HLR", "nalokson", "sideleie", "5. Bli der."):
        assert step in overdose, step


async def test_the_focused_button_works_with_enter(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f1")
        await settle(pilot)
        assert app.screen.focused.id == "ground"
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"


async def test_the_own_plan_comes_before_the_lines_that_are_not_emergencies(make_vault, make_app):
    from tryggsti.domain.records import Contact

    make_vault(lambda data: data.safety_plan.help_contacts.append(Contact("Kari", "900 00 000")))
    app = make_app(clock=lambda: SATURDAY_NIGHT)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f1")
        await settle(pilot)
        order = [w.id for w in app.screen.query("#help-now > *") if w.id]
        screen = painted_text(app).replace("\xa0", " ")
    assert order.index("emergency-lines") < order.index("own-plan") < order.index("help-lines")
    # At night the numbers stay above the night set, and 116 123 is on the first screen.
    assert order.index("help-lines") < order.index("night-set")
    assert "116 123" in screen and "900 00 000  Kari" in screen


@pytest.mark.parametrize("key, part", [
    ("1", "#emergency-lines"), ("2", "#help-suicide"), ("3", "#help-overdose"),
    ("4", "#own-plan"),
])  # fmt: skip
async def test_a_number_key_jumps_to_its_part(make_vault, make_app, key, part):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f1")
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        widget = app.screen.query_one(part)
        scroll = app.screen.query_one("#help-now")
        top = widget.region.y - scroll.region.y
        assert 0 <= top < scroll.region.height, (key, top)


async def test_text_from_the_safety_plan_is_shown_literally_on_hjelp_naa(
    make_vault, make_app, unlocked_app
):
    from tryggsti.domain.records import Contact

    def fill(data):
        data.safety_plan.help_contacts = [Contact("[b]Kari[/b]", "900 00 000", "[red]søster")]
        data.safety_plan.warning_signs = ["[i]søvnløs[/i]"]

    make_vault(fill)
    app = make_app()
    async with unlocked_app(app, size=(100, 40)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        text = body_text(app, "#own-plan")
    assert "[b]Kari[/b]" in text and "[red]søster" in text and "[i]søvnløs[/i]" in text


async def test_a_screen_left_open_updates_when_a_line_opens(make_vault, make_app):
    from tryggsti.ui.widgets.crisis_lines import CrisisLines

    now = [datetime(2026, 11, 25, 13, 59, tzinfo=OSLO)]
    make_vault()
    app = make_app(clock=lambda: now[0])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        before = body_text(app, "#help-lines #crisis-body")
        now[0] = datetime(2026, 11, 25, 14, 1, tzinfo=OSLO)
        app.screen.query_one("#help-lines", CrisisLines)._redraw()
        await settle(pilot)
        after = body_text(app, "#help-lines #crisis-body")
    kors = [next(x for x in text.splitlines() if "Kors på halsen" in x) for text in (before, after)]
    assert "stengt nå" in kors[0] and "åpen nå" in kors[1]
