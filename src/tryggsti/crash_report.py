"""Unexpected failures: a report with the stack but never the exception's text or data."""

from __future__ import annotations

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
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"krasj-{stamp}.txt"
    frames = traceback.extract_tb(error.__traceback__)
    lines = [
        f"tryggsti {__version__}, Python {platform.python_version()}, {platform.system()}",
        f"{type(error).__module__}.{type(error).__qualname__}",
        *(f"  {f.filename}:{f.lineno} in {f.name}" for f in frames),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
