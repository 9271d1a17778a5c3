"""What holds on every screen: help, grounding and hide keys; auto-lock; Norwegian palette."""

from __future__ import annotations

from tests.helpers import settle


async def test_help_now_opens_from_unlock_screen_while_typing(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("a", "b")  # typing into the passphrase field
        await pilot.press("f1")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"


async def test_hide_key_locks_at_once_and_shows_a_neutral_view(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        assert app.session is not None
        await pilot.press("f12")
        await settle(pilot)
        assert type(app.screen).__name__ == "HiddenScreen"
        assert app.session is None
        rendered = "".join(str(w.render()) for w in app.screen.query("Static"))
        assert "tryggsti" not in rendered.lower()
        await pilot.press("x")
        await settle(pilot)
        assert type(app.screen).__name__ == "UnlockScreen"


async def test_auto_lock_after_idle_time_drops_the_data(make_vault, make_app, unlocked_app):
    from tryggsti.config import Config

    make_vault()
    now = [1000.0]
    app = make_app(config=Config(auto_lock_minutes=2), idle_clock=lambda: now[0])
    async with unlocked_app(app, size=(80, 24)) as pilot:
        now[0] += 119
        app.check_auto_lock()
        assert app.session is not None
        now[0] += 2
        app.check_auto_lock()
        await settle(pilot)
        assert app.session is None
        assert type(app.screen).__name__ == "UnlockScreen"


async def test_auto_lock_off_when_minutes_is_zero(make_vault, make_app, unlocked_app):
    from tryggsti.config import Config

    make_vault()
    now = [0.0]
    app = make_app(config=Config(auto_lock_minutes=0), idle_clock=lambda: now[0])
    async with unlocked_app(app, size=(80, 24)):
        now[0] += 10 * 3600
        app.check_auto_lock()
        assert app.session is not None


async def test_command_palette_speaks_norwegian_and_opens_screens(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("ctrl+p")
        await settle(pilot)
        palette = app.screen
        assert type(palette).__name__ == "NorwegianCommandPalette"
        assert "Søk" in palette.query_one("CommandInput").placeholder
        await pilot.press(*"hjelp")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"


async def test_footer_shows_the_three_safety_keys_in_norwegian(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)):
        labels = str(app.screen.query_one("KeyLine").render())
        for word in ("Hjelp nå", "Jording", "Skjul"):
            assert word in labels


async def test_no_color_is_respected(make_vault, make_app, monkeypatch, unlocked_app):
    monkeypatch.setenv("NO_COLOR", "1")
    make_vault()
    app = make_app()
    assert app.no_color
    async with unlocked_app(app, size=(80, 24)):
        assert type(app.screen).__name__ == "HomeScreen"
        assert any(type(f).__name__ in ("NoColor", "Monochrome") for f in app._filters)
