"""Every text a person reads passes hunspell's Norwegian Bokmål dictionary (nb_NO).

The project word list (tests/spelling/ord.txt) holds real words the dictionary lacks; it is a
hunspell personal dictionary, so `jordingsøvelse/redningsøvelse` inherits the inflections of
the second word. tests/spelling/teknisk.txt holds technical tokens in ui.toml (format names,
argparse placeholders). A test checks that no entry is there without being needed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content" / "nb"
WORDS = ROOT / "tests" / "spelling" / "ord.txt"
TECHNICAL = ROOT / "tests" / "spelling" / "teknisk.txt"
NOT_PROSE = {
    "id",
    "subscale",
    "grounding",
    "kind",
    "area",
    "version",
    "sources",
    "source",  # help lines: the public page a fact was read on
    "address",
    "web",
    "days",
    "from",
    "to",
    "long_version_of",  # grounding: the id of the short script
    "set",  # grounding: "natt"
}
MAX_WORD_LIST = 80


def _hunspell_or_skip() -> None:
    if shutil.which("hunspell") is None:
        if os.environ.get("TRYGGSTI_REQUIRE_HUNSPELL"):
            pytest.fail("hunspell is required here (apt-get install hunspell hunspell-no)")
        pytest.skip("hunspell is not installed")


def _strings(value, key="") -> Iterator[str]:
    if isinstance(value, str):
        if key not in NOT_PROSE:
            value = re.sub(r"\{[^}]*\}", " ", value)  # placeholders are filled in by code
            yield re.sub(r"\b[\w-]+(\.[\w-]+)*\.(no|com|org|se)\b", " ", value)  # web addresses
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _strings(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from _strings(child, key)


# Not prose: the words people write for substances, brand names and slang among them
# («benzo», «Subutex»), matched against what a check-in says was used.
WORD_TABLES = ("substances.toml",)


def content_files() -> list[Path]:
    return sorted(p for p in CONTENT.rglob("*.toml") if p.name not in WORD_TABLES)


def prose() -> str:
    parts = []
    for path in content_files():
        with open(path, "rb") as handle:
            parts.extend(_strings(tomllib.load(handle)))
    return "\n".join(parts)


def unknown_words(text: str) -> set[str]:
    args = ["hunspell", "-d", "nb_NO", "-p", str(WORDS), "-l"]
    result = subprocess.run(args, input=text, capture_output=True, text=True, check=True)
    words = {w for w in result.stdout.split() if len(w) > 1}
    technical = set(TECHNICAL.read_text(encoding="utf-8").split())
    return words - technical


def test_every_content_file_is_spelled_correctly():
    _hunspell_or_skip()
    unknown = unknown_words(prose())
    assert unknown == set(), f"unknown words (fix them, or add real words to {WORDS.name})"


def test_the_word_list_stays_short_and_every_entry_is_needed():
    _hunspell_or_skip()
    entries = [line.split("/")[0] for line in WORDS.read_text(encoding="utf-8").split()]
    assert len(entries) <= MAX_WORD_LIST, "the word list must not become a dumping ground"
    text = prose()
    result = subprocess.run(
        ["hunspell", "-d", "nb_NO", "-l"], input=text, capture_output=True, text=True, check=True
    )
    flagged_without_list = {word.lower() for word in result.stdout.split()}
    unused = [
        entry
        for entry in entries
        if not any(word.startswith(entry.lower()) for word in flagged_without_list)
    ]
    assert unused == [], "entries the content no longer needs"


def test_a_misspelling_is_caught():
    _hunspell_or_skip()
    assert unknown_words("Jeg har skrevet et ord feill her.") == {"feill"}
