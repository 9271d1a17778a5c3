"""User text and file text for widgets: always literal, never parsed as markup.

Every screen that shows something a person typed, or text from a content or homework
file, builds it here. Textual parses `str` as content markup in Static, Button, Checkbox,
OptionList, notifications and DataTable cells, so a note such as `[/b]` would crash the
app and `[jobb]` would vanish. These helpers return `Content` (or Rich `Text` for tables)
made from the plain string, with emphasis as styled spans, and strip control characters
that may sit in vaults written before text was cleaned on input.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from typing import Any

from rich.text import Text
from textual.content import Content

from tryggsti.domain.text import clean_line, clean_text
from tryggsti.strings import format_value, lookup

_FORMATTER = string.Formatter()

Part = Content | str | tuple[str, str]


def plain(text: str, style: str = "") -> Content:
    """Text shown exactly as written (minus control characters), optionally styled."""
    cleaned = clean_text(text)
    return Content.styled(cleaned, style) if style else Content(cleaned)


def plain_line(text: str, style: str = "") -> Content:
    """Like `plain`, for one line: newlines and tabs become spaces."""
    cleaned = clean_line(text)
    return Content.styled(cleaned, style) if style else Content(cleaned)


def join(*parts: Part) -> Content:
    """Pieces side by side: Content as it is, `str` as plain text, (text, style) styled."""
    pieces: list[Content] = []
    for part in parts:
        if isinstance(part, Content):
            pieces.append(part)
        elif isinstance(part, tuple):
            pieces.append(plain(part[0], part[1]))
        else:
            pieces.append(plain(part))
    return Content("").join(pieces)


def lines(items: Iterable[Part]) -> Content:
    """Pieces one per line."""
    return Content("\n").join(join(item) for item in items)


def ui(key: str, /, style: str = "", **values: Any) -> Content:
    """A string from ui.toml (its own markup is ours and is kept) with `values` inserted literally.

    `{name}` and `{name:spec}` placeholders work as in `strings.t`; each value becomes
    plain text, whatever brackets or dollar signs it holds.
    """
    template = lookup(key)
    if not isinstance(template, str):
        raise KeyError(f"not a string: {key}")
    markup = []
    variables: dict[str, str] = {}
    for literal, name, spec, conversion in _FORMATTER.parse(template):
        markup.append(literal.replace("$", "$$"))
        if name is None:
            continue
        value = values[name]
        if conversion:
            value = _FORMATTER.convert_field(value, conversion)
        variable = f"v{len(variables)}"
        variables[variable] = clean_line(format_value(value, spec or ""))
        markup.append(f"${variable}")
    content = Content.from_markup("".join(markup), **variables)
    return content.stylize(style) if style else content


def cell(text: str, style: str = "") -> Text:
    """A DataTable cell (DataTable parses `str` cells as markup): one plain line."""
    return Text(clean_line(text), style=style, end="")
