"""Keys a person reaches for: capital letters in the menu, Q and Ctrl+Q to quit, Ctrl+C."""

from __future__ import annotations

from tests.helpers import settle


async def test_menu_letters_work_with_caps_lock_or_shift(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("O")
        await settle(pilot)
        assert type(app.screen).__name__ == "QuestionnaireScreen"


async def test_q_on_home_quits(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("q")
        await settle(pilot)
        assert app._exit  # quitting, while still inside the test's run


async def test_ctrl_c_says_in_norwegian_how_to_quit(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("ctrl+c")
        await settle(pilot)
        messages = [f"{n.title} {n.message}" for n in app._notifications]
        assert any("Ctrl+Q" in m and "avslutte" in m for m in messages), messages
        assert not any("Press" in m or "Do you want" in m for m in messages)


async def test_the_footer_shows_how_to_quit(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)):
        shown = app.export_screenshot().replace("&#160;", " ")
        assert "Ctrl+Q" in shown and "Avslutt" in shown
