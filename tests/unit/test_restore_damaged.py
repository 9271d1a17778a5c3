"""A damaged vault can be restored from a backup: the message's command works."""

from __future__ import annotations

import json

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg, run_cli
from tryggsti.vault.storage import list_backups


def _restore(monkeypatch, capsys, vault, number="1", passphrase=PASSPHRASE):
    return run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "sikkerhetskopi",
        "gjenopprett",
        number,
        "--passphrase-stdin",
        stdin=passphrase + "\n",
    )


def _damaged_vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    for mood, note in (("3", "Første"), ("4", "Andre"), ("5", "Tredje")):
        result = logg(
            monkeypatch, capsys, vault, mood, "--notat", "-", stdin=f"{PASSPHRASE}\n{note}\n"
        )
        assert result.code == 0, result.err
    damaged = vault.read_bytes()[:-40]  # a sync glitch cut the file short
    vault.write_bytes(damaged)
    return vault, damaged


def test_a_vault_cut_short_is_restored_from_the_backup_and_kept(tmp_path, monkeypatch, capsys):
    vault, damaged = _damaged_vault(tmp_path, monkeypatch, capsys)
    opened = logg(monkeypatch, capsys, vault, "6")
    assert opened.code == 3
    assert "sikkerhetskopi gjenopprett N" in opened.err  # points to a command that works
    count = len(list_backups(vault))

    result = _restore(monkeypatch, capsys, vault)

    assert result.code == 0, result.err
    [kept] = vault.parent.glob("v.vault.skadet-*")
    assert kept.read_bytes() == damaged  # nothing lost
    assert str(kept) in result.out
    assert len(list_backups(vault)) == count
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
        stdin=PASSPHRASE + "\n",
    )
    assert exported.code == 0, exported.err
    notes = [c["note"] for c in json.loads((tmp_path / "alt.json").read_text())["checkins"]]
    assert sorted(notes) == ["Andre", "Første"]  # the version before the last save
    assert "tilbake" not in exported.err  # a restore is no rollback: no warning after it


def test_restoring_over_a_damaged_vault_with_a_wrong_passphrase_changes_nothing(
    tmp_path, monkeypatch, capsys
):
    vault, damaged = _damaged_vault(tmp_path, monkeypatch, capsys)
    result = _restore(monkeypatch, capsys, vault, passphrase="feil passord her")
    assert result.code in (2, 3)
    assert vault.read_bytes() == damaged
    assert list(vault.parent.glob("v.vault.skadet-*")) == []


def test_a_vault_that_is_gone_is_restored_from_its_backup(tmp_path, monkeypatch, capsys):
    vault, _ = _damaged_vault(tmp_path, monkeypatch, capsys)
    vault.unlink()
    result = _restore(monkeypatch, capsys, vault)
    assert result.code == 0, result.err
    assert logg(monkeypatch, capsys, vault, "6").code == 0
    assert list(vault.parent.glob("v.vault.skadet-*")) == []


def test_a_restore_that_cannot_be_written_leaves_no_second_name(tmp_path, monkeypatch, capsys):
    import errno

    from tryggsti.vault import storage

    vault, damaged = _damaged_vault(tmp_path, monkeypatch, capsys)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage.tempfile, "mkstemp", full)
    result = _restore(monkeypatch, capsys, vault)
    assert result.code == 1
    assert "disken er full" in result.err
    assert vault.read_bytes() == damaged
    assert list(vault.parent.glob("v.vault.skadet-*")) == []


def test_a_damaged_backup_is_named_as_the_backup_not_the_vault(tmp_path, monkeypatch, capsys):
    vault, damaged = _damaged_vault(tmp_path, monkeypatch, capsys)
    newest = list_backups(vault)[0]
    newest.write_bytes(newest.read_bytes()[:-40])
    result = _restore(monkeypatch, capsys, vault)
    assert result.code == 3
    assert "Sikkerhetskopien kan ikke åpnes" in result.err
    assert vault.read_bytes() == damaged
    assert list(vault.parent.glob("v.vault.skadet-*")) == []

    healthy = tmp_path / "frisk.vault"
    init_vault(monkeypatch, capsys, healthy)
    assert logg(monkeypatch, capsys, healthy, "4").code == 0
    assert logg(monkeypatch, capsys, healthy, "5").code == 0
    backup = list_backups(healthy)[0]
    backup.write_bytes(backup.read_bytes()[:-40])
    before = healthy.read_bytes()
    result = _restore(monkeypatch, capsys, healthy)
    assert result.code == 3
    assert "Sikkerhetskopien kan ikke åpnes" in result.err
    assert healthy.read_bytes() == before
