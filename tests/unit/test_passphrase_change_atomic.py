"""A passphrase change is one step as the person sees it: all of it, or none of it.

At every moment the vault and each backup open with exactly one of the two passphrases;
old-key files go only after the vault itself is on the new key; a failure before that
changes nothing (and only then is «urørt» said); a run cut short is finished later.
"""

from __future__ import annotations

import errno
import os
import tempfile

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg, run_cli
from tryggsti.vault import storage
from tryggsti.vault.errors import VaultDamaged, WrongPassphrase
from tryggsti.vault.storage import list_backups
from tryggsti.vault.vault import read_without_writing

NEW_PASSPHRASE = "en helt ny setning"


def _vault_with_backups(tmp_path, monkeypatch, capsys, name="v.vault"):
    vault = tmp_path / "hvelv" / name
    vault.parent.mkdir(exist_ok=True)
    init_vault(monkeypatch, capsys, vault)
    for mood in ("3", "4", "5", "6"):
        assert logg(monkeypatch, capsys, vault, mood).code == 0
    assert len(list_backups(vault)) >= 4
    return vault


def _change(monkeypatch, capsys, vault, *extra, old=PASSPHRASE, new=NEW_PASSPHRASE):
    return run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        *extra,
        "--passphrase-stdin",
        stdin=f"{old}\n{new}\n",
    )


def _opens_with(path, passphrase: str) -> bool:
    try:
        read_without_writing(path, passphrase)
    except (WrongPassphrase, VaultDamaged):
        return False
    return True


def _which(path) -> set[str]:
    return {p for p in (PASSPHRASE, NEW_PASSPHRASE) if _opens_with(path, p)}


def _leftovers(vault) -> list[str]:
    folders = [vault.parent, storage.backup_folder(vault)]
    return sorted(
        p.name
        for folder in folders
        for p in folder.iterdir()
        if p.name.endswith((".rekeyed", ".retired", ".tmp"))
    )


def _refuse_temp_files_in(monkeypatch, folder, code):
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        if os.path.samefile(kwargs.get("dir", "."), folder):
            raise OSError(code, os.strerror(code))
        return real(*args, **kwargs)

    monkeypatch.setattr(storage.tempfile, "mkstemp", mkstemp)


def _assert_untouched(vault, count):
    assert _which(vault) == {PASSPHRASE}
    backups = list_backups(vault)
    assert len(backups) == count
    for backup in backups:
        assert _which(backup) == {PASSPHRASE}, backup.name
    assert _leftovers(vault) == []


def _assert_changed(vault, count):
    assert _which(vault) == {NEW_PASSPHRASE}
    backups = list_backups(vault)
    assert len(backups) == count
    for backup in backups:
        assert _which(backup) == {NEW_PASSPHRASE}, backup.name
    assert _leftovers(vault) == []


def test_a_vault_folder_that_cannot_be_written_leaves_every_backup_on_the_old_passphrase(
    tmp_path, monkeypatch, capsys
):
    """As with `chmod 0555` on the vault's folder and a writable backups/ (simulated, so
    that it holds when the tests run as root)."""
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys)
    count = len(list_backups(vault))
    with monkeypatch.context() as patch:
        _refuse_temp_files_in(patch, vault.parent, errno.EACCES)
        result = _change(monkeypatch, capsys, vault)
    assert result.code == 1
    assert "urørt" in result.err
    _assert_untouched(vault, count)
    # Once the folder can be written, the change goes through and loses nothing.
    assert _change(monkeypatch, capsys, vault).code == 0
    _assert_changed(vault, count)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores modes")
def test_chmod_0555_on_the_vault_folder_changes_nothing(tmp_path, monkeypatch, capsys):
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys)
    count = len(list_backups(vault))
    os.chmod(vault.parent, 0o555)
    try:
        result = _change(monkeypatch, capsys, vault)
    finally:
        os.chmod(vault.parent, 0o700)
    assert result.code == 1
    assert "urørt" in result.err
    _assert_untouched(vault, count)


