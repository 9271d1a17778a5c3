"""Saving, locking, backups and versions: the vault keeps its data whatever happens around it."""

from __future__ import annotations

import errno
import json
import os
import struct
import subprocess
import sys

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli
from tryggsti.error_messages import message_for
from tryggsti.vault import format as fmt
from tryggsti.vault import kdf
from tryggsti.vault import storage as storage_module
from tryggsti.vault.errors import SaveFailed, VaultBusy, VaultChangedOnDisk, VaultDamaged
from tryggsti.vault.vault import Vault


def _new_vault(tmp_path, payload=b'{"n":0}'):
    vault, _ = Vault.create(tmp_path / "v.vault", PASSPHRASE, payload, log_n=1)
    return vault


def test_second_process_cannot_write_while_the_first_holds_the_vault(tmp_path):
    vault = _new_vault(tmp_path)
    before = vault.path.read_bytes()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    second = subprocess.run(
        [
            sys.executable,
            "-m",
            "tryggsti",
            "--vault",
            str(vault.path),
            "logg",
            "--humør",
            "5",
            "--passphrase-stdin",
        ],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    vault.close()
    assert second.returncode != 0
    assert "allerede åpent" in second.stderr
    assert "Traceback" not in second.stderr
    assert vault.path.read_bytes() == before


def test_save_refuses_to_overwrite_a_vault_changed_on_disk(tmp_path):
    vault = _new_vault(tmp_path)
    other = _new_vault(tmp_path / "other")
    other.close()
    replacement = other.path.read_bytes()
    vault.path.write_bytes(replacement)  # something else rewrote the file
    with pytest.raises(VaultChangedOnDisk) as caught:
        vault.save(b'{"n":1}')
    vault.close()
    assert "endret av et annet program" in message_for(caught.value)
    assert vault.path.read_bytes() == replacement


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "disken er full"), (errno.EROFS, "ikke lov til å skrive")]
)
def test_full_disk_or_read_only_folder_keeps_the_old_vault(tmp_path, monkeypatch, code, words):
    vault = _new_vault(tmp_path, b'{"n":"gammel"}')
    before = vault.path.read_bytes()

    def failing_flush(fd):
        raise OSError(code, os.strerror(code))

    # The data reaches the disk at flush/fsync time: that is where a full disk says so.
    with monkeypatch.context() as patch:
        patch.setattr(storage_module, "_full_fsync", failing_flush)
        with pytest.raises(SaveFailed) as caught:
            vault.save(b'{"n":"ny"}')
    assert words in message_for(caught.value)
    assert vault.path.read_bytes() == before
    assert [p.name for p in vault.path.parent.glob("*.tmp")] == []
    vault.close()
    reopened, payload = Vault.unlock(vault.path, PASSPHRASE)
    reopened.close()
    assert json.loads(payload) == {"n": "gammel"}


def test_full_disk_through_the_command_line_exits_1_with_the_reason(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, path)
    before = path.read_bytes()

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage_module.tempfile, "mkstemp", no_space)
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        path,
        "logg",
        "--humør",
        "5",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 1
    assert "disken er full" in result.err
    assert path.read_bytes() == before


def test_files_are_private(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    vault = _new_vault(tmp_path / "folder")
    vault.save(b'{"n":1}')
    vault.close()
    assert vault.path.stat().st_mode & 0o777 == 0o600
    assert vault.path.parent.stat().st_mode & 0o777 == 0o700
    for backup in storage_module.list_backups(vault.path):
        assert backup.stat().st_mode & 0o777 == 0o600


def test_ten_distinct_backups_are_kept_and_one_can_be_restored(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, path)
    for session in range(12):  # twelve separate sessions, each changing the vault
        result = run_cli(
            monkeypatch,
            capsys,
            "--vault",
            path,
            "logg",
            "--humør",
            str(session % 11),
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )
        assert result.code == 0, result.err
    backups = storage_module.list_backups(path)
    assert len(backups) == 10
    assert len({b.read_bytes() for b in backups}) == 10
    listed = run_cli(monkeypatch, capsys, "--vault", path, "sikkerhetskopi", "liste")
    assert listed.code == 0
    assert len([line for line in listed.out.splitlines() if line.strip()[:1].isdigit()]) == 10

    changed = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        path,
        "passord",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\nnytt-passord-456\n",
    )
    assert changed.code == 0, changed.err
    restored = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        path,
        "sikkerhetskopi",
        "gjenopprett",
        "3",
        "--passphrase-stdin",
        stdin="nytt-passord-456\n",
    )
    assert restored.code == 0, restored.err
    vault, payload = Vault.unlock(path, "nytt-passord-456")  # the new passphrase still opens it
    vault.close()
    assert len(json.loads(payload)["checkins"]) < 12
    newest_backup = storage_module.list_backups(path)[0]
    kept, kept_payload = Vault.unlock(newest_backup, "nytt-passord-456")
    kept.close()
    assert len(json.loads(kept_payload)["checkins"]) == 12  # the replaced version was kept


