"""Innstillinger: auto-lock minutes, theme, a new passphrase, restoring a backup."""

from __future__ import annotations

from tests.helpers import PASSPHRASE, settle, unlock


async def _open(pilot):
    await unlock(pilot)
    await pilot.press("s")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "SettingsScreen"
    return pilot.app.screen


async def test_auto_lock_and_theme_are_saved_to_the_config(make_vault, make_app, tmp_path):
    from tryggsti.config import load_config

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        minutes = screen.query_one("#minutes")
        minutes.focus()
        minutes.value = ""
        await pilot.press("3", "enter")
        await settle(pilot)
        assert "3 minutter" in str(screen.query_one("#settings-message").render())
        screen.query_one("#theme").focus()
        await pilot.press("right", "enter")
        await settle(pilot)
        assert app.theme == "tryggsti-kontrast"
    saved = load_config(tmp_path / "config" / "config.toml")
    assert (saved.auto_lock_minutes, saved.theme) == (3, "tryggsti-kontrast")


async def test_a_new_passphrase_opens_the_vault_next_time(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.query_one("#current").value = PASSPHRASE
        screen.query_one("#new-1").value = "et helt nytt passord"
        screen.query_one("#new-2").value = "et helt nytt passord"
        screen.query_one("#change").press()
        await settle(pilot)
        # A new key means a new recovery code, shown once; then back to the settings.
        assert type(app.screen).__name__ == "RecoveryCodeScreen"
        app.screen.query_one("#last-group").value = app.screen._code.split("-")[-1]
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert "byttet" in str(screen.query_one("#passphrase-message").render())
        await pilot.press("f12", "x")
        await settle(pilot)
        await unlock(pilot, "et helt nytt passord")
        assert app.session is not None


async def test_changing_the_passphrase_needs_the_current_one(make_vault, make_app, vault_path):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        before = vault_path.read_bytes()
        for current in ("", "noen andres gjetning"):
            screen.query_one("#current").value = current
            screen.query_one("#new-1").value = "et helt nytt passord"
            screen.query_one("#new-2").value = "et helt nytt passord"
            screen.query_one("#change").press()
            await settle(pilot)
            assert app.screen is screen
            assert "byttet" not in str(screen.query_one("#passphrase-message").render())
        assert vault_path.read_bytes() == before
    from tryggsti.services.session import VaultSession

    with VaultSession.unlock(vault_path, PASSPHRASE):
        pass


async def test_different_new_passphrases_are_refused(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.query_one("#current").value = PASSPHRASE
        screen.query_one("#new-1").value = "et helt nytt passord"
        screen.query_one("#new-2").value = "et annet passord"
        screen.query_one("#change").press()
        await settle(pilot)
        assert "ikke like" in str(screen.query_one("#passphrase-message").render()).lower()


async def test_restoring_a_backup_brings_back_the_old_data_and_can_be_undone(make_vault, make_app):
    from tryggsti.services.checkins import check_in

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        check_in(app.session, mood=5, distress=2)
        await settle(pilot)
        check_in(app.session, mood=6, distress=2)
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#backups").row_count == 1
        screen.query_one("#restore").press()
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmScreen"
        app.screen.query_one("#yes").press()
        await settle(pilot)
        # The backup is the vault as it was before this session's first save: empty.
        assert app.session.data.checkins == []
        assert "hentet fram" in str(screen.query_one("#settings-message").render())
        # Undo: the version just replaced is now the newest backup.
        screen.query_one("#restore").press()
        await settle(pilot)
        app.screen.query_one("#yes").press()
        await settle(pilot)
        assert [c.mood for c in app.session.data.checkins] == [5, 6]


async def test_move_to_a_new_machine_shows_where_the_file_is(make_vault, make_app, vault_path):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        button = screen.query_one("#move")
        button.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert type(pilot.app.screen).__name__ == "MoveScreen"
        text = str(pilot.app.screen.query_one("#move-text").render())
        assert vault_path.name in text
        assert "tryggsti flytt sjekk" in text


async def test_the_chosen_theme_is_there_from_the_first_frame(make_vault, make_app, monkeypatch):
    """The theme from the config is set before any CSS is read: the start does not parse
    every style sheet a second time for it (that cost 30–40 ms before the unlock screen)."""
    from textual.css.stylesheet import Stylesheet

    from tryggsti.config import Config
    from tryggsti.ui.themes import HIGH_CONTRAST

    reparses = []
    original = Stylesheet.reparse
    monkeypatch.setattr(Stylesheet, "reparse", lambda self: (reparses.append(1), original(self)))
    make_vault()
    app = make_app(config=Config(theme="tryggsti-kontrast"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "tryggsti-kontrast"
        assert app.has_class("-theme-tryggsti-kontrast")
        assert app.theme_variables["background"] == HIGH_CONTRAST.background
        assert type(app.screen).__name__ == "UnlockScreen"
        assert reparses == []


async def test_enkel_modus_and_the_accessible_themes_are_chosen_here(
    make_vault, make_app, tmp_path
):
    """The switch writes `enkel_modus = true` for the next start; the terminal's own
    palette (Textual's ANSI colours) and a light theme are in the list."""
    from tryggsti.config import load_config

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.query_one("#enkel-modus").focus()
        await pilot.press("space")
        await settle(pilot)
        screen.query_one("#theme").focus()
        await pilot.press("right", "right", "enter")
        await settle(pilot)
        assert app.theme == "tryggsti-terminal"
        assert app.current_theme.ansi
        await pilot.press("right", "enter")
        await settle(pilot)
        assert app.theme == "tryggsti-lys"
        assert not app.current_theme.dark
    saved = load_config(tmp_path / "config" / "config.toml")
    assert (saved.enkel_modus, saved.theme) == (True, "tryggsti-lys")
