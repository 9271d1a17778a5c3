"""The app says so at unlock when the vault is a copy from before a passphrase change."""

from __future__ import annotations

import shutil

from tests.helpers import PASSPHRASE, unlock
from tryggsti.services.session import VaultSession


async def test_a_copy_from_before_a_passphrase_change_is_flagged_in_the_app(
    make_vault, make_app, vault_path, tmp_path
):
    make_vault()
    old_copy = tmp_path / "kopi.vault"
    shutil.copy2(vault_path, old_copy)
    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        session.change_passphrase("en helt ny setning", log_n=4)
    shutil.copy2(old_copy, vault_path)  # put back by someone else

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)  # the old passphrase opens the copy
        assert type(app.screen).__name__ == "HomeScreen"
        messages = [str(n.message) for n in app._notifications]
        assert any("fra før du byttet passord" in m for m in messages), messages
