"""Cleaning text a person typed or a file brought in: control characters never get through."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls (U+0080–U+009F).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_BREAKS = re.compile(r"\r\n?")
_SPACES_FOR_BREAKS = re.compile(r"[\t\n\r]")


def clean_text(text: str, *, multiline: bool = True) -> str:
    """The text without control characters: escape sequences, bells, bare CRs and the like.

    CR LF and a bare CR become a newline in multi-line text; in a single-line field every
    tab, newline and CR becomes a space. Everything else that is printable stays as written.
    """
    text = _LINE_BREAKS.sub("\n", text) if multiline else _SPACES_FOR_BREAKS.sub(" ", text)
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """`clean_text` for a single-line field."""
    return clean_text(text, multiline=False)


def quote_for_terminal(text: str) -> str:
    """Text from a file, quoted and with every control character shown as an escape.

    For messages on the command line: a key in a homework file must never move the
    cursor, set the window title or clear the screen.
    """
    return "«" + "".join(_shown(char) for char in text) + "»"


def _shown(char: str) -> str:
    code = ord(char)
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"\\x{code:02x}"
    return char


def terminal_safe(text: str) -> str:
    """A message for the terminal: newlines and tabs stay, other controls are shown escaped."""
    return _CONTROLS.sub(lambda match: _shown(match[0]), text.replace("\r", "\\r"))
