"""After an OAS-13 result, a gentle word about talking with someone, never a label."""

from __future__ import annotations

from tests.unit.cli_helpers import run_cli
from tryggsti.domain.oas_followup import suggest_talking

MIDDLE = [4] * 13  # total 52 with the reversed items: in the lower part
STRONG = [1, 1, 1, 7, 7, 7, 1, 7, 7, 1, 7, 7, 7]  # total 91


def test_the_lower_part_of_the_range_brings_the_suggestion():
    assert suggest_talking(52, MIDDLE)
    assert not suggest_talking(91, STRONG)


def test_hard_feelings_bring_it_even_with_a_high_total():
    answers = list(STRONG)
    answers[12] = 1  # item 13: feelings not sure to keep under control, very often
    assert suggest_talking(85, answers)


def test_the_cli_says_it_kindly_and_never_labels(monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "oas", "--svar", ",".join(map(str, MIDDLE)))
    assert result.code == 0, result.err
    assert "snakke med noen" in result.out
    assert "lav" not in result.out.lower().split()
    calm = run_cli(monkeypatch, capsys, "oas", "--svar", ",".join(map(str, STRONG)))
    assert "snakke med noen" not in calm.out