@pytest.mark.parametrize("failing_write", [1, 3, 5])
def test_a_full_disk_half_way_changes_nothing(tmp_path, monkeypatch, capsys, failing_write):
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys)
    count = len(list_backups(vault))
    real = storage._full_fsync
    writes = {"n": 0}

    def fsync(fd):
        writes["n"] += 1
        if writes["n"] == failing_write:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    with monkeypatch.context() as patch:
        patch.setattr(storage, "_full_fsync", fsync)
        result = _change(monkeypatch, capsys, vault)
    assert result.code == 1, result.out
    assert "disken er full" in result.err and "urørt" in result.err
    _assert_untouched(vault, count)
    assert _change(monkeypatch, capsys, vault).code == 0
    _assert_changed(vault, count)


def test_a_failure_after_the_vault_is_changed_is_finished_at_the_next_unlock(
    tmp_path, monkeypatch, capsys
):
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys)
    count = len(list_backups(vault))
    real = storage.put_in_place
    calls = {"n": 0}

    def put_in_place(staged, target):
        calls["n"] += 1
        if calls["n"] > 2:  # the vault and one backup move; then the disk goes away
            raise OSError(errno.EIO, "Input/output error")
        real(staged, target)

    with monkeypatch.context() as patch:
        patch.setattr(storage, "put_in_place", put_in_place)
        result = _change(monkeypatch, capsys, vault)
    # The vault is on the new passphrase: that is said, with the new recovery code.
    assert result.code == 0, result.err
    assert "urørt" not in result.out + result.err
    assert "neste gang du åpner hvelvet" in result.out
    assert _which(vault) == {NEW_PASSPHRASE}
    backups = list_backups(vault)
    assert len(backups) == count
    assert all(len(_which(backup)) == 1 for backup in backups)
    assert any(_which(backup) == {PASSPHRASE} for backup in backups)

    assert logg(monkeypatch, capsys, vault, "7", stdin=NEW_PASSPHRASE + "\n").code == 0
    assert _which(vault) == {NEW_PASSPHRASE}
    for backup in list_backups(vault):
        assert _which(backup) == {NEW_PASSPHRASE}, backup.name
    assert _leftovers(vault) == []


def test_deleting_the_backups_waits_until_the_vault_is_changed(tmp_path, monkeypatch, capsys):
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys)
    count = len(list_backups(vault))
    with monkeypatch.context() as patch:
        _refuse_temp_files_in(patch, vault.parent, errno.ENOSPC)
        result = _change(monkeypatch, capsys, vault, "--slett-sikkerhetskopier")
    assert result.code == 1
    _assert_untouched(vault, count)
    assert _change(monkeypatch, capsys, vault, "--slett-sikkerhetskopier").code == 0
    assert list_backups(vault) == []
    assert _leftovers(vault) == []


def test_a_rerun_after_an_old_interrupted_change_keeps_the_backups_it_can_open(
    tmp_path, monkeypatch, capsys
):
    """An older tryggsti, stopped half-way, left the vault on the old passphrase and the
    backups on the new one; running `passord` again used to delete them all."""
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys)
    count = len(list_backups(vault))
    copy = tmp_path / "kopi" / "v.vault"
    copy.parent.mkdir()
    copy.write_bytes(vault.read_bytes())
    (copy.parent / "backups").mkdir()
    for backup in list_backups(vault):
        (copy.parent / "backups" / backup.name).write_bytes(backup.read_bytes())
    assert _change(monkeypatch, capsys, copy).code == 0
    for backup in list_backups(copy):  # backups on the new key, the vault on the old
        (storage.backup_folder(vault) / backup.name).write_bytes(backup.read_bytes())

    assert _change(monkeypatch, capsys, vault).code == 0
    _assert_changed(vault, count)


