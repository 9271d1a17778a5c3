"""The app refuses an easy-to-guess new passphrase (issue 31.5) on the first run, with
the recovery code and in the settings, says how to make a stronger one, and loses
nothing: no vault is made, and the old passphrase and code still open the one there is."""

from __future__ import annotations

from tests.helpers import PASSPHRASE, settle, unlock
from tryggsti.strings import t

WEAK = "passord1"  # 8 characters: the old rule let it through


def _shown(screen, selector: str) -> str:
    return str(screen.query_one(selector).render())


async def test_the_first_run_refuses_an_easy_passphrase_and_says_what_helps(make_app, vault_path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "WelcomeScreen"
        app.screen.query_one("#first").value = WEAK
        await settle(pilot)
        assert _shown(app.screen, "#strength") == t("welcome.strength_1")
        app.screen.query_one("#second").value = WEAK
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "WelcomeScreen"
        assert "fire eller fem vanlige ord" in _shown(app.screen, "#welcome-message")
    assert not vault_path.exists()


async def test_recovery_with_the_code_refuses_an_easy_new_passphrase(make_vault, make_app):
    code = make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        app.screen.query_one("#code-input").value = code
        app.screen.query_one("#first").value = WEAK
        app.screen.query_one("#second").value = WEAK
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoverScreen"
        assert "fire eller fem vanlige ord" in _shown(app.screen, "#recover-message")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_the_settings_refuse_an_easy_new_passphrase(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await unlock(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#current").value = PASSPHRASE
        screen.query_one("#new-1").value = WEAK
        screen.query_one("#new-2").value = WEAK
        screen.query_one("#change").press()
        await settle(pilot)
        assert type(app.screen).__name__ == "SettingsScreen"
        assert "fire eller fem vanlige ord" in _shown(screen, "#passphrase-message")
        assert app.session.passphrase_matches(PASSPHRASE)
