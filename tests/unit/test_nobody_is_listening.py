"""Words only a listener could say, and «tilbakefall» for every use, never appear
(SAFETY-RESPONSES.md, «Tests»: the lint rule). Nobody reads the vault."""

from __future__ import annotations

import re

import pytest

from tryggsti.paths import builtin_content_dir
from tryggsti.strings import lookup

# Promises only a person can keep, and facts nobody can promise.
NEVER_ANYWHERE = ("bære det alene", "takk for at du fortalte", "du er trygg", "svarer alltid")
# Where the response, the look back and the report speak: use is not always a relapse.
NO_RELAPSE_IN = ("safety_offer", "relapse", "checkin", "help_now", "mood_log")


def _strings(node, path=()):
    if isinstance(node, str):
        yield ".".join(path), node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, (*path, str(index)))


def _content_files():
    return sorted(builtin_content_dir().rglob("*.toml"))


@pytest.mark.parametrize("phrase", NEVER_ANYWHERE)
def test_no_content_speaks_as_if_someone_heard(phrase):
    pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
    for path in _content_files():
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if line.lstrip().startswith("#"):
                continue
            # «Hvis du er trygg akkurat nå …» is conditional, as the guide asks.
            unconditional = pattern.sub("", line.replace("Hvis du er trygg", ""))
            assert unconditional == line.replace("Hvis du er trygg", ""), (path, number, line)


@pytest.mark.parametrize("section", NO_RELAPSE_IN)
def test_the_response_and_the_look_back_never_call_use_a_relapse(section):
    for key, text in _strings(lookup(section), (section,)):
        assert "tilbakefall" not in text.casefold(), key


def test_the_lint_rule_catches_what_it_is_for():
    """The rule itself, on the old words it was written against."""
    old = "Takk for at du fortalte det. Du trenger ikke bære det alene."
    assert any(re.search(rf"\b{p}\b", old, re.IGNORECASE) for p in NEVER_ANYWHERE)
