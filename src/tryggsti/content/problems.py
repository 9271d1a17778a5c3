"""A problem found in a content or homework file: where it is and what was expected."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from tryggsti.domain.text import quote_for_terminal, terminal_safe
from tryggsti.strings import t

MAX_SHOWN = 50  # problems listed one by one; the rest are counted
_PLAIN_KEY = re.compile(r"[\w-]{1,60}")


class Problem(NamedTuple):
    file: str
    line: int | None
    field: str  # dotted path with 1-based indexes, such as "sections[2].body"; "" for the file
    expected: str  # Norwegian: what should have been there

    def describe(self) -> str:
        """One line for a person; file text in it shows its control characters escaped."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.field:
            text = t("content.problem", where=where, field=self.field, expected=self.expected)
        else:
            text = t("content.problem_file", where=where, expected=self.expected)
        return terminal_safe(text)


def describe_all(problems: Sequence[Problem], limit: int = MAX_SHOWN) -> list[str]:
    """The first `limit` problems, one per line, and how many more there are."""
    shown = [problem.describe() for problem in problems[:limit]]
    if len(problems) > limit:
        shown.append(t("content.more_problems", count=len(problems) - limit))
    return shown


class ContentError(Exception):
    """Content that cannot be used; `problems` lists every one found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} content problem(s)")
        self.problems = problems

    def report(self) -> str:
        return "\n".join(problem.describe() for problem in self.problems)


def field_name(path: tuple[str | int, ...]) -> str:
    """("sections", 1, "body") -> "sections[2].body" (people count from one)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            # A key from the file is quoted, escapes visible, unless it is a plain word.
            part = part if _PLAIN_KEY.fullmatch(part) else quote_for_terminal(part[:200])
            text += f".{part}" if text else part
    return text
