"""Questionnaire results: saving raw answers and scoring past ones for the chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tryggsti.domain.content import Questionnaire
from tryggsti.domain.records import QuestionnaireResult, VaultData
from tryggsti.domain.scoring import InvalidAnswers, Scores, score
from tryggsti.services.session import VaultSession


@dataclass(frozen=True)
class ScoredResult:
    at: datetime
    scores: Scores


def save_result(
    session: VaultSession, questionnaire: Questionnaire, answers: Sequence[int]
) -> tuple[QuestionnaireResult, Scores]:
    scores = score(questionnaire, answers)  # refuses incomplete answers before anything is stored
    result = QuestionnaireResult(
        id=session.new_id(),
        instrument_id=questionnaire.id,
        instrument_version=questionnaire.version,
        at=session.clock(),
        answers=list(answers),
    )
    session.data.questionnaire_results.append(result)
    session.save()
    return result, scores


def history(
    data: VaultData, questionnaire: Questionnaire, newest: int | None = None
) -> list[ScoredResult]:
    """Past results of this questionnaire, oldest first (any that no longer score left out).

    With `newest`, only that many of the latest: a screen that shows the last few scores
    those, not every result of the years before (a quarterly SOC-13 for decades)."""
    mine = sorted(
        (
            result
            for result in data.questionnaire_results
            if result.instrument_id == questionnaire.id
        ),
        key=lambda result: result.at,
    )
    scored: list[ScoredResult] = []
    for result in reversed(mine):
        if newest is not None and len(scored) >= newest:
            break
        try:
            scored.append(ScoredResult(result.at, score(questionnaire, result.answers)))
        except InvalidAnswers:
            continue
    scored.reverse()
    return scored
