"""Finding the line of a key in a TOML file, so a problem can say where to look.

The lines are read once into indexes (keys and headers to line numbers), so a file with
thousands of problems is still described in a moment.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_HEADER = re.compile(r"^\s*\[")
_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*(.*?)\s*\]\]")
_ANY_HEADER = re.compile(r"^\s*\[\[?\s*(.*?)\s*\]")
_KEY = re.compile(r"""^\s*["']?([^"'=]*?)["']?\s*=""")


class LineFinder:
    """Maps a field path such as ("sections", 1, "body") to a 1-based line, when it can."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self._headers: list[int] = []
        self._arrays: dict[str, list[int]] = {}
        self._tables: dict[str, list[int]] = {}
        self._keys: dict[str, list[int]] = {}
        for index, line in enumerate(self.lines):
            if _HEADER.match(line):
                self._headers.append(index)
                if match := _ARRAY_HEADER.match(line):
                    self._arrays.setdefault(match[1], []).append(index)
                if match := _ANY_HEADER.match(line):
                    self._tables.setdefault(match[1], []).append(index)
            elif match := _KEY.match(line):
                self._keys.setdefault(match[1].strip(), []).append(index)

    def _region_end(self, start: int) -> int:
        position = bisect_left(self._headers, start)
        return self._headers[position] if position < len(self._headers) else len(self.lines)

    def _find_key(self, key: str, start: int, end: int) -> int | None:
        found = self._keys.get(key, [])
        position = bisect_left(found, start)
        if position < len(found) and found[position] < end:
            return found[position] + 1
        return None

    def line_of(self, path: tuple[str | int, ...]) -> int | None:
        if not path:
            return None
        table = str(path[0])
        if len(path) >= 2 and isinstance(path[1], int):
            starts = self._arrays.get(table, [])
            if path[1] < len(starts):
                start = starts[path[1]]
                if len(path) == 2:
                    return start + 1
                found = self._find_key(str(path[2]), start + 1, self._region_end(start + 1))
                return found or start + 1
        top = self._find_key(table, 0, self._region_end(0))
        if top is not None:
            return top
        tables = self._tables.get(table)
        return tables[0] + 1 if tables else None
