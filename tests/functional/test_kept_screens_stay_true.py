"""Kept screens (issue 12.1) show what is true now: a change made elsewhere is on them the
next time they are opened, and a new day is too."""

from __future__ import annotations

from datetime import timedelta

from textual.widgets import DataTable

from tests.helpers import FIXED_NOW, settle, unlock


async def _open(pilot, key):
    await pilot.press(key)
    await settle(pilot)
    return pilot.app.screen


async def _visit(pilot, key):
    """Open the screen at `key` and go back to Hjem; returns the screen."""
    screen = await _open(pilot, key)
    await pilot.press("escape")
    await settle(pilot)
    return screen


def _cells(screen, table_id) -> str:
    table = screen.query_one(table_id, DataTable)
    return " ".join(str(cell) for row in range(table.row_count) for cell in table.get_row_at(row))


async def test_a_new_check_in_is_in_the_kept_mood_log(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        first = await _open(pilot, "m")
        assert "Et nytt notat" not in _cells(first, "#mood-table")
        await pilot.press("escape")
        await _open(pilot, "i")
        await pilot.press("6", "tab", "2")
        app.screen.query_one("#note").load_text("Et nytt notat")
        await pilot.press("ctrl+s")
        await settle(pilot)
        again = await _open(pilot, "m")
        assert again is first
        assert "Et nytt notat" in _cells(again, "#mood-table")


async def test_a_new_commitment_is_in_the_kept_list(make_vault, make_app, unlocked_app):
    from tryggsti.domain.records import Commitment

    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        first = await _open(pilot, "f")
        await pilot.press("escape")
        app.session.data.commitments.append(
            Commitment(id="n1", text="Ringe søsteren min", created_at=FIXED_NOW)
        )
        app.session.save()
        again = await _open(pilot, "f")
        assert again is first
        assert "Ringe søsteren min" in _cells(again, "#commitments-table")


async def test_a_new_day_redraws_the_kept_mood_log(make_vault, make_app, unlocked_app):
    make_vault()
    today = [FIXED_NOW]
    app = make_app(clock=lambda: today[0])
    async with unlocked_app(app, size=(120, 40)) as pilot:
        first = await _open(pilot, "m")
        drawn = first._drawn_mark
        await pilot.press("escape")
        today[0] = FIXED_NOW + timedelta(days=1)
        again = await _open(pilot, "m")
        assert again is first and again._drawn_mark != drawn


async def test_the_kept_settings_screen_holds_no_passphrase_after_leaving(
    make_vault, make_app, unlocked_app
):
    from textual.widgets import Input

    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        first = await _open(pilot, "s")
        first.query_one("#current", Input).value = "et-hemmelig-passord"
        first.query_one("#new-1", Input).value = "et-nytt-fjellvann"
        await pilot.press("escape")
        await settle(pilot)
        assert all(not field.value for field in first.query("#current, #new-1, #new-2"))
        assert await _open(pilot, "s") is first


async def test_hjelp_naa_opened_while_locked_shows_the_plan_after_unlock(make_vault, make_app):
    from tryggsti.domain.records import Contact

    def fill(data):
        data.safety_plan.help_contacts.append(Contact("Søster Kari", "912 34 567"))

    make_vault(fill)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f1")  # before unlocking: the lines, not the plan
        await settle(pilot)
        locked = app.screen
        assert "Søster Kari" not in str(locked.query_one("#own-plan").render())
        await pilot.press("escape")
        await unlock(pilot)
        again = await _open(pilot, "h")
        assert "Søster Kari" in str(again.query_one("#own-plan").render())


async def test_the_kept_grounding_list_puts_the_night_set_first_when_night_begins(
    make_vault, make_app, unlocked_app
):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    evening = datetime(2026, 11, 25, 22, 30, tzinfo=ZoneInfo("Europe/Oslo"))
    now = [evening]
    make_vault()
    app = make_app(clock=lambda: now[0])
    async with unlocked_app(app, size=(120, 40)) as pilot:
        day = await _open(pilot, "j")
        first_heading = str(day.query_one("#grounding-list").get_option_at_index(0).prompt)
        await pilot.press("escape")
        now[0] = evening + timedelta(hours=1)
        night = await _open(pilot, "j")
        assert night is not day
        night_heading = str(night.query_one("#grounding-list").get_option_at_index(0).prompt)
        assert first_heading != night_heading


def _watch_restyles(monkeypatch) -> list:
    """The screens restyled from now on (Textual restyles a whole screen through this)."""
    from textual.screen import Screen

    restyled = []
    original = Screen.update_node_styles
    monkeypatch.setattr(
        Screen,
        "update_node_styles",
        lambda self, *a, **k: (restyled.append(self), original(self, *a, **k))[1],
    )
    return restyled


async def test_a_kept_screen_is_not_restyled_when_nothing_changed(
    make_vault, make_app, monkeypatch, unlocked_app
):
    """Textual restyles every widget of a screen pushed again; a kept screen needs that
    only after a theme change (it was most of a later visit's time)."""
    restyled = _watch_restyles(monkeypatch)
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        first = await _visit(pilot, "s")
        restyled.clear()
        again = await _open(pilot, "s")
        assert again is first
        assert again not in restyled


async def test_a_screen_shown_for_the_first_time_is_styled_once(make_vault, make_app, monkeypatch):
    """Its widgets were styled as they were mounted, just before it is shown: the unlock
    screen's first frame and the first visit of a screen do not style them twice."""
    restyled = _watch_restyles(monkeypatch)
    make_vault()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "UnlockScreen"
        assert app.screen not in restyled
        await unlock(pilot)
        mood_log = await _open(pilot, "m")
        assert type(mood_log).__name__ == "MoodLogScreen"
        assert mood_log not in restyled


async def test_the_first_run_screen_is_styled_once(make_app, monkeypatch):
    restyled = _watch_restyles(monkeypatch)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "WelcomeScreen"
        assert app.screen not in restyled


async def test_a_theme_chosen_while_a_screen_was_away_restyles_it_on_its_first_show(
    make_vault, make_app, unlocked_app
):
    """A kept screen made while one theme was on shows in the theme of the moment."""
    from textual.color import Color

    from tryggsti.ui.themes import HIGH_CONTRAST

    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        app.set_theme(HIGH_CONTRAST.name)
        await settle(pilot)
        mood_log = await _open(pilot, "m")
        assert mood_log.styles.background == Color.parse(HIGH_CONTRAST.background)


async def test_a_kept_screen_takes_a_new_theme(make_vault, make_app, unlocked_app):
    from textual.color import Color

    from tryggsti.ui.themes import HIGH_CONTRAST

    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        mood_log = await _visit(pilot, "m")
        app.set_theme(HIGH_CONTRAST.name)
        await settle(pilot)
        again = await _open(pilot, "m")
        assert again is mood_log
        assert again.styles.background == Color.parse(HIGH_CONTRAST.background)


async def test_a_later_visit_redraws_only_what_changed(
    make_vault, make_app, monkeypatch, unlocked_app
):
    """Emner rewrites its statuses only after a save, and Selvfølelse (OAS) builds its
    explanation once: both were most of a later visit."""
    from textual.widgets import Markdown

    rewritten, explained = [], []
    update_cell, update = DataTable.update_cell, Markdown.update
    monkeypatch.setattr(
        DataTable,
        "update_cell",
        lambda self, *a, **k: (rewritten.append(1), update_cell(self, *a, **k))[1],
    )
    monkeypatch.setattr(
        Markdown, "update", lambda self, *a: (explained.append(1), update(self, *a))[1]
    )
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        for key in ("e", "o"):
            await _visit(pilot, key)
        rewritten.clear()
        explained.clear()
        for key in ("e", "o"):
            await _visit(pilot, key)
        assert rewritten == [] and explained == []