def test_restoring_a_backup_number_that_does_not_exist_exits_1(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, path)
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        path,
        "sikkerhetskopi",
        "gjenopprett",
        "9",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 1
    assert "nummer 9" in result.err


def test_vault_from_a_newer_format_exits_3_and_is_not_touched(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, path)
    data = bytearray(path.read_bytes())
    struct.pack_into(">H", data, 8, fmt.FORMAT_VERSION + 1)  # a version from the future
    path.write_bytes(bytes(data))
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        path,
        "logg",
        "--humør",
        "5",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 3
    assert "nyere versjon" in result.err
    assert path.read_bytes() == bytes(data)


def test_payload_from_a_newer_schema_exits_3(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    vault, _ = Vault.create(path, PASSPHRASE, json.dumps({"schema": 99}).encode(), log_n=1)
    vault.close()
    before = path.read_bytes()
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        path,
        "logg",
        "--humør",
        "5",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 3
    assert "nyere versjon" in result.err
    assert path.read_bytes() == before


def test_unlock_derives_once_and_saves_never_derive(tmp_path, monkeypatch):
    vault = _new_vault(tmp_path)
    vault.close()
    calls = []
    real = kdf.scrypt
    monkeypatch.setattr(kdf, "scrypt", lambda *a: calls.append(a) or real(*a))
    opened, _ = Vault.unlock(vault.path, PASSPHRASE)
    assert len(calls) == 1
    for n in range(5):
        opened.save(json.dumps({"n": n}).encode())
    opened.close()
    assert len(calls) == 1


def test_every_save_uses_a_fresh_nonce(tmp_path):
    vault = _new_vault(tmp_path)
    vault.save(b"same")
    first_nonce, first = vault.header["payload_nonce"], vault.path.read_bytes()
    vault.save(b"same")
    vault.close()
    assert vault.header["payload_nonce"] != first_nonce
    assert vault.path.read_bytes()[-20:] != first[-20:]


@pytest.mark.parametrize(("field", "value"), [("log_n", 22), ("r", 16), ("p", 2)])
def test_kdf_parameters_beyond_the_caps_are_refused_before_deriving(
    tmp_path, monkeypatch, field, value
):
    from tryggsti.vault import format as fmt

    vault = _new_vault(tmp_path)
    vault.close()
    parsed = fmt.split(vault.path.read_bytes())
    header = json.loads(json.dumps(parsed.header))
    slot = next(s for s in header["slots"] if s["kdf"]["name"] == "scrypt")
    slot["kdf"][field] = value
    vault.path.write_bytes(fmt.join(header, parsed.ciphertext))
    monkeypatch.setattr(kdf, "scrypt", lambda *a: pytest.fail("derived with unsafe parameters"))
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault.path, PASSPHRASE)


def test_stray_temp_files_from_a_crash_are_removed_when_opening(tmp_path):
    vault = _new_vault(tmp_path)
    vault.close()
    stray = tmp_path / f"{storage_module.TEMP_PREFIX}abc{storage_module.TEMP_SUFFIX}"
    stray.write_bytes(b"half a save")
    reopened, _ = Vault.unlock(vault.path, PASSPHRASE)
    reopened.close()
    assert not stray.exists()


def test_a_closed_vault_cannot_save(tmp_path):
    vault = _new_vault(tmp_path)
    vault.close()
    with pytest.raises(VaultBusy):
        vault.save(b"{}")


def test_the_backup_folder_is_synced_before_the_vault_moves_on(tmp_path, monkeypatch):
    """Otherwise a power cut could leave the old version under neither name."""
    vault = _new_vault(tmp_path)
    vault.close()
    reopened, _ = Vault.unlock(vault.path, PASSPHRASE)
    events = []
    real_sync, real_replace = storage_module._fsync_folder, storage_module._replace
    monkeypatch.setattr(
        storage_module, "_fsync_folder", lambda f: (events.append(("sync", f)), real_sync(f))
    )
    monkeypatch.setattr(
        storage_module, "_replace", lambda s, t: (events.append(("replace", t)), real_replace(s, t))
    )
    reopened.save(b'{"n":1}')  # the first save of a session keeps a backup
    reopened.close()
    backups = storage_module.backup_folder(vault.path)
    assert ("sync", backups) in events
    assert events.index(("sync", backups)) < events.index(("replace", vault.path))