def test_the_backups_of_a_rescue_file_beside_the_vault_are_not_the_vaults(
    tmp_path, monkeypatch, capsys
):
    """`backups/tryggsti-*.vault` also matched `tryggsti-reddet-<time>-<stamp>.vault`:
    the rescue file's backups were listed, pruned and deleted as the vault's own."""
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys, name="tryggsti.vault")
    rescue = vault.parent / "tryggsti-reddet-2026-03-02-1400.vault"
    init_vault(monkeypatch, capsys, rescue, passphrase="en helt annen setning")
    for mood in ("3", "4"):
        result = logg(monkeypatch, capsys, rescue, mood, stdin="en helt annen setning\n")
        assert result.code == 0
    theirs = list_backups(rescue)
    assert len(theirs) == 2
    assert not set(theirs) & set(list_backups(vault))

    assert _change(monkeypatch, capsys, vault).code == 0
    for _ in range(12):  # enough saves to prune the vault's own backups
        assert logg(monkeypatch, capsys, vault, "5", stdin=NEW_PASSPHRASE + "\n").code == 0
    assert list_backups(rescue) == theirs
    for backup in theirs:
        assert _opens_with(backup, "en helt annen setning")


def test_a_rescue_file_with_the_vaults_data_gets_the_new_passphrase_too(
    tmp_path, monkeypatch, capsys
):
    """The README promises the old passphrase opens nothing after `passord`."""
    from tryggsti.vault.vault import Vault

    vault = _vault_with_backups(tmp_path, monkeypatch, capsys, name="tryggsti.vault")
    rescue = vault.parent / "tryggsti-reddet-2026-03-02-1400.vault"
    opened, plaintext = Vault.unlock(vault, PASSPHRASE)
    opened.save_as(rescue, plaintext)
    opened.close()
    assert _which(rescue) == {PASSPHRASE}

    result = _change(monkeypatch, capsys, vault)
    assert result.code == 0, result.err
    assert _which(rescue) == {NEW_PASSPHRASE}
    assert str(rescue) in result.out
    assert _leftovers(vault) == []


@pytest.mark.parametrize(
    "garbage", [b"", b"TRYGGSTI\x00", b"not a vault at all", b"TRYGGSTI\x00\x03\x00\x00\x00\x02{}"]
)
def test_a_damaged_file_among_the_backups_does_not_stop_the_change(
    tmp_path, monkeypatch, capsys, garbage
):
    vault = _vault_with_backups(tmp_path, monkeypatch, capsys)
    count = len(list_backups(vault))
    broken = list_backups(vault)[0].with_name("v-00000000T000000000000Z.vault")
    broken.write_bytes(garbage)
    result = _change(monkeypatch, capsys, vault)
    assert result.code == 0, result.err
    assert not broken.exists()  # it opened with nothing typed: it goes, after the commit
    _assert_changed(vault, count)


def test_a_rescue_file_in_the_home_folder_is_finished_after_a_cut(tmp_path, monkeypatch, capsys):
    from pathlib import Path

    from tryggsti.vault.vault import Vault

    vault = _vault_with_backups(tmp_path, monkeypatch, capsys, name="tryggsti.vault")
    rescue = Path.home() / "tryggsti-reddet-2026-03-02-1400.vault"
    opened, plaintext = Vault.unlock(vault, PASSPHRASE)
    opened.save_as(rescue, plaintext)
    opened.close()
    real = storage.put_in_place

    def vault_only(staged, target):
        if target != vault:
            raise OSError(errno.EIO, "Input/output error")
        real(staged, target)

    with monkeypatch.context() as patch:
        patch.setattr(storage, "put_in_place", vault_only)
        result = _change(monkeypatch, capsys, vault)
    assert result.code == 0, result.err
    assert _which(rescue) == {PASSPHRASE}  # not moved over yet
    assert logg(monkeypatch, capsys, vault, "7", stdin=NEW_PASSPHRASE + "\n").code == 0
    assert _which(rescue) == {NEW_PASSPHRASE}
    assert list(Path.home().glob("*.rekeyed")) == []
