"""After F12 or auto-lock, unlocking brings the person back where they were; Hjem does
not offer «Esc Tilbake» (issue 14.22)."""

from __future__ import annotations

from tests.functional.screen_text import painted_text
from tests.helpers import settle, unlock


async def test_unlocking_after_f12_returns_to_the_screen_that_was_open(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("m")
        await settle(pilot)
        await pilot.press("f12", "x")
        await settle(pilot)
        await unlock(pilot)
        assert type(app.screen).__name__ == "MoodLogScreen"
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_home_does_not_offer_esc_back(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        assert "Esc Tilbake" not in painted_text(app)
        await pilot.press("m")
        await settle(pilot)
        assert "Esc Tilbake" in painted_text(app)


async def test_lagret_goes_quiet_and_does_not_follow_to_the_next_screen(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    app.SAVED_SHOWN_S = 0.2
    async with unlocked_app(app, size=(80, 24)) as pilot:
        app.session.data.profile.display_name = "ny"
        app.session.save()
        await settle(pilot)
        assert app.save_state == "saved"
        await pilot.pause(0.4)
        assert app.save_state == "idle"
        await pilot.press("m")
        await settle(pilot)
        assert "Lagret" not in painted_text(app)
