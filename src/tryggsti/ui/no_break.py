"""No-break spaces that really do not break: phone numbers stay on one line at any width.

Rich and Textual split lines at any Unicode whitespace, the no-break space (U+00A0) included,
so "116 123" written with one could still end a line after "116". Their word patterns are
widened here so a no-break space joins what is around it, as Unicode means it to. Textual is
pinned to a minor range; tests/unit/test_no_break.py fails if an upgrade moves these patterns.
"""

from __future__ import annotations

import re

import rich._wrap
import textual._wrap

NBSP = "\u00a0"
_SPACE = rf"[^\S{NBSP}]"  # whitespace, but not the no-break space
_WORD = rf"(?:\S|{NBSP})+"


def keep_no_break_spaces() -> None:
    rich._wrap.re_word = re.compile(rf"{_SPACE}*{_WORD}{_SPACE}*")
    textual._wrap.re_chunk = re.compile(rf"{_WORD}{_SPACE}*|{_SPACE}+")
