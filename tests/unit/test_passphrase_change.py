"""A new passphrase really locks the old one out: nothing on disk opens with it any more."""

from __future__ import annotations

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg, run_cli
from tryggsti.vault import format as fmt
from tryggsti.vault.errors import VaultDamaged, WrongPassphrase, WrongRecoveryCode
from tryggsti.vault.storage import list_backups
from tryggsti.vault.vault import Vault, decrypt_payload

NEW_PASSPHRASE = "en helt ny setning"


def _log(monkeypatch, capsys, vault, mood: str, passphrase: str = PASSPHRASE):
    result = logg(monkeypatch, capsys, vault, mood, stdin=passphrase + "\n")
    assert result.code == 0, result.err


def _vault_with_backups(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    code = init_vault(monkeypatch, capsys, vault)
    for mood in ("3", "4", "5"):
        _log(monkeypatch, capsys, vault, mood)
    assert len(list_backups(vault)) >= 3
    return vault, code


def _opens_with(path, passphrase: str) -> bool:
    try:
        opened, _ = Vault.unlock(path, passphrase)
    except (WrongPassphrase, VaultDamaged):
        return False
    opened.close()
    return True


def _old_key(vault_path, passphrase: str) -> bytes:
    opened, _ = Vault.unlock(vault_path, passphrase)
    key = opened.data_key
    opened.close()
    return key


def _decrypts_with_key(path, key: bytes) -> bool:
    try:
        decrypt_payload(fmt.split(path.read_bytes()), key)
    except VaultDamaged:
        return False
    return True


def _change(monkeypatch, capsys, vault, *extra: str, old: str = PASSPHRASE):
    return run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        *extra,
        "--passphrase-stdin",
        stdin=f"{old}\n{NEW_PASSPHRASE}\n",
    )


def test_after_passord_the_old_passphrase_opens_nothing_on_disk(tmp_path, monkeypatch, capsys):
    vault, _ = _vault_with_backups(tmp_path, monkeypatch, capsys)
    old_key = _old_key(vault, PASSPHRASE)
    backups_before = len(list_backups(vault))

    result = _change(monkeypatch, capsys, vault)

    assert result.code == 0, result.err
    every_file = [vault, *list_backups(vault)]
    assert len(every_file) == backups_before + 1  # the history is kept, re-encrypted
    for path in every_file:
        assert not _opens_with(path, PASSPHRASE), path
        # Not even someone who noted the old data key can read any file now.
        assert not _decrypts_with_key(path, old_key), path
        assert _opens_with(path, NEW_PASSPHRASE), path


def test_after_passord_the_old_recovery_code_opens_nothing_and_a_new_one_is_shown(
    tmp_path, monkeypatch, capsys
):
    vault, old_code = _vault_with_backups(tmp_path, monkeypatch, capsys)
    result = _change(monkeypatch, capsys, vault)
    assert result.code == 0, result.err
    shown = [line.strip() for line in result.out.splitlines() if line.count("-") >= 5]
    assert shown and shown[-1] != old_code
    for path in [vault, *list_backups(vault)]:
        with pytest.raises(WrongRecoveryCode):
            Vault.unlock_with_recovery_code(path, old_code)
        opened, _ = Vault.unlock_with_recovery_code(path, shown[-1])
        opened.close()


def test_passord_can_delete_the_old_backups_instead(tmp_path, monkeypatch, capsys):
    vault, _ = _vault_with_backups(tmp_path, monkeypatch, capsys)
    result = _change(monkeypatch, capsys, vault, "--slett-sikkerhetskopier")
    assert result.code == 0, result.err
    assert list_backups(vault) == []
    assert not _opens_with(vault, PASSPHRASE)
    assert _opens_with(vault, NEW_PASSPHRASE)


def test_new_passphrase_with_the_recovery_code_also_makes_a_new_key(tmp_path, monkeypatch, capsys):
    vault, code = _vault_with_backups(tmp_path, monkeypatch, capsys)
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--gjenopprettingskode",
        "--passphrase-stdin",
        stdin=f"{code}\n{NEW_PASSPHRASE}\n",
    )
    assert result.code == 0, result.err
    for path in [vault, *list_backups(vault)]:
        assert not _opens_with(path, PASSPHRASE)
        with pytest.raises(WrongRecoveryCode):
            Vault.unlock_with_recovery_code(path, code)


def test_the_data_survives_a_passphrase_change_and_a_restore_after_it(
    tmp_path, monkeypatch, capsys
):
    vault, _ = _vault_with_backups(tmp_path, monkeypatch, capsys)
    assert _change(monkeypatch, capsys, vault).code == 0
    restored = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "sikkerhetskopi",
        "gjenopprett",
        "1",
        "--passphrase-stdin",
        stdin=NEW_PASSPHRASE + "\n",
    )
    assert restored.code == 0, restored.err
    exported = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "eksport",
        "--format",
        "json",
        "--ut",
        tmp_path / "alt.json",
        "--passphrase-stdin",
        stdin=NEW_PASSPHRASE + "\n",
    )
    assert exported.code == 0, exported.err
    assert (tmp_path / "alt.json").read_text(encoding="utf-8").count('"mood"') >= 2


def test_a_backup_that_opens_with_nothing_typed_is_removed(tmp_path, monkeypatch, capsys):
    """A foreign file among the backups could open with some old secret: it goes."""
    vault, _ = _vault_with_backups(tmp_path, monkeypatch, capsys)
    other = tmp_path / "other" / "o.vault"
    init_vault(monkeypatch, capsys, other, passphrase="en helt annen setning")
    stray = list_backups(vault)[0].with_name("v-00000000T000000000000Z.vault")
    stray.write_bytes(other.read_bytes())
    assert _change(monkeypatch, capsys, vault).code == 0
    assert not stray.exists()


def test_a_backup_on_another_key_that_opens_with_the_typed_passphrase_is_kept(
    tmp_path, monkeypatch, capsys
):
    """As an older tryggsti's interrupted change left them: re-encrypted, never deleted."""
    vault, _ = _vault_with_backups(tmp_path, monkeypatch, capsys)
    other = tmp_path / "other" / "o.vault"
    init_vault(monkeypatch, capsys, other)
    stray = list_backups(vault)[0].with_name("v-00000000T000000000000Z.vault")
    stray.write_bytes(other.read_bytes())
    assert _change(monkeypatch, capsys, vault).code == 0
    assert stray.exists()
    assert _opens_with(stray, NEW_PASSPHRASE)
    assert not _opens_with(stray, PASSPHRASE)
