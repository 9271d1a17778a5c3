"""The Low items of issue 30, each with its case: a killed export's plaintext temp file,
record ids in the calendar's UID, vault names of 235–255 bytes, a planted `backups`
symlink."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date, datetime, timedelta, timezone

import pytest

from tests.unit.cli_helpers import PASSPHRASE, eksport, init_vault, logg

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
posix_only = pytest.mark.skipif(os.name == "nt", reason="POSIX")

KILLED_EXPORT = """
import os, signal, sys
from tryggsti.vault import storage
def killed(fd):
    os.kill(os.getpid(), signal.SIGKILL)  # the bytes are written: killed before the rename
storage._full_fsync = killed
from tryggsti.cli import main
sys.exit(main(sys.argv[1:]))
"""


@posix_only
def test_an_export_killed_half_way_leaves_plaintext_that_the_next_export_sweeps(
    tmp_path, monkeypatch, capsys
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    note = f"{PASSPHRASE}\nprivat-notat-99\n"
    assert logg(monkeypatch, capsys, vault, "4", "--notat", "-", stdin=note).code == 0
    folder = tmp_path / "eksporter"
    folder.mkdir()
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_EXPORT, "--vault", str(vault), "eksport", "--format",
         "json", "--ut", str(folder / "alt.json"), "--passphrase-stdin"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert killed.returncode == -9
    (left,) = [p for p in folder.iterdir() if p.name.startswith(".tryggsti-")]
    assert b"privat-notat-99" in left.read_bytes()  # what a killed export leaves
    old = time.time() - 3600
    os.utime(left, (old, old))
    fresh = folder / ".tryggsti-eksport-annen.tmp"  # another export, still running
    fresh.write_bytes(b"x")
    assert eksport(monkeypatch, capsys, vault, "md", folder / "rapport.md").code == 0
    assert not left.exists() and fresh.exists()


def test_record_ids_cannot_add_lines_to_the_calendar():
    from tryggsti.domain.records import Commitment, Profile, VaultData
    from tryggsti.services.calendar_ics import render_ics

    data = VaultData(profile=Profile(created_at=NOW))
    data.commitments.append(
        Commitment(id="x\r\nSUMMARY:Innbrudd", text="Ringe Kari", created_at=NOW,
                   due=date(2026, 3, 9))
    )  # fmt: skip
    lines = render_ics(data, now=NOW).split("\r\n")
    assert not any(line.startswith("SUMMARY:Innbrudd") for line in lines)
    assert [line for line in lines if line.startswith("UID:")] == [
        "UID:forpliktelse-x\\nSUMMARY:Innbrudd@tryggsti.invalid"
    ]


@pytest.mark.parametrize("length", [235, 240, 246, 250])
def test_a_vault_with_a_long_name_saves_and_keeps_its_backups(
    length, tmp_path, monkeypatch, capsys
):
    vault = tmp_path / ("å" * ((length - 6) // 2) + "x" * ((length - 6) % 2) + ".vault")
    assert len(vault.name.encode()) == length
    init_vault(monkeypatch, capsys, vault)
    for mood in ("4", "5", "6"):
        result = logg(monkeypatch, capsys, vault, mood)
        assert result.code == 0, result.err
    from tryggsti.vault.storage import list_backups

    backups = list_backups(vault)
    assert len(backups) == 3 and all(len(b.name.encode()) <= 255 for b in backups)
    other = tmp_path / ("å" * ((length - 6) // 2) + "y" * ((length - 6) % 2 or 1) + ".vault")
    assert not list_backups(other)  # another long name does not claim them


@posix_only
def test_a_planted_backups_symlink_is_never_followed(tmp_path, monkeypatch, capsys):
    shared = tmp_path / "delt"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    elsewhere = tmp_path / "noen-andres"
    elsewhere.mkdir()
    planted = elsewhere / "v-20000101T000000000000Z.vault"
    planted.write_bytes(b"ikke din")
    vault = shared / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    (shared / "backups").symlink_to(elsewhere)
    for mood in ("4", "5"):
        assert logg(monkeypatch, capsys, vault, mood).code == 0
    assert sorted(p.name for p in elsewhere.iterdir()) == [planted.name]  # nothing written
    assert planted.read_bytes() == b"ikke din"  # nor pruned
    from tryggsti.vault.storage import list_backups

    assert list_backups(vault) == []
