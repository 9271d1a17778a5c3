"""Humørlogg: the table and the charts follow the chosen period."""

from __future__ import annotations

from datetime import timedelta

from tests.helpers import FIXED_NOW, settle


def _a_year_of_checkins(data):
    from tryggsti.domain.records import CheckIn

    for back in range(0, 365, 3):
        data.checkins.append(
            CheckIn(
                id=f"c{back}",
                at=FIXED_NOW - timedelta(days=back),
                mood=back % 11,
                distress=3,
                craving=2,
                substance_use=back % 9 == 0,
                note="en lang notat som er lengre enn tretti tegn, så den blir kortet",
            )
        )


async def test_periods_change_the_table_and_summary(make_vault, make_app, unlocked_app):
    make_vault(_a_year_of_checkins)
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        await pilot.press("m")
        await settle(pilot)
        screen = app.screen
        assert type(screen).__name__ == "MoodLogScreen"
        table = screen.query_one("#mood-table")
        assert table.row_count == 10  # every third day in 30 days
        await pilot.press("1")
        await settle(pilot)
        assert table.row_count == 3
        await pilot.press("4")
        await settle(pilot)
        assert table.row_count == len(app.session.data.checkins)
        summary = str(screen.query_one("#mood-summary").render())
        assert "Siste 365 dager" in summary
        assert table.get_cell("c0", "note").plain.endswith("…")


async def test_an_empty_log_says_how_to_start(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("m")
        await settle(pilot)
        assert "Ingen innsjekker" in str(app.screen.query_one("#mood-summary").render())
