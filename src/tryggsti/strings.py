"""The Norwegian string table (`content/nb/ui.toml`): every word the app and CLI show."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Any

from tryggsti.paths import builtin_content_dir


@cache
def _table() -> dict[str, Any]:
    with open(builtin_content_dir() / "ui.toml", "rb") as handle:
        return tomllib.load(handle)


def lookup(key: str) -> Any:
    """The raw value at a dotted key, such as `errors.wrong_passphrase`."""
    node: Any = _table()
    for part in key.split("."):
        if not isinstance(node, dict) or part not in node:
            raise KeyError(f"missing string: {key}")
        node = node[part]
    return node


def t(key: str, /, **values: Any) -> str:
    """The string at `key`, with `{placeholders}` filled from `values`."""
    text = lookup(key)
    if not isinstance(text, str):
        raise KeyError(f"not a string: {key}")
    return text.format(**values) if values else text
