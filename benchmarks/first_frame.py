"""Runs one app until its first frame holds a text, then exits at once: for counting the
instructions a start takes (startup.py runs it under valgrind's callgrind).

    python benchmarks/first_frame.py TEXT tryggsti --vault VAULT
    python benchmarks/first_frame.py TEXT SCRIPT [ARGS...]

Wall time on a shared machine swings by ±15 %; the count of instructions to the same
frame moves by well under 1 %. Under valgrind a start takes about 40 times as long, so
tryggsti's warm-up (set to run 0.5 s after the first frame) is put off here: it would
otherwise run before the frame and be counted.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))

import textual.drivers.linux_driver as linux_driver
from smoke import ESCAPES

shows = sys.argv[1].encode()
written: list[bytes] = []
_write = linux_driver.LinuxDriver.write


def _write_then_check(self, data) -> None:
    _write(self, data)
    written.append(data.encode() if isinstance(data, str) else data)
    if shows in ESCAPES.sub(b"", b"".join(written)):
        os._exit(0)


linux_driver.LinuxDriver.write = _write_then_check

if sys.argv[2] == "tryggsti":
    import tryggsti.ui.app
    from tryggsti.cli import main

    tryggsti.ui.app.WARM_UP_DELAY_S = 1e9
    sys.argv = ["tryggsti", *sys.argv[3:]]
    main()
else:
    script = sys.argv[2]
    sys.argv = sys.argv[2:]
    exec(compile(Path(script).read_text(encoding="utf-8"), script, "exec"))
