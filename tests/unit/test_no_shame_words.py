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


def test_no_content_file_uses_shame_words():
    """Topics, grounding scripts and the other content files follow the same rule."""
    from tryggsti.paths import builtin_content_dir

    found = []
    for path in sorted(builtin_content_dir().rglob("*.toml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.lstrip().startswith("#") and SHAME.search(line):
                found.append(f"{path.name}:{number}")
    assert found == []


def test_no_content_recommends_venting_anger():
    """Hitting a pillow or shouting it out feeds anger (CONTENT-GUIDE.md, "Anger")."""
    from tryggsti.paths import builtin_content_dir

    venting = re.compile(r"slå på en pute|slå i en pute|skrik det ut|få det ut ved å slå", re.I)
    found = [
        path.name
        for path in sorted(builtin_content_dir().rglob("*.toml"))
        if venting.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
