"""The one way tryggsti reads a file: a regular file only, never more than a cap per kind,
and never a wait. A FIFO, a device (/dev/zero), a folder or a file too big for its kind
is refused at once, with a reason the caller turns into a message naming the file.

Content and homework files, the vault and its backups, a JSON export to import and
config.toml are all read here. It imports nothing of tryggsti's, so every layer (the
vault below, content, services, commands) can use it.
"""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

# The most each kind may be. Far over any real file, far under what would freeze a laptop.
MAX_FILE_BYTES = 256 * 1024  # a content or homework file
CONFIG_BYTES = 64 * 1024  # config.toml
VAULT_BYTES = 256 * 1024 * 1024  # a vault or a backup (ten years of check-ins are ~5 MB)
EXPORT_BYTES = 256 * 1024 * 1024  # a full JSON export, uncompressed

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class UnreadableFile(Exception):
    """Why a file cannot be used; `reason` is one of missing, not_regular, too_big,
    unreadable (no access, or a read error), utf16, not_utf8 (a key under `files.` in
    ui.toml)."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def read_text_file(path: Path, limit: int = MAX_FILE_BYTES) -> str:
    """The file's text, or UnreadableFile: never blocks on a FIFO or reads a device forever."""
    return decode_utf8(read_file_bytes(path, limit))


def read_file_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes, on the same terms as `read_text_file`."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the type is checked next.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as error:
        raise UnreadableFile("missing") from error
    except IsADirectoryError as error:
        raise UnreadableFile("not_regular") from error
    except (OSError, ValueError) as error:
        raise UnreadableFile("unreadable") from error
    # The type is checked on the descriptor, before Python wraps it in a file (which
    # refuses a folder with IsADirectoryError of its own, and would leak the descriptor).
    try:
        info = os.fstat(descriptor)
    except OSError as error:
        os.close(descriptor)
        raise UnreadableFile("unreadable") from error
    if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
        os.close(descriptor)
        raise UnreadableFile("not_regular" if not stat.S_ISREG(info.st_mode) else "too_big")
    with os.fdopen(descriptor, "rb") as handle:
        try:
            data = handle.read(limit + 1)  # a file that grows, or says 0 (/proc), stops here
        except OSError as error:
            raise UnreadableFile("unreadable") from error
    if len(data) > limit:
        raise UnreadableFile("too_big")
    return data


def check_regular(path: Path) -> None:
    """UnreadableFile("not_regular") when `path` is there but no regular file (a folder,
    a FIFO, a device), without opening it; nothing when it is missing or regular."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile("not_regular")


def decode_utf8(data: bytes) -> str:
    """UTF-8 (with or without a byte order mark); other encodings are named with the line."""
    if data.startswith(_UTF16_BOMS) or (len(data) > 1 and b"\x00" in data[:4]):
        raise UnreadableFile("utf16")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableFile("not_utf8", line=data.count(b"\n", 0, error.start) + 1) from error
