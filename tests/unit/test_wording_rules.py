"""Issue 11.4's wording, kept: one phrase for getting better («bli bedre», «bedring»), «minner
deg om», no healing titles, and «Hjemmeoppgaver», not «lekser», wherever the user reads."""

from __future__ import annotations

import re

import pytest

from tryggsti.paths import builtin_content_dir

RULES = {
    "minner deg på": re.compile(r"\bminner (deg|meg|oss) på\b", re.IGNORECASE),
    "bli frisk": re.compile(r"\b(bli|blir|ble|blitt) frisk\w*|\btilfriskn\w*", re.IGNORECASE),
    "heler/lege as healing": re.compile(r"\b(heler|som kan lege)\b", re.IGNORECASE),
    # The feature's old names; «en gammel lekse» (an old lesson) in a topic is fine.
    "lekser": re.compile(r"\b(lekser\w*|leksen|leksefil\w*|leksemal\w*)\b", re.IGNORECASE),
}


def _lines():
    for path in sorted(builtin_content_dir().rglob("*.toml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.lstrip().startswith("#"):
                continue
            if path.name == "ui.toml" and re.match(r"\s*\[lekse[.\]]|\s*lekse_help\s*=", line):
                continue  # the CLI command keeps its name («tryggsti lekse»)
            yield f"{path.name}:{number}", line


@pytest.mark.parametrize("rule", sorted(RULES))
def test_no_content_breaks_the_wording_rule(rule):
    found = [where for where, line in _lines() if RULES[rule].search(line)]
    assert found == []


def test_the_patterns_catch_what_they_are_for():
    assert RULES["minner deg på"].search("Det minner deg på noe")
    assert not RULES["minner deg på"].search("Det minner deg om noe")
    assert RULES["bli frisk"].search("før du blir frisk")
    assert RULES["heler/lege as healing"].search("Sinne som kan lege")
    assert RULES["lekser"].search("Lekser fra behandleren")
    assert not RULES["lekser"].search("Hjemmeoppgaver")
    assert not RULES["lekser"].search("Det er en gammel lekse")
