"""The page for family and friends (content/nb/paarorende.toml, issue 11.8): short, with the
emergency numbers and the lines that take calls from family, all as references to the help lines
so a changed number can never leave the page behind; checked by `innhold sjekk` like the rest."""

from __future__ import annotations

import shutil

import pytest

from tryggsti.content.loader import check_folder, load_library, load_resources
from tryggsti.content.schema import RELATIVES_WORDS
from tryggsti.paths import builtin_content_dir

RAW = (builtin_content_dir() / "paarorende.toml").read_text(encoding="utf-8")


def test_the_page_is_250_to_450_words():
    low, high = RELATIVES_WORDS
    words = sum(len(s.body.split()) for s in load_library().relatives.sections)
    assert (low, high) == (250, 450) and low <= words <= high, words


def test_numbers_come_from_the_help_lines_never_typed_by_hand():
    for ref in ("{nummer:113}", "{nummer:112}", "{linje:116123}", "{linje:22400040}"):
        assert ref in RAW, ref
    for ref in ("{linje:91508588}", "{linje:116006}"):
        assert ref in RAW, ref
    body = " ".join(s.body for s in load_library().relatives.sections).replace("\xa0", " ")
    assert "113" in body and "112" in body and "RUSinfo" in body


def test_lines_said_to_be_for_family_say_so_in_their_own_entry():
    lines = {line.id: line for line in load_resources().lines}
    assert "pårørende" in lines["91508588"].audience
    assert "venner og familie" in lines["116006"].when.lower()


def test_the_page_asks_about_suicide_plainly():
    body = " ".join(s.body for s in load_library().relatives.sections)
    assert "Har du tanker om å ta livet ditt?" in body
    assert "selvmord" in body


def test_the_page_never_calls_it_the_others_choice():
    """Issue 32.4: the line right under the suicide section broke CONTENT-GUIDE.md."""
    body = " ".join(s.body for s in load_library().relatives.sections).lower()
    assert "den andres valg" not in body
    assert "legg bort medisiner" in body


def test_the_page_tells_relatives_about_overdose_and_naloxone():
    body = " ".join(s.body for s in load_library().relatives.sections).replace("\xa0", " ")
    for words in ("puster sakte", "blå lepper", "113", "nalokson", "på siden", "resept"):
        assert words in body, words
    assert "uten resept" not in body and "på apoteket" not in body


def test_the_page_names_children_as_relatives_and_116_111():
    assert "{linje:116111}" in RAW
    assert "Barn som pårørende" in [s.heading for s in load_library().relatives.sections]


@pytest.fixture
def content_copy(tmp_path, monkeypatch):
    folder = tmp_path / "nb"
    shutil.copytree(builtin_content_dir(), folder)
    monkeypatch.setattr("tryggsti.content.loader.builtin_content_dir", lambda: folder)
    return folder / "paarorende.toml"


def test_the_content_check_names_a_broken_reference_in_the_page(content_copy):
    content_copy.write_text(RAW.replace("{linje:116006}", "{linje:116066}"), encoding="utf-8")
    [problem] = check_folder()
    assert problem.file.endswith("paarorende.toml") and "{linje:116066}" in problem.expected
    assert problem.line is not None


def test_the_content_check_refuses_a_page_that_is_too_long(content_copy):
    content_copy.write_text(RAW.replace('body = """\n', 'body = """\n' + "ord " * 400, 1), "utf-8")
    [problem] = check_folder()
    assert problem.file.endswith("paarorende.toml") and problem.field == "sections"


def test_the_content_check_refuses_a_page_without_sections(content_copy):
    content_copy.write_text('title = "For familie og venner"\n', encoding="utf-8")
    [problem] = check_folder()
    assert problem.file.endswith("paarorende.toml") and "sections" in problem.field
