"""Every use tryggsti makes of Textual's or Rich's private API, each with the test that
fails when an upgrade moves it (docs/speed.md, «Private API»). None of them is for speed:
the two that were (a theme check, the kept styles' handler names) use public API now.

A new private touch in src/ fails `test_no_private_touch_beyond_these`: add it here with
a test named for what breaks, or use public API."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import rich._wrap
import textual._wrap
from textual.widgets._toggle_button import ToggleButton

SOURCE = Path(__file__).resolve().parents[2] / "src" / "tryggsti"

# file (under src/tryggsti) -> the private names it touches
KNOWN = {
    # The crash handler (tests/functional/test_crash_in_app.py names what breaks) and the
    # clock Textual stamps each message with, to drop keys typed while a vault opens.
    "ui/app.py": {"super()._handle_exception", "textual._time"},
    "ui/no_break.py": {"rich._wrap", "textual._wrap"},
    "ui/widgets/toggles.py": {"super()._button"},
}

_PRIVATE = re.compile(
    r"\b(?:import|from)\s+((?:textual|rich)(?:\.\w+)*\._\w+)"  # a private module
    r"|((?:super\(\)|\b(?!self\b|cls\b)[a-z_]\w*)\._[a-z]\w*)"  # a private attribute
)


def _touches(text: str) -> set[str]:
    found = set()
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            continue
        for module, attribute in _PRIVATE.findall(line):
            found.add(module or attribute.rsplit(".", 1)[0] + "." + attribute.split(".")[-1])
    return found


def test_no_private_touch_beyond_these():
    """Only the UI may touch Textual at all; of its files, only those in KNOWN touch a
    private name of anything not their own (textual's, rich's or another object's)."""
    seen = {}
    for path in sorted((SOURCE / "ui").rglob("*.py")):
        touches = {
            touch
            for touch in _touches(path.read_text(encoding="utf-8"))
            if touch.startswith(("textual.", "rich.", "super()", "app.", "screen.", "event."))
        }
        if touches:
            seen[path.relative_to(SOURCE).as_posix()] = touches
    assert seen == KNOWN


def test_phone_numbers_split_again_if_rich_or_textual_rename_their_wrap_patterns():
    """ui/no_break.py widens these two patterns (tests/unit/test_no_break.py checks the
    wrapping itself)."""
    assert isinstance(rich._wrap.re_word, re.Pattern)
    assert isinstance(textual._wrap.re_chunk, re.Pattern)


def test_ticked_boxes_lose_their_glyph_if_textual_renames_togglebutton_button():
    """ui/widgets/toggles.py overrides this property and its BUTTON_INNER
    (tests/functional/test_toggle_glyphs.py checks what is drawn)."""
    assert isinstance(inspect.getattr_static(ToggleButton, "_button"), property)
    assert isinstance(ToggleButton.BUTTON_INNER, str)


def test_keys_typed_while_unlocking_are_told_apart_by_textuals_message_clock():
    """ui/app.py drops the keys typed while «Åpner …» runs by comparing their time stamps
    with textual._time.get_time (issue 29 point 13): if Textual renames it, this fails."""
    import textual._time

    assert callable(textual._time.get_time)
