"""Cleaning text a person typed or a file brought in: control characters never get through."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls (U+0080–U+009F), and the bidi
# embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): a U+202E in a note
# or a file name turns what follows it around on screen, in a report, in a terminal.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# What a JSON text may hold raw but a reader of the file must not meet raw: C1 controls,
# bidi controls, and the line and paragraph separators (JSON escapes only C0 itself).
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
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
    if _CONTROLS.fullmatch(char):
        return f"\\u{code:04x}"
    return char


def json_escaped(text: str) -> str:
    """JSON text with C1 and bidi controls and U+2028/U+2029 written as \\u escapes: the
    same JSON to a reader, and nothing that acts on the screen of someone reading the file.
    (These characters can only stand inside strings, where the escape means the same.)"""
    return _RAW_IN_JSON.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def terminal_safe(text: str) -> str:
    """A message for the terminal: newlines and tabs stay, other controls are shown escaped."""
    return _CONTROLS.sub(lambda match: _shown(match[0]), text.replace("\r", "\\r"))
