"""Phone numbers written with no-break spaces are never split across lines on screen."""

from __future__ import annotations

import rich._wrap
import textual._wrap
from rich.console import Console
from rich.text import Text
from textual.content import Content

from tryggsti.ui.no_break import keep_no_break_spaces


def test_the_patterns_this_relies_on_are_still_there():
    assert hasattr(rich._wrap, "re_word") and hasattr(textual._wrap, "re_chunk")


def test_a_number_with_no_break_spaces_moves_to_the_next_line_whole():
    keep_no_break_spaces()
    lines = [line.plain for line in Content("Ring nå til 116\u00a0123 i dag").wrap(15)]
    assert "116\u00a0123" in lines[1] and not any(line.endswith("116") for line in lines)
    console = Console(width=15, record=True)
    console.print(Text("Ring nå til 116\u00a0123 i dag"))
    assert "116\u00a0123" in console.export_text() or "116 123" in console.export_text()
    assert "116\n" not in console.export_text()


def test_ordinary_spaces_still_wrap():
    keep_no_break_spaces()
    assert [line.plain for line in Content("en to tre fire").wrap(7)] == ["en to", "tre", "fire"]
