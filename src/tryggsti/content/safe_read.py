"""Reading a homework or content file safely: a regular file, not too big, UTF-8 text."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

MAX_FILE_BYTES = 256 * 1024
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


class UnreadableFile(Exception):
    """Why a file cannot be used; `reason` is a key under `files.` in ui.toml."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def problem_for(name: str, error: UnreadableFile):
    """The reason as a Problem, so it is shown like every other problem in a file."""
    from tryggsti.content.problems import Problem
    from tryggsti.strings import t

    return Problem(name, error.line, "", t(f"files.{error.reason}"))


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
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("not_regular")
        if info.st_size > limit:
            raise UnreadableFile("too_big")
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise UnreadableFile("unreadable") from error
    if len(data) > limit:
        raise UnreadableFile("too_big")
    return data


def decode_utf8(data: bytes) -> str:
    """UTF-8 (with or without a byte order mark); other encodings are named with the line."""
    if data.startswith(_UTF16_BOMS) or (len(data) > 1 and b"\x00" in data[:4]):
        raise UnreadableFile("utf16")
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UnreadableFile("not_utf8", line=data.count(b"\n", 0, error.start) + 1) from error
