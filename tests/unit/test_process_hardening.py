"""The running program keeps its memory to itself: on Linux it is non-dumpable, so no
other process of the same user can attach to it or read /proc/PID/mem for the passphrase
or the decrypted data, and no core dump is written."""

from __future__ import annotations

import subprocess
import sys

import pytest

# /proc/self/status has no line for it, so the kernel is asked: PR_GET_DUMPABLE is 3.
PROBE = """
import ctypes, sys
from tryggsti.cli import main
code = main(sys.argv[1:])
print(code, "dumpable:", ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux only")
@pytest.mark.parametrize("argv", [["--version"], ["--vault", "{vault}", "logg", "--humør", "5"]])
def test_every_start_makes_the_process_non_dumpable(tmp_path, argv):
    argv = [arg.format(vault=tmp_path / "mangler.vault") for arg in argv]
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=60
    )
    last = done.stdout.strip().splitlines()[-1]
    assert last.split(None, 1)[1] == "dumpable: 0", done.stdout + done.stderr
