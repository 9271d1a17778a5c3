"""OAS/SOC-13 scoring from the content file's key, checked against the published key by hand."""

from __future__ import annotations

import json

import pytest

from tests.unit.cli_helpers import run_cli
from tryggsti.content.loader import load_library
from tryggsti.domain.scoring import InvalidAnswers, score


@pytest.fixture(scope="module")
def soc13():
    return load_library().questionnaires["soc13"]


def test_the_key_in_the_file_matches_the_published_key(soc13):
    assert [i.number for i in soc13.items if i.reverse] == [1, 2, 3, 7, 10]
    members = {s.id: [i.number for i in soc13.items if i.subscale == s.id] for s in soc13.subscales}
    assert members == {
        "begripelighet": [2, 6, 8, 9, 11],
        "haandterbarhet": [3, 5, 10, 13],
        "meningsfullhet": [1, 4, 7, 12],
    }
    assert [(s.min, s.max) for s in soc13.subscales] == [(5, 35), (4, 28), (4, 28)]
    assert all(item.anchor_min and item.anchor_max for item in soc13.items)
    assert "Antonovsky" in soc13.copyright


# Worked by hand: a reversed item scores 8 - answer.
VECTORS = [
    ([1] * 13, 43, {"begripelighet": 11, "haandterbarhet": 16, "meningsfullhet": 16}),
    ([7] * 13, 61, {"begripelighet": 29, "haandterbarhet": 16, "meningsfullhet": 16}),
    ([4] * 13, 52, {"begripelighet": 20, "haandterbarhet": 16, "meningsfullhet": 16}),
    (
        [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6],
        57,
        {"begripelighet": 19, "haandterbarhet": 21, "meningsfullhet": 17},
    ),
    (
        [7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2],
        47,
        {"begripelighet": 21, "haandterbarhet": 11, "meningsfullhet": 15},
    ),
]


@pytest.mark.parametrize(("answers", "total", "parts"), VECTORS)
def test_hand_computed_scores(soc13, answers, total, parts):
    scores = score(soc13, answers)
    assert scores.total == total
    assert scores.subscales == parts
    assert sum(parts.values()) == total


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ([4] * 12, "wrong_count"),
        ([4] * 14, "wrong_count"),
        ([4] * 12 + [8], "out_of_range"),
        ([0] + [4] * 12, "out_of_range"),
    ],
)
def test_answers_that_cannot_be_scored(soc13, answers, reason):
    with pytest.raises(InvalidAnswers) as caught:
        score(soc13, answers)
    assert caught.value.reason == reason


def test_oas_command_prints_total_and_the_three_parts(monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "oas", "--svar", "1,2,3,4,5,6,7,1,2,3,4,5,6")
    assert result.code == 0, result.err
    assert "Samlet skår: 57" in result.out
    assert "Begripelighet: 19" in result.out
    assert "Håndterbarhet: 21" in result.out
    assert "Meningsfullhet: 17" in result.out


def test_oas_command_as_json(monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "oas", "--svar", ",".join(["7"] * 13), "--json")
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert document["total"] == 61
    assert document["subscales"]["begripelighet"] == 29


@pytest.mark.parametrize(
    ("answers", "words"),
    [
        ("1,2,3", "nøyaktig 13"),
        (",".join(["4"] * 12 + ["9"]), "fra 1 til 7"),
        (",".join(["4"] * 12 + ["x"]), "ikke et helt tall"),
    ],
)
def test_oas_command_explains_bad_input(monkeypatch, capsys, answers, words):
    result = run_cli(monkeypatch, capsys, "oas", "--svar", answers)
    assert result.code == 1
    assert words in result.err
    assert "Traceback" not in result.err


def test_the_rights_are_stated_as_the_holder_states_them():
    """Issue 32.6: the questionnaire file, the about page and LICENSES/ say the same."""
    from pathlib import Path

    from tryggsti.content.loader import load_library

    library = load_library()
    about = " ".join(s.body for s in library.about.sections)
    root = Path(__file__).resolve().parents[2]
    licence = (root / "LICENSES" / "SOC-13.md").read_text(encoding="utf-8")
    copyright = library.questionnaires["soc13"].copyright
    for text in (about, copyright):
        for words in ("Avishai Antonovsky", "University West", "forskning", "diagnose"):
            assert words in text, words
        assert "oversettelser" in text and "avslått" in text
        assert "ikke-kommersiell" not in text  # the old, wrong reading of the terms
    for words in ("Avishai Antonovsky", "University West", "research", "translations"):
        assert words in licence, words
    assert "refused" in licence and "release" in licence
    checklist = (root / "docs" / "utgivelse.md").read_text(encoding="utf-8")
    blockers = checklist.split("## Stoppere", 1)[1].split("\n## ", 1)[0]
    assert "Skriftlig tillatelse til OAS-13" in blockers


def test_item_8_is_confused_and_item_10_keeps_certain_situations():
    from tryggsti.content.loader import load_library

    items = {item.number: item.text for item in load_library().questionnaires["soc13"].items}
    assert "forvirrede" in items[8] and "blandede" not in items[8]
    assert "i visse situasjoner" in items[10]


def test_the_intro_speaks_of_life_for_now_not_a_snapshot():
    from tryggsti.content.loader import load_library

    soc13 = load_library().questionnaires["soc13"]
    assert "livet for tiden" in soc13.instructions
    assert "øyeblikksbilde" not in soc13.explanation.lower()
