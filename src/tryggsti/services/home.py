"""What the home screen shows: today's check-in, what is due, recent mood, what to read next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tryggsti.domain.records import Commitment, VaultData
from tryggsti.domain.trends import (
    DaysWithoutUse,
    daily_values,
    days,
    days_without_use,
    substance_days,
)

CHART_DAYS = 30


@dataclass(frozen=True)
class HomeSummary:
    today: date
    checked_in_today: bool
    open_commitments: list[Commitment]  # soonest due first; those without a date last
    mood_30_days: list[float | None]
    substance_30_days: list[bool]
    next_topic_id: str | None
    topics_completed: int
    without_use: tuple[DaysWithoutUse, DaysWithoutUse]  # the last 30 and 90 days


def next_topic(data: VaultData, topic_ids_in_order: list[str]) -> str | None:
    """The first topic not yet completed (topics can be taken in any order)."""
    for topic_id in topic_ids_in_order:
        progress = data.topics.get(topic_id)
        if progress is None or progress.completed_at is None:
            return topic_id
    return None


def home_summary(data: VaultData, today: date, topic_ids_in_order: list[str]) -> HomeSummary:
    span = days(today, CHART_DAYS)
    open_ones = sorted(
        (c for c in data.commitments if c.is_open),
        key=lambda c: (c.due is None, c.due or today, c.created_at),
    )
    return HomeSummary(
        today=today,
        checked_in_today=any(c.at.date() == today for c in data.checkins),
        open_commitments=open_ones,
        mood_30_days=daily_values(data.checkins, "mood", span),
        substance_30_days=substance_days(data.checkins, span),
        next_topic_id=next_topic(data, topic_ids_in_order),
        topics_completed=sum(1 for p in data.topics.values() if p.completed_at is not None),
        without_use=(
            days_without_use(data.checkins, today, 30),
            days_without_use(data.checkins, today, 90),
        ),
    )
