"""One content file read and checked on its own (resources.toml, about.toml, the
relatives page), and the help lines: what the unlock screen needs on its first frame,
without the cost of importing and building every kind of content."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tryggsti.content.build_help_lines import resources
from tryggsti.content.lines import LineFinder
from tryggsti.content.problems import ContentError, Problem, field_name
from tryggsti.content.safe_read import UnreadableFile, decode_utf8, read_text_file
from tryggsti.content.schema import RELATIVES, RELATIVES_WORDS, RESOURCES, SUBSTANCES
from tryggsti.content.toml_text import TomlUnusable, clean_strings, parse_toml
from tryggsti.content.validate import check_table
from tryggsti.domain.help_lines import Resources
from tryggsti.paths import builtin_content_dir
from tryggsti.strings import t


class SourceFile:
    """One TOML file being checked: its parsed tables and a way to report problems in it."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.name = str(path)
        self.problems = problems
        self.text = ""
        self.raw: dict[str, Any] | None = None
        self._finder: LineFinder | None = None
        self.clean = True

    def report(self, path: tuple[str | int, ...], expected: str) -> None:
        if self._finder is None:
            self._finder = LineFinder(self.text)
        line = self._finder.line_of(path)
        self.problems.append(Problem(self.name, line, field_name(path), expected))
        self.clean = False

    def read(self, data: bytes | None = None) -> bool:
        """Read and parse the file (or `data`, its bytes as already read)."""
        try:
            self.text = read_text_file(self.path) if data is None else decode_utf8(data)
        except UnreadableFile as error:
            return self._file_problem(error.line, t(f"files.{error.reason}"))
        try:
            self.raw = clean_strings(parse_toml(self.text))
        except TomlUnusable as error:
            return self._file_problem(error.line, error.expected)
        return True

    def _file_problem(self, line: int | None, expected: str) -> bool:
        self.problems.append(Problem(self.name, line, "", expected))
        self.clean = False
        return False


def check_unique(source: SourceFile, tables: Any, table: str, key: str) -> None:
    if not isinstance(tables, list):
        return
    seen: set[Any] = set()
    for index, item in enumerate(tables):
        value = item.get(key) if isinstance(item, dict) else None
        if value is None or not isinstance(value, str | int):
            continue  # the schema check names a value of the wrong type
        if value in seen:
            source.report((table, index, key), t("content.expected.unique", value=value))
        seen.add(value)


def _resources_rules(source: SourceFile, raw: dict) -> None:
    check_unique(source, raw["lines"], "lines", "id")
    for index, line in enumerate(raw["lines"]):
        if not line.get("number") and not line.get("web"):
            source.report(("lines", index, "number"), t("content.expected.number_or_web"))


def _relatives_rules(source: SourceFile, raw: dict) -> None:
    words = sum(len(str(s.get("body", "")).split()) for s in raw["sections"])
    low, high = RELATIVES_WORDS
    if not low <= words <= high:
        source.report(("sections",), t("content.expected.words", low=low, high=high, count=words))


def load_single(
    path: Path, schema: tuple, problems: list[Problem], data: bytes | None = None
) -> dict | None:
    """The file's checked table, or None with `problems` told; `data` is its bytes when the
    caller has read them already (they are what is checked)."""
    source = SourceFile(path, problems)
    if data is None and not path.exists():
        problems.append(Problem(source.name, None, "", t("content.expected.file_exists")))
        return None
    if not source.read(data):
        return None
    assert source.raw is not None
    check_table(source.raw, schema, (), source.report)
    if source.clean and schema is RESOURCES:
        _resources_rules(source, source.raw)
    if source.clean and schema is RELATIVES:
        _relatives_rules(source, source.raw)
    if source.clean and schema is SUBSTANCES:
        check_unique(source, source.raw["classes"], "classes", "id")
    return source.raw if source.clean else None


def load_resources() -> Resources:
    """Only the help lines (what the unlock screen needs), without reading every topic."""
    return resources(checked_resources(builtin_content_dir() / "resources.toml"))


def checked_resources(path: Path, data: bytes | None = None) -> dict:
    """resources.toml's table, checked (ContentError naming every problem)."""
    problems: list[Problem] = []
    raw = load_single(path, RESOURCES, problems, data)
    if raw is None:
        raise ContentError(problems)
    return raw
