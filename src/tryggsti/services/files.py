"""Writing the user's explicit exports to disk, with Norwegian errors on failure."""

from __future__ import annotations

import os
from pathlib import Path

from tryggsti.vault.errors import SaveFailed
from tryggsti.vault.storage import reason_for


def write_export(path: Path, text: str | bytes) -> None:
    """Write an export next to where the user asked, atomically, readable only by them."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    temp = path.with_name(f".{path.name}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        if temp.exists():
            temp.unlink()
        raise SaveFailed(str(error), reason=reason_for(error)) from error
