"""A shipped TOML file parsed once and kept, as Python keeps bytecode: the string table
(ui.toml, 48 kB) takes tomllib 7–10 ms to parse, on every start and every `logg`.

The copy lives in the user's cache folder, is named by the size and CRC-32 of the file's
bytes (a new version of tryggsti, or an edited file, never reads an old copy), and carries
a CRC-32 of itself (a damaged copy is parsed again, never used). CRC-32, not SHA-256:
zlib is loaded already, hashlib would cost 2 ms before the first frame. The copy holds only
the shipped text the file holds, nothing of the person's. Any trouble with the cache (no
folder, read-only, full disk) just means parsing as before.

`copy_path`, `read_copy` and `keep_copy` serve content.help_lines_file too, which keeps
resources.toml's table once it has passed its check.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

from tryggsti.paths import cache_dir

_CHECK_SIZE = 4
_FORMAT = f"{sys.version_info[0]}.{sys.version_info[1]}-m{marshal.version}".encode()


def cached_toml(path: Path) -> dict[str, Any]:
    """`tomllib.load(path)`, from the kept copy when it is there and whole."""
    data = path.read_bytes()
    copy = copy_path(path.stem, data)
    table = read_copy(copy)
    if not isinstance(table, dict):
        import tomllib  # noqa: PLC0415 (only when there is no copy: 3 ms to import)

        table = tomllib.loads(data.decode("utf-8"))
        keep_copy(copy, table)
    return table


def copy_path(stem: str, data: bytes, key: bytes = b"") -> Path:
    """Where the copy of a file with these bytes is kept; `key` names anything else its
    content depends on (the code that made it), so a change there is a new name too."""
    name = f"{len(data)}-{zlib.crc32(_FORMAT + b'/' + key + b'/' + data):08x}"
    return cache_dir() / "toml" / f"{stem}-{name}.marshal"


def read_copy(copy: Path) -> Any:
    """The value kept at `copy`, or None when there is none or it is not whole."""
    try:
        blob = copy.read_bytes()
    except OSError:
        return None
    check, body = blob[:_CHECK_SIZE], blob[_CHECK_SIZE:]
    if len(check) != _CHECK_SIZE or int.from_bytes(check, "big") != zlib.crc32(body):
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def keep_copy(copy: Path, value: Any) -> None:
    """Write the copy and remove older copies of the same file; any trouble only means
    there is no copy. A value marshal cannot hold (a TOML date) is not kept."""

    try:
        body = marshal.dumps(value)
    except ValueError:
        return
    stem = copy.name.rsplit("-", 2)[0]
    temp = None
    try:
        copy.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temp = tempfile.mkstemp(dir=copy.parent, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(zlib.crc32(body).to_bytes(_CHECK_SIZE, "big") + body)
        os.replace(temp, copy)
        temp = None
        for old in copy.parent.glob(f"{stem}-*-*.marshal"):  # the copies of older versions
            if old != copy:
                with contextlib.suppress(OSError):
                    old.unlink()
    except OSError:
        return
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
