"""A copy of the vault put back over it is noticed at unlock, and said plainly."""

from __future__ import annotations

import json
import shutil

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg, run_cli
from tryggsti.vault import format as fmt
from tryggsti.vault import seen

NEW_PASSPHRASE = "en helt ny setning"
OLDER = "eldre enn det tryggsti åpnet sist"
BEFORE_CHANGE = "fra før du byttet passord"


def _vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    assert logg(monkeypatch, capsys, vault, "4").code == 0
    return vault


def test_a_copy_from_before_passord_put_back_is_flagged_at_unlock(tmp_path, monkeypatch, capsys):
    """With a controlling partner this is the realistic attack: the old passphrase opens
    the copy, and what is written next goes under the key the person changed away from."""
    vault = _vault(tmp_path, monkeypatch, capsys)
    old_copy = tmp_path / "kopi.vault"
    shutil.copy2(vault, old_copy)
    changed = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
    )
    assert changed.code == 0, changed.err
    shutil.copy2(old_copy, vault)  # put back

    result = logg(monkeypatch, capsys, vault, "5")

    assert result.code == 0  # it still opens: the person decides
    assert BEFORE_CHANGE in result.err
    assert "tryggsti passord" in result.err


def test_an_older_generation_put_back_is_flagged_once(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    old_copy = tmp_path / "kopi.vault"
    shutil.copy2(vault, old_copy)
    for mood in ("5", "6"):
        assert logg(monkeypatch, capsys, vault, mood).code == 0
    shutil.copy2(old_copy, vault)

    first = logg(monkeypatch, capsys, vault, "7")
    assert first.code == 0
    assert OLDER in first.err
    # That save moved the count on above what was seen: the next unlock is quiet.
    second = logg(monkeypatch, capsys, vault, "8")
    assert second.code == 0
    assert OLDER not in second.err and BEFORE_CHANGE not in second.err


def test_restoring_a_backup_moves_the_generation_on_and_warns_nobody(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    for mood in ("5", "6"):
        assert logg(monkeypatch, capsys, vault, mood).code == 0
    before = fmt.split(vault.read_bytes()).generation
    restored = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "sikkerhetskopi",
        "gjenopprett",
        "2",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert restored.code == 0, restored.err
    assert fmt.split(vault.read_bytes()).generation > before
    after = logg(monkeypatch, capsys, vault, "7")
    assert after.code == 0
    assert OLDER not in after.err and BEFORE_CHANGE not in after.err


def test_the_state_file_holds_nothing_secret(tmp_path, monkeypatch, capsys):
    from tryggsti.vault.vault import Vault

    vault = _vault(tmp_path, monkeypatch, capsys)
    opened, _ = Vault.unlock(vault, PASSPHRASE)
    old_key = opened.data_key
    opened.close()
    run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{NEW_PASSPHRASE}\n",
    )
    state_file = seen.default_state_path()
    text = state_file.read_text(encoding="utf-8")
    state = json.loads(text)
    assert set(state) == {"vaults", "retired_key_ids"}
    assert state["vaults"] == {str(vault): {"generation": fmt.split(vault.read_bytes()).generation}}
    assert len(state["retired_key_ids"]) == 1
    assert PASSPHRASE not in text and NEW_PASSPHRASE not in text
    assert fmt.b64(old_key) not in text and old_key.hex() not in text


def test_a_garbled_or_missing_state_file_never_stands_in_the_way(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    state_file = seen.default_state_path()
    for garbage in (b"\xff\xfe not json", b"[1, 2]", b'{"vaults": 5, "retired_key_ids": 7}'):
        state_file.write_bytes(garbage)
        result = logg(monkeypatch, capsys, vault, "5")
        assert result.code == 0, result.err
        assert result.err == ""
    state_file.unlink()
    assert logg(monkeypatch, capsys, vault, "6").code == 0


def test_a_new_vault_made_where_one_was_before_is_no_old_copy(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    for mood in ("5", "6"):
        assert logg(monkeypatch, capsys, vault, mood).code == 0
    vault.unlink()
    init_vault(monkeypatch, capsys, vault)
    result = logg(monkeypatch, capsys, vault, "7")
    assert result.code == 0
    assert OLDER not in result.err


def test_a_fifo_or_a_folder_as_the_state_file_never_hangs_or_fails(tmp_path, monkeypatch, capsys):
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("needs mkfifo")
    vault = _vault(tmp_path, monkeypatch, capsys)
    state_file = seen.default_state_path()
    state_file.unlink()
    os.mkfifo(state_file)
    assert logg(monkeypatch, capsys, vault, "5").code == 0  # no hang on the FIFO
    state_file.unlink()  # the save replaced it by a file
    state_file.mkdir()
    result = logg(monkeypatch, capsys, vault, "6")
    assert result.code == 0, result.err
