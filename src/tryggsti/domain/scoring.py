"""Scoring a Likert questionnaire from the key in its content file (never from code)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tryggsti.domain.content import Questionnaire


class InvalidAnswers(ValueError):
    """Answers that cannot be scored; `reason` names the string-table entry that explains it."""

    def __init__(self, reason: str, **details: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


@dataclass(frozen=True)
class Scores:
    total: int
    subscales: dict[str, int]  # subscale id -> sum, in the order of the file
    total_min: int
    total_max: int


def item_value(questionnaire: Questionnaire, number: int, answer: int) -> int:
    item = questionnaire.items[number - 1]
    if item.reverse:
        return questionnaire.scale_min + questionnaire.scale_max - answer
    return answer


def check_answers(questionnaire: Questionnaire, answers: Sequence[int]) -> None:
    expected = len(questionnaire.items)
    if len(answers) != expected:
        raise InvalidAnswers("wrong_count", expected=expected, got=len(answers))
    for number, answer in enumerate(answers, start=1):
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise InvalidAnswers("not_a_number", number=number)
        if not questionnaire.scale_min <= answer <= questionnaire.scale_max:
            raise InvalidAnswers(
                "out_of_range",
                number=number,
                answer=answer,
                low=questionnaire.scale_min,
                high=questionnaire.scale_max,
            )


def score(questionnaire: Questionnaire, answers: Sequence[int]) -> Scores:
    """Total and sub-scores for raw answers given in item order (item 1 first)."""
    check_answers(questionnaire, answers)
    sums = {subscale.id: 0 for subscale in questionnaire.subscales}
    for item, answer in zip(questionnaire.items, answers, strict=True):
        sums[item.subscale] += item_value(questionnaire, item.number, answer)
    return Scores(
        total=sum(sums.values()),
        subscales=sums,
        total_min=questionnaire.total_min,
        total_max=questionnaire.total_max,
    )
