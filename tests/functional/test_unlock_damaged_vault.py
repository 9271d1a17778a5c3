"""A damaged vault is met on the unlock screen with a way back: its newest backup."""

from __future__ import annotations

from tests.helpers import PASSPHRASE, settle, unlock
from tryggsti.services.session import VaultSession


async def test_the_unlock_screen_restores_the_newest_backup_of_a_damaged_vault(
    make_vault, make_app, vault_path
):
    make_vault()
    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        session.data.profile.display_name = "Kari"
        session.save()  # the version from make_vault is now a backup
    damaged = vault_path.read_bytes()[:-40]
    vault_path.write_bytes(damaged)

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert type(app.screen).__name__ == "UnlockScreen"
        said = str(app.screen.query_one("#unlock-message").render())
        assert "hente fram den nyeste sikkerhetskopien med samme passord" in said
        assert app.screen.query_one("#passphrase").value == PASSPHRASE  # kept for it
        assert app.focused is app.screen.query_one("#restore-damaged")
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.session is not None
        [kept] = vault_path.parent.glob("tryggsti.vault.skadet-*")
        assert kept.read_bytes() == damaged
        assert any(kept.name in str(n.message) for n in app._notifications)

    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        assert session.data.profile.display_name == ""  # the backup's version


async def test_the_restore_button_is_in_view_on_a_small_terminal(make_vault, make_app, vault_path):
    make_vault()
    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        session.save()
    vault_path.write_bytes(vault_path.read_bytes()[:-40])
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await unlock(pilot)
        await settle(pilot)
        button = app.screen.query_one("#restore-damaged")
        form = app.screen.query_one("#unlock-form")
        assert form.region.contains_region(button.region)


async def test_a_wrong_passphrase_on_a_damaged_vault_offers_nothing_and_keeps_it(
    make_vault, make_app, vault_path
):
    make_vault()
    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        session.save()
    damaged = vault_path.read_bytes()[:-40]
    vault_path.write_bytes(damaged)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "feil-passord")
        assert type(app.screen).__name__ == "UnlockScreen"
        assert app.session is None
    assert vault_path.read_bytes() == damaged
    assert list(vault_path.parent.glob("tryggsti.vault.skadet-*")) == []


async def test_a_damaged_newest_backup_is_passed_over_for_the_one_before(
    make_vault, make_app, vault_path
):
    from tryggsti.vault.storage import list_backups

    make_vault()
    for name in ("Kari", "Ola"):
        with VaultSession.unlock(vault_path, PASSPHRASE) as session:
            session.data.profile.display_name = name
            session.save()
    newest = list_backups(vault_path)[0]  # the version named Kari
    newest.write_bytes(newest.read_bytes()[:-40])
    vault_path.write_bytes(vault_path.read_bytes()[:-40])
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")  # on the offered button
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        assert session.data.profile.display_name == ""  # the version before Kari
