"""Killing tryggsti in the middle of saving never costs a save that had already returned."""

from __future__ import annotations

import json
import os
import random
import signal
import sys
import time

import pytest

from tryggsti.vault.vault import Vault

PASSPHRASE = "ugle-kaffe-58"

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork (POSIX)")


def _payload(counter: int) -> bytes:
    # A few kilobytes, so a save takes long enough to be interrupted part-way.
    return json.dumps({"counter": counter, "filler": "x" * (4000 + counter % 997)}).encode()


def _saving_child(path, write_fd: int) -> None:
    """In the child: save an increasing counter, reporting each one only once save() returned."""
    try:
        vault, payload = Vault.unlock(path, PASSPHRASE)
        counter = json.loads(payload)["counter"]
        while True:
            counter += 1
            vault.save(_payload(counter))
            os.write(write_fd, f"{counter}\n".encode())
    finally:
        os._exit(1)


def _kill_during_saves(path, rng: random.Random) -> int:
    """Run a saving child, kill it at a random moment; returns the last counter it reported."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _saving_child(path, write_fd)
    os.close(write_fd)
    time.sleep(rng.uniform(0.002, 0.03))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    reported = b""
    while chunk := os.read(read_fd, 65536):
        reported += chunk
    os.close(read_fd)
    lines = reported.split()
    return int(lines[-1]) if lines else -1


def _crash_many_times(tmp_path, rounds: int, seed: int) -> None:
    path = tmp_path / "crash.vault"
    vault, _ = Vault.create(path, PASSPHRASE, _payload(0), log_n=1)
    vault.close()
    rng = random.Random(seed)
    killed_mid_save = 0
    on_disk = 0
    for _ in range(rounds):
        # A child killed before its first save returned has reported nothing: then the
        # vault must still hold what the previous round left.
        last_returned = max(_kill_during_saves(path, rng), on_disk)
        vault, payload = Vault.unlock(path, PASSPHRASE)  # opens, whatever moment it died
        vault.close()
        on_disk = json.loads(payload)["counter"]
        assert on_disk >= last_returned
        assert on_disk <= last_returned + 1  # at most the save in flight when killed
        killed_mid_save += on_disk == last_returned + 1
        strays = [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")]
        assert strays == []  # opening cleaned up what the killed process left
    print(f"{rounds} kills, {killed_mid_save} landed after the last reported save", file=sys.stderr)


def test_vault_survives_being_killed_during_saves(tmp_path):
    _crash_many_times(tmp_path, rounds=220, seed=2026)


@pytest.mark.slow
def test_vault_survives_being_killed_during_saves_many_times(tmp_path):
    _crash_many_times(tmp_path, rounds=2000, seed=11)
