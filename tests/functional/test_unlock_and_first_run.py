"""A person's first start, later starts, a wrong passphrase, and the forgotten passphrase."""

from __future__ import annotations

from tests.helpers import PASSPHRASE, settle, unlock


async def test_first_run_creates_vault_shows_code_once_and_opens_home(make_app, vault_path):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "WelcomeScreen"
        app.screen.query_one("#first").focus()
        await pilot.press(*"kort")
        await pilot.press("enter")
        await pilot.press(*"kort", "enter")
        await settle(pilot)
        assert not vault_path.exists()  # too short: refused kindly

        app.screen.query_one("#first").value = PASSPHRASE
        app.screen.query_one("#second").value = PASSPHRASE + "x"
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert not vault_path.exists()  # the two did not match

        app.screen.query_one("#second").value = PASSPHRASE
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoveryCodeScreen"
        assert vault_path.exists()
        code = app.screen._code
        await pilot.press(*"XXXX", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoveryCodeScreen"  # wrong confirmation
        app.screen.query_one("#last-group").value = code.split("-")[-1]
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "SupporterScreen"  # optional; Esc skips it
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.session is not None
        assert app.session.data.profile.supporter is None


async def test_wrong_passphrase_is_met_kindly_and_can_be_retried(make_vault, make_app, vault_path):
    make_vault()
    before = vault_path.read_bytes()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "feil-passord")
        assert type(app.screen).__name__ == "UnlockScreen"
        message = str(app.screen.query_one("#unlock-message").render())
        assert "prøv igjen" in message
        assert app.session is None
        await unlock(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
    assert vault_path.read_bytes() == before  # opening alone writes nothing


async def test_forgotten_passphrase_recovery_code_sets_a_new_one(make_vault, make_app):
    code = make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoverScreen"
        app.screen.query_one("#code-input").value = code.lower().replace("-", " ")
        app.screen.query_one("#first").value = "et-nytt-fjellvann"
        app.screen.query_one("#second").value = "et-nytt-fjellvann"
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        # The used code opens nothing any more: a new one is shown once, and checked.
        assert type(app.screen).__name__ == "RecoveryCodeScreen"
        new_code = app.screen._code
        assert new_code != code
        app.screen.query_one("#last-group").value = new_code.split("-")[-1]
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"

    import pytest

    from tryggsti.services.session import VaultSession
    from tryggsti.vault.errors import WrongPassphrase, WrongRecoveryCode

    with VaultSession.unlock(app.vault_path, "et-nytt-fjellvann"):
        pass
    with pytest.raises(WrongPassphrase):
        VaultSession.unlock(app.vault_path, PASSPHRASE)
    with pytest.raises(WrongRecoveryCode):
        VaultSession.recover(app.vault_path, code)
    with VaultSession.recover(app.vault_path, new_code):
        pass


async def test_unlock_screen_shows_crisis_lines_without_unlocking(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = str(app.screen.query_one("#crisis-body").render()).replace("\xa0", " ")
        assert "113" in text and "116 117" in text


async def test_every_crisis_line_is_on_the_first_frame(make_vault, make_app, monkeypatch):
    """The help lines do not wait for a worker (or a second frame): with no worker run at
    all, the unlock screen already lists them."""
    from tryggsti.ui.app import TryggstiApp

    monkeypatch.setattr(TryggstiApp, "run_worker", lambda self, *args, **kwargs: None)
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)):
        text = str(app.screen.query_one("#crisis-body").render()).replace("\xa0", " ")
        for number in ("113", "112", "116 117", "116 123", "22 40 00 40"):
            assert number in text


async def test_the_help_lines_are_in_the_first_layout(make_vault, make_app, monkeypatch):
    """Composed with their text, not set once mounted: setting them then made Textual lay
    out and paint the screen again, a frame later. Redrawing the same lines (at a resize,
    every minute) changes nothing."""
    from textual.widgets import Static

    updates = []
    original = Static.update

    def update(self, *args, **kwargs):
        if self.id == "crisis-body":
            updates.append(str(args[0]) if args else "")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Static, "update", update)
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        lines = app.screen.query_one("#unlock-crisis")
        lines._redraw()
        await pilot.resize_terminal(90, 24)
        await settle(pilot)
        assert "Kirkens SOS" in str(app.screen.query_one("#crisis-body").render())
    assert updates == []


async def test_the_unlock_screen_is_the_first_screen_not_one_pushed_over_it(make_vault, make_app):
    """Pushed over Textual's blank screen, it was laid out and painted a frame later."""
    from tryggsti.ui.screens.unlock_screen import UnlockScreen

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert len(app.screen_stack) == 1
        assert isinstance(app.screen_stack[0], UnlockScreen)


async def test_the_passphrase_is_gone_from_the_unlock_screen_once_open(make_vault, make_app):
    """The unlock screen stays at the bottom of the stack, under Hjem: emptied at once,
    with no spinner left turning out of sight; after a lock it is as new."""
    from textual.widgets import Input

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        below = app.screen_stack[0]
        assert type(app.screen).__name__ == "HomeScreen"
        assert below.query_one("#passphrase", Input).value == ""
        assert not below.query("#unlock-busy")
        await pilot.press("f12", "x")
        await settle(pilot)
        assert app.screen is below and len(app.screen_stack) == 1
        field = below.query_one("#passphrase", Input)
        assert field.value == "" and not field.disabled and app.focused is field
        await pilot.press("f1")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"
        await pilot.press("escape")  # back to the unlock screen, never past it
        await settle(pilot)
        assert app.screen is below
        await unlock(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert len(app.screen_stack) == 2


async def test_the_spinner_shows_only_while_unlocking(make_vault, make_app, monkeypatch):
    from tryggsti.ui.screens.unlock_screen import UnlockScreen

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert not screen.query("LoadingIndicator")  # not made, not animating out of sight
        monkeypatch.setattr(UnlockScreen, "_unlock", lambda self, passphrase: None)
        await pilot.press(*"feil-passord", "enter")
        await pilot.pause()
        assert screen.query_one("#unlock-busy").display
        from tryggsti.vault.errors import WrongPassphrase

        screen._failed(WrongPassphrase())
        await pilot.pause()
        assert not screen.query("LoadingIndicator")
        assert "prøv igjen" in str(screen.query_one("#unlock-message").render())


async def test_the_recovery_code_is_visible_and_grouped_while_typed(make_vault, make_app):
    code = make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        await pilot.press(*code.replace("-", "").lower())
        await settle(pilot)
        shown = app.export_screenshot().replace("&#160;", " ")
        assert code in shown  # upper case, in groups, as on the paper
        app.screen.query_one("#hide-code").value = True
        await settle(pilot)
        assert code not in app.export_screenshot().replace("&#160;", " ")


async def test_the_first_message_takes_its_place_without_moving_the_buttons(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert not screen.query("#unlock-message")  # made with the first message
        where = [button.region for button in screen.query("Button")]
        await pilot.press("enter")  # an empty passphrase is answered
        await settle(pilot)
        message = screen.query_one("#unlock-message")
        assert str(message.render()).strip()
        assert [button.region for button in screen.query("Button")] == where
        assert message.region.bottom < where[0].y  # above the buttons, as a line of its own
        screen.start_again()  # the next lock empties it and keeps its place
        await settle(pilot)
        assert str(message.render()).strip() == ""
        assert [button.region for button in screen.query("Button")] == where
