"""The guarded reader (tryggsti.safe_read) as content and homework files use it, and its
refusals as a Problem, shown like every other problem in a file."""

from __future__ import annotations

from tryggsti.safe_read import (
    MAX_FILE_BYTES,
    UnreadableFile,
    decode_utf8,
    read_file_bytes,
    read_text_file,
)
from tryggsti.strings import t

__all__ = [
    "MAX_FILE_BYTES",
    "UnreadableFile",
    "decode_utf8",
    "problem_for",
    "read_file_bytes",
    "read_text_file",
]


def problem_for(name: str, error: UnreadableFile):
    from tryggsti.content.problems import Problem  # noqa: PLC0415 (docs/speed.md: keeps tryggsti.content.problems off the first frame)

    return Problem(name, error.line, "", t(f"files.{error.reason}"))
