"""A problem found in a content or homework file: where it is and what was expected."""

from __future__ import annotations

from dataclasses import dataclass

from tryggsti.strings import t


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    field: str  # dotted path with 1-based indexes, such as "sections[2].body"; "" for the file
    expected: str  # Norwegian: what should have been there

    def describe(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        if self.field:
            return t("content.problem", where=where, field=self.field, expected=self.expected)
        return t("content.problem_file", where=where, expected=self.expected)


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
            text += f".{part}" if text else part
    return text
