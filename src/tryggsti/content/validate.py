"""Checking parsed TOML against a schema, collecting every problem rather than stopping early."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from tryggsti.content.schema import SLUG, Field
from tryggsti.domain.help_lines import parse_days, parse_minutes
from tryggsti.strings import t

Path = tuple[str | int, ...]
Report = Callable[[Path, str], None]

_SLUG = re.compile(SLUG)
# Content is data: links, images and HTML could make a reader open something by itself.
_ACTIVE_MARKUP = re.compile(r"\]\(|<\s*/?\s*[a-zA-Z][^>]*>|https?://|www\.")
# A source is a public page a reviewer can open, or the project's own content guide.
_SOURCE = re.compile(r"https://[^\s<>\"]+\.[^\s<>\"]+|CONTENT-GUIDE\.md")
# An address is shown as plain text, never a link: a domain and maybe a path, no scheme.
_ADDRESS = re.compile(r"(?!www\.)[a-z0-9æøå-]+(\.[a-z0-9æøå-]+)*\.[a-z]{2,}(/[a-z0-9æøå./_-]*)?")
_PATTERNS: dict[str, Callable[[str], object]] = {
    "source": _SOURCE.fullmatch,
    "address": _ADDRESS.fullmatch,
    "days": parse_days,
    "clock": parse_minutes,
}


def suggestion(word: str, options: Sequence[str]) -> str:
    """' (mente du «x»?)' for a near miss, else ''."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return t("content.did_you_mean", word=close[0]) if close else ""


def _describe(field: Field) -> str:
    if field.choices:
        return t("content.expected.choice", choices=", ".join(field.choices))
    if field.kind == "int" and field.bounds:
        return t("content.expected.int", low=field.bounds[0], high=field.bounds[1])
    if field.kind in ("texts", "slugs", "tables") and field.count:
        low, high = field.count
        return t(f"content.expected.{field.kind}", low=low, high=high)
    return t(f"content.expected.{field.kind}")


def _check_text(value: str, field: Field, path: Path, report: Report) -> None:
    if not value.strip():
        report(path, t("content.expected.not_empty"))
    elif field.max_chars and len(value) > field.max_chars:
        report(path, t("content.expected.max_chars", limit=field.max_chars, length=len(value)))
    if _ACTIVE_MARKUP.search(value):
        report(path, t("content.expected.no_links"))


def _check_value(value: Any, field: Field, path: Path, report: Report) -> None:
    kind = field.kind
    if kind in ("text", "slug"):
        if not isinstance(value, str) or (kind == "slug" and not _SLUG.fullmatch(value)):
            report(path, _describe(field))
        elif field.choices and value not in field.choices:
            report(path, _describe(field) + suggestion(value, field.choices))
        else:
            _check_text(value, field, path, report)
    elif kind == "int":
        low, high = field.bounds or (-(2**31), 2**31)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            report(path, _describe(field))
    elif kind == "bool":
        if not isinstance(value, bool):
            report(path, _describe(field))
    elif kind == "date":
        if not isinstance(value, date) or isinstance(value, datetime):
            report(path, _describe(field))
    elif kind in _PATTERNS:
        if not isinstance(value, str) or _PATTERNS[kind](value) is None:
            report(path, _describe(field))
    elif kind == "table":
        if isinstance(value, dict):
            check_table(value, field.children, path, report)
        else:
            report(path, _describe(field))
    elif kind in ("texts", "slugs"):
        _check_list(value, field, path, report)
    elif kind == "tables":
        _check_tables(value, field, path, report)


def _check_count(value: list, field: Field, path: Path, report: Report) -> bool:
    low, high = field.count or (0, 10_000)
    if not low <= len(value) <= high:
        report(path, _describe(field) + t("content.expected.found", count=len(value)))
        return False
    return True


def _check_list(value: Any, field: Field, path: Path, report: Report) -> None:
    if not isinstance(value, list):
        report(path, _describe(field))
        return
    _check_count(value, field, path, report)
    item_field = Field(
        field.name, "slug" if field.kind == "slugs" else "text", max_chars=field.max_chars
    )
    for index, item in enumerate(value):
        _check_value(item, item_field, (*path, index), report)


def _check_tables(value: Any, field: Field, path: Path, report: Report) -> None:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        report(path, _describe(field))
        return
    _check_count(value, field, path, report)
    for index, table in enumerate(value):
        check_table(table, field.children, (*path, index), report)


def check_table(raw: dict, fields: Sequence[Field], path: Path, report: Report) -> None:
    """Every field present with the right type and size, and no key that is not in the schema."""
    names = [field.name for field in fields]
    for field in fields:
        if field.name not in raw:
            if field.required:
                report((*path, field.name), t("content.expected.missing", what=_describe(field)))
            continue
        _check_value(raw[field.name], field, (*path, field.name), report)
    for key in raw:
        if key not in names:
            report((*path, key), t("content.expected.unknown_key") + suggestion(key, names))
