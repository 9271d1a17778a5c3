"""A vault with fields this version does not know: the app says so when it opens, since
its next save cannot keep them (issue 30, Low)."""

from __future__ import annotations

from tests.helpers import PASSPHRASE, unlock
from tests.unit.test_unknown_fields import _with_unknowns


async def test_the_app_names_what_its_next_save_leaves_out(make_app, vault_path):
    from tryggsti.vault.vault import Vault

    vault_path.parent.mkdir(parents=True)
    Vault.create(vault_path, PASSPHRASE, _with_unknowns(), log_n=4)[0].close()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        said = [str(n.message) for n in app._notifications]
        assert any("ikke kjenner" in m and "later_kind" in m for m in said), said


async def test_a_vault_tryggsti_wrote_says_nothing_of_the_kind(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        assert not any("ikke kjenner" in str(n.message) for n in app._notifications)
