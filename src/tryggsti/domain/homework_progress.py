"""How far a person has come with a homework: computed from what they did, never stored."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from tryggsti.domain.records import CommitmentStatus, Homework, VaultData

COMMITMENT_CREDIT = {CommitmentStatus.DONE: 1.0, CommitmentStatus.PARTLY: 0.5}


@dataclass(frozen=True)
class ItemProgress:
    kind: str  # topic | grounding | questionnaire | commitment | checkins
    ref: str  # the id, or the commitment's text
    done: int
    target: int
    fraction: float  # 0.0 – 1.0
    status: str = ""  # a commitment's status


@dataclass(frozen=True)
class HomeworkProgress:
    homework: Homework
    items: list[ItemProgress]
    weeks: int
    days_left: int  # negative once the due date has passed

    @property
    def fraction(self) -> float:
        if not self.items:
            return 0.0
        return sum(item.fraction for item in self.items) / len(self.items)


@dataclass(frozen=True)
class HomeworkItems:
    """The topics and grounding exercises a homework not yet past its due date asks for."""

    topics: frozenset[str]
    grounding: frozenset[str]


def current_homework_items(data: VaultData, today: date) -> HomeworkItems:
    current = [h for h in data.homework if h.due >= today]
    return HomeworkItems(
        topics=frozenset(topic for h in current for topic in h.topics),
        grounding=frozenset(g.script_id for h in current for g in h.grounding),
    )


def weeks_in(homework: Homework) -> int:
    return max(1, math.ceil(((homework.due - homework.start).days + 1) / 7))


def target_for(per_week: int, homework: Homework) -> int:
    """How many a «per week» pace asks for over the homework's days, start and due date
    included: the pace times the days over seven, rounded down (never more than one a
    day, never zero). 5 a week over 14 or 15 days is 10, not 15."""
    days = max(1, (homework.due - homework.start).days + 1)
    return max(1, min(days, per_week * days // 7))


def _counted(done: int, target: int, kind: str, ref: str) -> ItemProgress:
    return ItemProgress(kind, ref, done, target, min(done / target, 1.0) if target else 1.0)


def homework_progress(homework: Homework, data: VaultData, today: date) -> HomeworkProgress:
    def within(day: date) -> bool:
        return homework.start <= day <= homework.due

    weeks = weeks_in(homework)
    items = []
    for topic_id in homework.topics:
        progress = data.topics.get(topic_id)
        done = int(progress is not None and progress.completed_at is not None)
        items.append(_counted(done, 1, "topic", topic_id))
    for practice in homework.grounding:
        sessions = sum(
            1
            for s in data.grounding_sessions
            if s.script_id == practice.script_id and within(s.started_at.date())
        )
        target = target_for(practice.per_week, homework)
        items.append(_counted(sessions, target, "grounding", practice.script_id))
    seen: dict[str, int] = {}
    for task in homework.questionnaires:
        seen[task.instrument_id] = seen.get(task.instrument_id, 0) + 1
        filled = sum(
            1
            for r in data.questionnaire_results
            if r.instrument_id == task.instrument_id and within(r.at.date())
        )
        items.append(
            _counted(
                int(filled >= seen[task.instrument_id]), 1, "questionnaire", task.instrument_id
            )
        )
    mine = [c for c in data.commitments if c.homework_id == homework.id]
    for text in homework.commitments:
        match = next((c for c in mine if c.text == text), None)
        status = match.status if match else CommitmentStatus.OPEN
        credit = COMMITMENT_CREDIT.get(status, 0.0)
        items.append(
            ItemProgress("commitment", text, int(credit == 1.0), 1, credit, status=status.value)
        )
    if homework.checkins_per_week:
        days_logged = len({c.at.date() for c in data.checkins if within(c.at.date())})
        target = target_for(homework.checkins_per_week, homework)
        items.append(_counted(days_logged, target, "checkins", ""))
    return HomeworkProgress(homework, items, weeks, (homework.due - today).days)
