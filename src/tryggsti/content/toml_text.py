"""Parsing TOML from outside (homework, content): every failure becomes a line and a reason."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from tryggsti.domain.text import clean_text
from tryggsti.strings import t

_TOML_POSITION = re.compile(r"at line (\d+), column (\d+)")
_LONG_NUMBER = re.compile(r"\d{1000,}")


class TomlUnusable(Exception):
    """The text is not TOML we can use; `line` (or None) and a Norwegian `expected`."""

    def __init__(self, line: int | None, expected: str) -> None:
        super().__init__(expected)
        self.line = line
        self.expected = expected


def parse_toml(text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_POSITION.search(str(error))
        line, column = (int(match[1]), int(match[2])) if match else (None, 0)
        raise TomlUnusable(line, t("content.expected.toml", column=column)) from None
    except RecursionError:
        raise TomlUnusable(None, t("files.too_deep")) from None
    except ValueError:
        # Python refuses to turn thousands of digits into a number (int_max_str_digits).
        found = _LONG_NUMBER.search(text)
        line = text.count("\n", 0, found.start()) + 1 if found else None
        raise TomlUnusable(line, t("files.number_too_long")) from None


def clean_strings(value: Any) -> Any:
    """Every string value in parsed TOML without control characters (keys are left as read)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_strings(item) for item in value]
    if isinstance(value, dict):
        return {key: clean_strings(item) for key, item in value.items()}
    return value
