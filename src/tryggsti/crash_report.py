"""Unexpected failures: a report with the stack but never the exception's text or data."""

from __future__ import annotations

import os
import platform
import traceback
from datetime import datetime
from pathlib import Path

from tryggsti import __version__
from tryggsti.paths import cache_dir


def write_crash_report(error: BaseException, folder: Path | None = None) -> Path:
    """Write where it happened (files, lines, functions) and the error's type.

    Exception messages and local variables can hold decrypted text, so they are left out.
    """
    folder = folder or cache_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    frames = traceback.extract_tb(error.__traceback__)
    lines = [
        f"tryggsti {__version__}, Python {platform.python_version()}, {platform.system()}",
        f"{type(error).__module__}.{type(error).__qualname__}",
        *(f"  {f.filename}:{f.lineno} in {f.name}" for f in frames),
    ]
    return _write_new_private(folder, ("\n".join(lines) + "\n").encode("utf-8"))


def _write_new_private(folder: Path, data: bytes) -> Path:
    """A new file, 0600, never over an earlier report (two crashes in one second)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(1000):
        suffix = f"-{attempt}" if attempt else ""
        path = folder / f"krasj-{stamp}{suffix}.txt"
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return path
    raise FileExistsError(str(folder))
