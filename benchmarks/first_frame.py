"""Runs one app until its first frame holds a text, then exits at once: for counting the
instructions a start takes (startup.py runs it under valgrind's callgrind).

    python benchmarks/first_frame.py TEXT tryggsti [ARGS...]
    python benchmarks/first_frame.py TEXT SCRIPT [ARGS...]

Wall time on a shared machine swings by ±15 %; the count of instructions to the same
frame moves by well under 1 %. Under valgrind a start takes about 40 times as long, so
tryggsti's warm-up (set to run 0.5 s after the first frame) is put off here: it would
otherwise run before the frame and be counted.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "packaging"))

from terminal_text import visible

shows = sys.argv[1].encode()
written: list[bytes] = []


def _watch(linux_driver) -> None:
    """Make the driver exit the process once what it has written shows `shows`."""
    write = linux_driver.LinuxDriver.write

    def write_then_check(self, data) -> None:
        write(self, data)
        written.append(data.encode() if isinstance(data, str) else data)
        if shows in visible(b"".join(written)):
            os._exit(0)

    linux_driver.LinuxDriver.write = write_then_check


class _AfterImport:
    """Calls `then(module)` once `name` is imported by the app, not before: importing it
    here would load Textual and asyncio first, ahead of what the app's own start decides
    about them."""

    def __init__(self, name: str, then) -> None:
        self.name, self.then = name, then

    def find_spec(self, name, path, target=None):
        if name != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module

        def exec_then(module) -> None:
            run(module)
            self.then(module)

        spec.loader.exec_module = exec_then
        return spec


sys.meta_path.insert(0, _AfterImport("textual.drivers.linux_driver", _watch))

if sys.argv[2] == "tryggsti":
    from tryggsti.cli import main

    def _no_warm_up(app_module) -> None:
        app_module.WARM_UP_DELAY_S = 1e9

    sys.meta_path.insert(0, _AfterImport("tryggsti.ui.app", _no_warm_up))
    sys.argv = ["tryggsti", *sys.argv[3:]]
    main()
else:
    script = sys.argv[2]
    sys.argv = sys.argv[2:]
    exec(compile(Path(script).read_text(encoding="utf-8"), script, "exec"))
