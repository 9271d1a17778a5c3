"""Past questionnaire results for the screen: oldest first, those that no longer score left
out, and with `newest` only the latest few scored (decades of quarterly SOC-13s are not
all scored again on each visit to the screen)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tryggsti.content.loader import load_library
from tryggsti.domain.records import Profile, QuestionnaireResult, VaultData
from tryggsti.services import questionnaires

START = datetime(2020, 1, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def soc13():
    return load_library().questionnaires["soc13"]


def _data(count: int, *, broken: set[int] = frozenset(), other: set[int] = frozenset()):
    data = VaultData(profile=Profile(created_at=START))
    for n in reversed(range(count)):  # stored newest first: the order is by time, not place
        data.questionnaire_results.append(
            QuestionnaireResult(
                id=f"q{n}",
                instrument_id="annet" if n in other else "soc13",
                instrument_version="1",
                at=START + timedelta(days=91 * n),
                answers=[4] * (12 if n in broken else 13),
            )
        )
    return data


def test_history_is_oldest_first_without_other_instruments_or_unscorable_results(soc13):
    shown = questionnaires.history(_data(6, broken={2}, other={4}), soc13)
    assert [item.at for item in shown] == [START + timedelta(days=91 * n) for n in (0, 1, 3, 5)]


@pytest.mark.parametrize("newest", [1, 3, 9])
def test_newest_gives_the_end_of_the_whole_history(soc13, newest):
    data = _data(12, broken={10, 7}, other={9})
    assert (
        questionnaires.history(data, soc13, newest=newest)
        == (questionnaires.history(data, soc13)[-newest:])
    )


def test_newest_scores_only_what_it_gives(soc13, monkeypatch):
    scored = []
    real = questionnaires.score

    def counted(questionnaire, answers):
        scored.append(answers)
        return real(questionnaire, answers)

    monkeypatch.setattr(questionnaires, "score", counted)
    questionnaires.history(_data(400), soc13, newest=9)
    assert len(scored) == 9
