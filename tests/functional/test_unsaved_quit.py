"""Quitting when the last change could not be saved: the person is asked, and what they
wrote can be kept in a new file."""

from __future__ import annotations

from tests.helpers import PASSPHRASE, settle


def _change_and_break_the_save(app, vault_path):
    """A change the app tries to save after another program replaced the vault file."""
    from tryggsti.domain.records import CheckIn

    stranger = vault_path.read_bytes()[:-1] + bytes([vault_path.read_bytes()[-1] ^ 1])
    vault_path.write_bytes(stranger)  # changed on disk, same size, by someone else
    session = app.session
    session.data.checkins.append(
        CheckIn(id="ny", at=session.clock(), mood=3, distress=7, note="ikke mist meg")
    )
    session.save()
    return stranger


async def test_quit_with_unsaved_changes_asks_instead_of_exiting(
    make_vault, make_app, vault_path, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        stranger = _change_and_break_the_save(app, vault_path)
        await settle(pilot)
        assert app.save_state == "failed"
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert type(app.screen).__name__ == "UnsavedQuitScreen"
        assert app.is_running
        await pilot.press("escape")  # back: nothing lost, the app is still open
        await settle(pilot)
        assert app.session is not None and app.is_running
    assert vault_path.read_bytes() == stranger  # never saved over the other program's file


async def test_lagre_som_keeps_the_changes_in_a_new_file_that_opens(
    make_vault, make_app, vault_path, tmp_path, unlocked_app
):
    make_vault()
    app = make_app()
    target = tmp_path / "reddet.vault"
    async with unlocked_app(app, size=(80, 24)) as pilot:
        _change_and_break_the_save(app, vault_path)
        await settle(pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        app.screen.query_one("#save-as-path").value = str(target)
        app.screen.query_one("#save-as").press()
        await settle(pilot)
        assert app._exit
    from tryggsti.vault.vault import Vault

    opened, payload = Vault.unlock(target, PASSPHRASE)
    opened.close()
    assert b"ikke mist meg" in payload


async def test_quit_with_everything_saved_just_quits(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app._exit


async def test_a_read_only_vault_opens_says_so_and_asks_before_quitting(
    make_vault, make_app, vault_path, unlocked_app
):
    import os

    import pytest

    from tests.unit.test_foreign_folders import write_protected

    if os.name == "nt":
        pytest.skip("POSIX permissions")
    make_vault()
    before = vault_path.read_bytes()
    app = make_app()
    with write_protected(vault_path.parent):
        async with unlocked_app(app, size=(80, 24)) as pilot:
            assert app.session is not None and app.session.read_only
            assert any("skrive i" in str(n.message) for n in app._notifications)
            app.session.data.profile.display_name = "ny"
            app.session.save()
            await settle(pilot)
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert type(app.screen).__name__ == "UnsavedQuitScreen"
            app.screen.query_one("#quit").press()
            await settle(pilot)
    assert vault_path.read_bytes() == before
