"""The app's own words never shame: no «sprekk», «clean», «streak» or «feilet» (CONTENT-GUIDE.md,
"Relapse"). Every UI string is checked here; topic texts have their own rules."""

from __future__ import annotations

import re

from tryggsti.strings import _table

SHAME = re.compile(r"\b(sprekk\w*|clean|streak\w*|feilet|rusfri rekke)\b", re.IGNORECASE)


def _strings(node, path=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}" if path else key)
    elif isinstance(node, str):
        yield path, node


def test_no_ui_string_uses_shame_words():
    found = [(key, text) for key, text in _strings(_table()) if SHAME.search(text)]
    assert found == []


def test_the_pattern_catches_the_words():
    for text in ("en sprekk", "Sprekken", "være clean", "streaken din", "du feilet"):
        assert SHAME.search(text), text
    assert not SHAME.search("et tilbakefall er informasjon")
