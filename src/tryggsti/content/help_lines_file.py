"""resources.toml as the unlock screen reads it on every start: from a copy kept when the
file last passed its check, so the first frame waits neither for tomllib nor for the
content checks (about 10 ms of a start of 300). Without a whole copy the file is read and
checked as before (content.single_file), and a copy is kept when it is clean.

The copy is named by the file's bytes and by the code that checks them: tryggsti's
version and the size and time of each of the checking modules' files, as Python decides
that bytecode is fresh. An edited file or a changed check is checked again. It lives with
the string table's copy (tryggsti.speed.toml_cache) and holds only shipped text.
"""

from __future__ import annotations

import contextlib
import os
from datetime import date, datetime, time
from typing import Any

from tryggsti import __version__
from tryggsti.content.build_help_lines import resources
from tryggsti.content.safe_read import UnreadableFile, read_file_bytes
from tryggsti.domain.help_lines import Resources
from tryggsti.paths import builtin_content_dir
from tryggsti.speed import toml_cache

# The files whose code decides whether resources.toml is clean and what its table holds
# (tests/unit/test_help_lines_file.py holds this to what content.single_file imports).
CHECKED_BY = (
    "content/problems.py",
    "content/lines.py",
    "content/safe_read.py",
    "content/schema.py",
    "content/single_file.py",
    "content/toml_text.py",
    "content/validate.py",
    "domain/help_lines.py",
    "domain/kinds.py",
    "domain/text.py",
    "safe_read.py",
)
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_TIMES: dict[str, type[date] | type[time]] = {"date": date, "datetime": datetime, "time": time}


def load_resources() -> Resources:
    """The help lines, from the kept copy when there is one for these bytes and this code."""
    path = builtin_content_dir() / "resources.toml"
    data: bytes | None
    try:
        data = read_file_bytes(path)
    except UnreadableFile:
        data = copy = None  # the check names what is wrong with the file
    else:
        copy = toml_cache.copy_path("resources", data, checker_key())
        kept = toml_cache.read_copy(copy)
        if isinstance(kept, dict):
            with contextlib.suppress(KeyError, TypeError, ValueError, AttributeError):
                return resources(_untagged(kept))  # else a copy of another shape: check
    from tryggsti.content.single_file import checked_resources  # noqa: PLC0415 (docs/speed.md: keeps tryggsti.content.single_file off the first frame)

    raw = checked_resources(path, data)  # ContentError when it is not clean
    if copy is not None:
        toml_cache.keep_copy(copy, _tagged(raw))
    return resources(raw)


def checker_key() -> bytes:
    parts = [__version__]
    for name in CHECKED_BY:
        try:
            found = os.stat(os.path.join(_PACKAGE, name))
        except OSError:  # no source beside the bytecode (a frozen build): the version says it
            parts.append(f"{name}:-")
        else:
            parts.append(f"{name}:{found.st_size}:{found.st_mtime_ns}")
    return "|".join(parts).encode()


def _tagged(value: Any) -> Any:
    """The table with each TOML date or time as a (kind, ISO text) pair, which marshal can
    hold; TOML itself never gives a tuple, so a pair is never mistaken for a value."""
    if isinstance(value, dict):
        return {key: _tagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_tagged(item) for item in value]
    if isinstance(value, date | time):  # a datetime is a date
        return (type(value).__name__, value.isoformat())
    return value


def _untagged(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _untagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_untagged(item) for item in value]
    if isinstance(value, tuple):
        kind, text = value
        return _TIMES[kind].fromisoformat(text)
    return value
