"""Killing `passord` at any moment loses no backup, and every file opens with exactly one
of the two passphrases; running the change again finishes it."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import time

import pytest

from tryggsti.vault import storage
from tryggsti.vault.errors import VaultDamaged, WrongPassphrase
from tryggsti.vault.vault import Vault, read_without_writing

OLD = "ugle-kaffe-58"
NEW = "en helt ny setning"
BACKUPS = 8

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _payload(counter: int) -> bytes:
    # Tens of kilobytes, so each copy takes a moment to write and the kills spread out.
    return json.dumps({"counter": counter, "filler": "x" * (40_000 + counter)}).encode()


def _template(folder):
    path = folder / "v.vault"
    vault, _ = Vault.create(path, OLD, _payload(0), log_n=4)
    vault.close()
    for counter in range(1, BACKUPS + 1):
        vault, _ = Vault.unlock(path, OLD)
        vault.save(_payload(counter))
        vault.close()
    assert len(storage.list_backups(path)) == BACKUPS
    return path


def _change_in_child(path, keep: bool = True) -> int:
    """Fork a child that changes the passphrase, as `passord` does; returns its pid."""
    pid = os.fork()
    if pid == 0:
        try:
            vault, plaintext = Vault.unlock(path, OLD)
            vault.rekey(NEW, plaintext, log_n=4, keep_backups=keep, given=[("passphrase", OLD)])
            vault.close()
            os._exit(0)
        finally:
            os._exit(1)
    return pid


def _opens_with(path, passphrase: str) -> bool:
    try:
        read_without_writing(path, passphrase)
    except (WrongPassphrase, VaultDamaged):
        return False
    return True


def _which(path) -> set[str]:
    return {p for p in (OLD, NEW) if _opens_with(path, p)}


def _rekeyed_leftovers(path):
    return storage.left_beside_backups(path, storage.REKEYED_SUFFIX)


def _check_after_kill(path, keep: bool = True) -> str:
    """The invariants at the moment of the kill; returns which passphrase opens the vault."""
    [current] = _which(path)  # exactly one
    backups = storage.list_backups(path)
    if keep or current == OLD:
        assert len(backups) == BACKUPS  # no backup lost (none deleted before the commit)
    for backup in [*backups, *_rekeyed_leftovers(path)]:
        assert len(_which(backup)) == 1, backup.name
    return current


def _check_finished(path, keep: bool = True) -> None:
    assert _which(path) == {NEW}
    backups = storage.list_backups(path)
    assert len(backups) == (BACKUPS if keep else 0)
    for backup in backups:
        assert _which(backup) == {NEW}, backup.name
    leftovers = [
        p.name
        for folder in (path.parent, storage.backup_folder(path))
        for p in folder.iterdir()
        if p.name.endswith((storage.REKEYED_SUFFIX, storage.RETIRED_SUFFIX, ".tmp"))
    ]
    assert leftovers == []


def _time_one_change(template) -> float:
    work = template.parent.parent / "timing"
    shutil.copytree(template.parent, work)
    started = time.perf_counter()
    pid = _change_in_child(work / template.name)
    _, status = os.waitpid(pid, 0)
    took = time.perf_counter() - started
    assert os.waitstatus_to_exitcode(status) == 0
    _check_finished(work / template.name)
    shutil.rmtree(work)
    return took


@pytest.mark.slow
@pytest.mark.parametrize("keep", [True, False], ids=["keep-backups", "delete-backups"])
def test_passord_killed_at_random_moments_loses_nothing_and_a_rerun_finishes(tmp_path, keep):
    template = _template(tmp_path / "template" / "hvelv")
    window = _time_one_change(template)
    rng = random.Random(2026)
    outcomes = {OLD: 0, NEW: 0}
    for round_number in range(36):
        work = tmp_path / f"round-{round_number}"
        shutil.copytree(template.parent, work)
        path = work / template.name
        pid = _change_in_child(path, keep)
        time.sleep(rng.uniform(0, window * 1.1))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)

        current = _check_after_kill(path, keep)
        outcomes[current] += 1
        # Run the change again with the passphrase that opens the vault now.
        vault, plaintext = Vault.unlock(path, current)
        vault.rekey(NEW, plaintext, log_n=4, keep_backups=keep, given=[("passphrase", current)])
        vault.close()
        _check_finished(path, keep)
        shutil.rmtree(work)
    print(
        f"36 kills in a {window * 1000:.0f} ms change: vault on the old passphrase "
        f"{outcomes[OLD]} times, on the new {outcomes[NEW]} times",
        file=sys.stderr,
    )  # where the kills land depends on the machine's speed, so it is told, not asserted
