"""Hypothesis strategies for text a person (or a file) might bring: markup, escapes, controls."""

from __future__ import annotations

from hypothesis import strategies as st

NASTY = [
    "[/]",
    "[b]",
    "[/b]",
    "[jobb]",
    "[@click=app.quit]",
    "[link=https://example.com]",
    "$warning",
    "\\",
    "\\[b]",
    "\x1b]0;owned\x07",
    "\x1b[2J",
    "\x1b[31m",
    "\x00",
    "\x7f",
    "\x85",
    "\x9b",
    "\r",
    "\r\n",
    "\n",
    "\t",
    "|",
    "<script>",
    "&amp;",
    ";,",
    "🙂",
    "👩‍👩‍👧",
    "e\u0301",
    "\u202e",
    "æøå ÆØÅ",
    "x" * 90,
]

nasty_pieces = st.one_of(st.sampled_from(NASTY), st.text(max_size=6))

nasty_text = st.lists(nasty_pieces, min_size=1, max_size=5).map("".join).filter(str.strip)


def visible(text: str) -> str:
    """What should remain of `text` once control characters are gone, without whitespace."""
    from tryggsti.domain.text import clean_line

    return "".join(clean_line(text).split())


def as_in_an_old_vault(record, **fields) -> None:
    """Set fields on a record after it was made, bypassing what a new record would
    clean or check (frozen records included): the text an older vault could hold."""
    for name, value in fields.items():
        object.__setattr__(record, name, value)
