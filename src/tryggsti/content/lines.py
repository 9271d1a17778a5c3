"""Finding the line of a key in a TOML file, so a problem can say where to look."""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*\[")


def _key_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"""^\s*["']?{re.escape(key)}["']?\s*=""")


class LineFinder:
    """Maps a field path such as ("sections", 1, "body") to a 1-based line, when it can."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _region_end(self, start: int) -> int:
        for index in range(start, len(self.lines)):
            if _HEADER.match(self.lines[index]):
                return index
        return len(self.lines)

    def _find_key(self, key: str, start: int, end: int) -> int | None:
        pattern = _key_pattern(key)
        for index in range(start, end):
            if pattern.match(self.lines[index]):
                return index + 1
        return None

    def line_of(self, path: tuple[str | int, ...]) -> int | None:
        if not path:
            return None
        table = str(path[0])
        if len(path) >= 2 and isinstance(path[1], int):
            header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
            starts = [i for i, line in enumerate(self.lines) if header.match(line)]
            if path[1] < len(starts):
                start = starts[path[1]]
                if len(path) == 2:
                    return start + 1
                found = self._find_key(str(path[2]), start + 1, self._region_end(start + 1))
                return found or start + 1
        top = self._find_key(table, 0, self._region_end(0))
        if top is not None:
            return top
        header = re.compile(rf"^\s*\[\[?\s*{re.escape(table)}\s*\]")
        return next((i + 1 for i, line in enumerate(self.lines) if header.match(line)), None)
