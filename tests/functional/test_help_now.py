"""Hjelp nå at the hour it is opened: open lines marked and first, and the words people look for."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from tests.helpers import settle

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
        text = body_text(app, "#help-lines #crisis-body")
    lines = [line for line in text.splitlines() if line and not line.startswith(" ")]
    assert lines[0].startswith("113") and lines[1].startswith("112")
    assert lines[2].startswith("116 117")
    rusinfo = next(line for line in lines if "RUSinfo" in line)
    assert "stengt nå, åpner mandag kl. 11" in rusinfo
    assert "hele døgnet" not in rusinfo
    assert text.index("Kirkens SOS") < text.index("Krisesenter") < text.index("RUSinfo")


async def test_at_noon_on_a_weekday_rusinfo_is_open_and_kors_paa_halsen_is_not(
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
    assert "åpen nå" in rusinfo and "man–fre kl. 11–18" in rusinfo
    assert "stengt nå, åpner i dag kl. 16" in kors


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
    assert suicide.index("egen plan") < suicide.index("113") < suicide.index("116 123")
    for words in ("pause", "alene", "benzodiazepiner", "alkohol", "113", "Nalokson", "gratis"):
        assert words in overdose, words


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

    now = [datetime(2026, 11, 25, 10, 59, tzinfo=OSLO)]
    make_vault()
    app = make_app(clock=lambda: now[0])
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        before = body_text(app, "#help-lines #crisis-body")
        now[0] = datetime(2026, 11, 25, 11, 1, tzinfo=OSLO)
        app.screen.query_one("#help-lines", CrisisLines)._redraw()
        await settle(pilot)
        after = body_text(app, "#help-lines #crisis-body")
    rusinfo = [next(x for x in text.splitlines() if "RUSinfo" in x) for text in (before, after)]
    assert "stengt nå" in rusinfo[0] and "åpen nå" in rusinfo[1]
