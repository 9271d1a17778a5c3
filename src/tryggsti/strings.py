"""The Norwegian string table (`content/nb/ui.toml`): every word the app and CLI show.

Markup or literal, one rule: markup is ours, values are data. Only a string of this table
may hold Textual markup (`[b]…[/b]`), and such a string is shown through
`tryggsti.ui.plain.ui`, which keeps its markup and inserts each `{value}` literally.
Everything else is literal wherever it is shown: what a person typed, what a file held,
every placeholder's value, and every text the command line and the exports write (in the
app through `plain()`, `plain_line()` and `cell()`, in HTML and Markdown escaped). `t()`
fills values with `str.format` and parses nothing, so its result goes to a widget that
reads markup (a label, a button) only when it holds no value from outside and no square
bracket. tests/unit/test_string_table.py holds the table to this: every key the
code uses is there, every key there is used, and a string with markup is read with `ui`.
"""

from __future__ import annotations

import string
from functools import cache
from typing import Any

from tryggsti.paths import builtin_content_dir
from tryggsti.speed.toml_cache import cached_toml


@cache
def _table() -> dict[str, Any]:
    return cached_toml(builtin_content_dir() / "ui.toml")


def lookup(key: str) -> Any:
    """The raw value at a dotted key, such as `errors.wrong_passphrase`."""
    node: Any = _table()
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"missing string: {key}")
        node = node[part]
    return node


class _NorwegianFormatter(string.Formatter):
    """`{count:p:dag|dager}` picks the singular for 1 and the plural otherwise, so the
    string table can say «1 dag» and «3 dager» without code choosing words."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec.startswith("p:"):
            one, _, other = format_spec[2:].partition("|")
            return one if value == 1 else other
        return super().format_field(value, format_spec)


_FORMATTER = _NorwegianFormatter()


def format_value(value: Any, spec: str) -> str:
    """One placeholder's text, with the same plural rule as `t` (for callers that fill
    templates themselves, such as the UI's plain-text builder)."""
    return _FORMATTER.format_field(value, spec)


def t(key: str, /, **values: Any) -> str:
    """The string at `key`, with `{placeholders}` filled from `values`."""
    text = lookup(key)
    if not isinstance(text, str):
        raise KeyError(f"not a string: {key}")
    return _FORMATTER.format(text, **values) if values else text
