"""Read-only and foreign folders, and a vault linked into place: clear words, nothing lost,
and nothing changed that tryggsti does not own."""

from __future__ import annotations

import contextlib
import os
import stat
import subprocess
from pathlib import Path

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg, run_cli
from tryggsti.vault.storage import list_backups
from tryggsti.vault.vault import Vault

posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@contextlib.contextmanager
def write_protected(folder: Path):
    """Make `folder` unwritable for this process: by its mode, or for root (whom modes do
    not stop) by a read-only bind mount of it."""
    if os.geteuid() != 0:
        paths = [folder, *folder.rglob("*")]
        for path in paths:
            path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            for path in paths:
                path.chmod(0o755 if path.is_dir() else 0o644)
        return
    mounted = subprocess.run(
        ["mount", "--bind", "-o", "ro", str(folder), str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("root without mount: cannot make a folder read-only here")
    try:
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def _readonly_vault(folder, monkeypatch, capsys) -> Path:
    vault = folder / "data" / "tryggsti.vault"
    init_vault(monkeypatch, capsys, vault)
    logged = logg(monkeypatch, capsys, vault, "6", "--notat", "-", stdin=f"{PASSPHRASE}\nlest\n")
    assert logged.code == 0, logged.err
    return vault


def _cli(monkeypatch, capsys, *args):
    return run_cli(monkeypatch, capsys, *args, stdin=PASSPHRASE + "\n")


@posix_only
def test_a_read_only_vault_can_still_be_read_and_exported(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "pinne"
    vault = _readonly_vault(folder, monkeypatch, capsys)
    before = vault.read_bytes()
    with write_protected(folder):
        exported = _cli(
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
        )
        listed = _cli(monkeypatch, capsys, "--vault", vault, "sikkerhetskopi", "liste")
    assert exported.code == 0, exported.err
    assert "lest" in (tmp_path / "alt.json").read_text(encoding="utf-8")
    assert listed.code == 0, listed.err
    assert vault.read_bytes() == before


@posix_only
@pytest.mark.parametrize("command", [("logg", "--humør", "3"), ("passord",)])
def test_writing_to_a_read_only_vault_says_so_in_norwegian_and_changes_nothing(
    tmp_path, monkeypatch, capsys, command
):
    folder = tmp_path / "pinne"
    vault = _readonly_vault(folder, monkeypatch, capsys)
    before = vault.read_bytes()
    with write_protected(folder):
        result = run_cli(
            monkeypatch,
            capsys,
            "--vault",
            vault,
            *command,
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\nnytt passord her\n",
        )
    assert result.code == 1, result.err
    assert "ikke lov til å skrive" in result.err
    assert vault.read_bytes() == before


@posix_only
def test_a_new_vault_under_a_read_only_folder_gets_a_clear_message(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "pinne"
    folder.mkdir()
    with write_protected(folder):
        result = _cli(
            monkeypatch,
            capsys,
            "--vault",
            folder / "ny" / "x.vault",
            "init",
            "--passphrase-stdin",
        )
    assert result.code == 1
    assert "ikke lov til å skrive" in result.err


@posix_only
def test_a_shared_folder_keeps_its_mode(tmp_path, monkeypatch, capsys):
    shared = tmp_path / "delt"
    shared.mkdir()
    shared.chmod(0o1777)
    init_vault(monkeypatch, capsys, shared / "x.vault")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777


@posix_only
def test_a_folder_tryggsti_makes_is_private(tmp_path, monkeypatch, capsys):
    init_vault(monkeypatch, capsys, tmp_path / "ny" / "x.vault")
    assert stat.S_IMODE((tmp_path / "ny").stat().st_mode) == 0o700


def test_a_vault_linked_into_place_is_saved_at_its_real_path(tmp_path, monkeypatch, capsys):
    stick = tmp_path / "minnepinne"
    real = stick / "tryggsti.vault"
    init_vault(monkeypatch, capsys, real)
    link = tmp_path / "data" / "tryggsti.vault"
    link.parent.mkdir()
    link.symlink_to(real)

    note = f"{PASSPHRASE}\nvia lenke\n"
    logged = logg(monkeypatch, capsys, link, "7", "--notat", "-", stdin=note)

    assert logged.code == 0, logged.err
    assert link.is_symlink() and link.resolve() == real
    opened, payload = Vault.unlock(real, PASSPHRASE)
    opened.close()
    assert b"via lenke" in payload
    assert list_backups(real) and not (link.parent / "backups").exists()
    assert (stick / "tryggsti.vault.lock").exists()
