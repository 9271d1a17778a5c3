"""After an OAS-13 result: the same gentle words for every score (issue 32.6, CONTENT-GUIDE.md,
OAS section). The scale is meant for research and has no cut-offs, so the score must never decide
what the app says; until issue 32 a total of 54 or less brought a line no one else saw."""

from __future__ import annotations

from tests.unit.cli_helpers import run_cli
from tryggsti.strings import t

MIDDLE = [4] * 13  # total 52 with the reversed items
STRONG = [1, 1, 1, 7, 7, 7, 1, 7, 7, 1, 7, 7, 7]  # total 91


def _followup(out: str) -> list[str]:
    """The output after the score lines: what is said about the result."""
    return out.split(t("oas.note"), 1)[1].strip().splitlines()


def test_every_score_is_followed_by_the_same_words(monkeypatch, capsys):
    middle = run_cli(monkeypatch, capsys, "oas", "--svar", ",".join(map(str, MIDDLE)))
    strong = run_cli(monkeypatch, capsys, "oas", "--svar", ",".join(map(str, STRONG)))
    assert middle.code == 0 and strong.code == 0, middle.err + strong.err
    assert _followup(middle.out) == _followup(strong.out)
    assert "snakke med noen" in strong.out


def test_the_words_never_judge_or_read_the_answers():
    words = t("oas.talk", talk_to="fastlegen").lower()
    for verdict in ("tyder på", "lav", "høy", "dårlig"):
        assert verdict not in words.split() and verdict not in words, verdict


def test_no_threshold_is_left_in_the_code():
    from pathlib import Path

    import tryggsti

    root = Path(tryggsti.__file__).parent
    assert not (root / "domain" / "oas_followup.py").exists()
    for path in root.rglob("*.py"):
        assert "LOWER_PART_OF_RANGE" not in path.read_text(encoding="utf-8"), path
