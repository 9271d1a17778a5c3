"""The text helpers: cleaning, quoting for the terminal, and literal Content for widgets."""

from __future__ import annotations

import string

from hypothesis import given, settings

from tests.unit.user_text_strategies import nasty_text
from tryggsti.domain.text import clean_line, clean_text, quote_for_terminal, terminal_safe


def test_clean_text_keeps_lines_and_drops_controls():
    assert clean_text("a\x1b[2J\r\nb\rc\td\x00\x7f\x85\x9b") == "a[2J\nb\nc\td"
    assert clean_line("a\nb\tc\rd\x07") == "a b c d"


def test_terminal_quoting_shows_escapes():
    assert quote_for_terminal("\x1b]0;owned\x07") == "«\\x1b]0;owned\\x07»"
    assert terminal_safe("linje 1\nlinje\r2\x9b") == "linje 1\nlinje\\r2\\x9b"


@settings(max_examples=200, derandomize=True)
@given(nasty_text)
def test_ui_strings_take_any_value_literally(value):
    from tryggsti.ui.plain import join, plain, ui

    assert ui("home.next_topic", number=1, title=value).plain == (
        f"Neste emne: 1. {clean_line(value)} (trykk E)"
    )
    assert plain(value, "bold").plain == clean_text(value)
    assert join(("x", "dim"), value).plain == "x" + clean_text(value)


def test_every_ui_string_parses_with_its_placeholders_filled():
    from tryggsti.strings import _table
    from tryggsti.ui.plain import ui

    def strings(node, prefix=""):
        for key, value in node.items():
            name = f"{prefix}.{key}" if prefix else key
            if isinstance(value, dict):
                yield from strings(value, name)
            elif isinstance(value, str):
                yield name, value

    for key, template in strings(_table()):
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        values = dict.fromkeys(names, "[/]")
        assert "[/]" in ui(key, **values).plain or not names, key
