"""The Norwegian string table (`content/nb/ui.toml`): every word the app and CLI show."""

from __future__ import annotations

import string
from functools import cache
from typing import Any

from tryggsti.paths import builtin_content_dir
from tryggsti.toml_cache import cached_toml


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
