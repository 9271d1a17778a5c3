"""An answer to what the person just did shows where they are looking, at 80x24."""

from __future__ import annotations

from tests.helpers import PASSPHRASE, settle


def _visible(app, widget_id: str) -> bool:
    widget = app.screen.query_one(widget_id)
    region = widget.region
    return region.height > 0 and app.screen.region.contains_region(region)


async def test_passphrases_that_differ_are_said_on_screen_at_first_run(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.screen.query_one("#first").value = PASSPHRASE
        app.screen.query_one("#second").value = PASSPHRASE + "x"
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "ikke like" in str(app.screen.query_one("#welcome-message").render())
        assert _visible(app, "#welcome-message")


async def test_the_passphrase_message_in_settings_is_on_screen(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#current").value = PASSPHRASE
        screen.query_one("#new-1").value = "et helt nytt passord"
        screen.query_one("#new-2").value = "noe annet"
        screen.query_one("#new-2").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert "ikke like" in str(screen.query_one("#passphrase-message").render()).lower()
        assert _visible(app, "#passphrase-message")
