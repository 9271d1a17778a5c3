"""A synthetic vault with ten years of daily use, for the benchmarks."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from tryggsti.domain.records import (
    CheckIn,
    Commitment,
    CommitmentStatus,
    Contact,
    GroundingSession,
    Profile,
    QuestionnaireResult,
    ReflectionAnswer,
    SafetyPlan,
    TopicProgress,
    VaultData,
)

OSLO = timezone(timedelta(hours=1))
TOPIC_IDS = [f"emne-{n:02d}" for n in range(1, 26)]
SCRIPTS = ["kaldt-vann", "beskriv-rommet", "her-og-naa", "trygt-sted", "grip-stolen"]
NOTES = [
    "Sov dårlig, men kom meg ut en tur. Ringte søsteren min om kvelden.",
    "Sterkt sug etter jobb. Brukte jordingen og gikk en lang runde i stedet.",
    "En helt grei dag. Spiste middag med en venn og så en film.",
    "Kjente på uro etter timen, skrev i planen min hva som hjalp.",
]


def ten_years(topic_ids: list[str] | None = None, seed: int = 10) -> VaultData:
    return years_of_use(10, topic_ids, seed)


def years_of_use(years: int, topic_ids: list[str] | None = None, seed: int = 10) -> VaultData:
    """Daily check-ins for `years` years up to today (as a person who used it that long
    would have), with commitments, grounding and OAS in step."""
    rng = random.Random(seed)
    today = datetime.now(OSLO).replace(hour=8, minute=0, second=0, microsecond=0)
    start = today - timedelta(days=365 * years)
    topic_ids = topic_ids or TOPIC_IDS
    data = VaultData(
        profile=Profile(created_at=start, display_name="Test"),
        safety_plan=SafetyPlan(
            warning_signs=["Jeg trekker meg unna", "Jeg slutter å spise"],
            inner_coping=["Kaldt vann i ansiktet", "Gå en tur"],
            help_contacts=[Contact("Kari", "912 34 567", "søster")],
            professionals=[Contact("Fastlegen", "22 00 00 00")],
            reasons_to_live=["Barna mine"],
            updated_at=start,
        ),
    )
    for day in range(365 * years):
        at = start + timedelta(days=day, hours=rng.randint(0, 12))
        data.checkins.append(
            CheckIn(
                id=f"k{day}",
                at=at,
                mood=rng.randint(0, 10),
                distress=rng.randint(0, 10),
                craving=rng.randint(0, 10),
                substance_use=rng.random() < 0.1,
                safe_coping=["gikk tur"],
                sleep_hours=rng.choice([5.0, 6.5, 8.0]),
                note=rng.choice(NOTES),
            )
        )
    statuses = list(CommitmentStatus)
    for n in range(100 * years):
        created = start + timedelta(days=n * 3.6)
        status = rng.choice(statuses)
        data.commitments.append(
            Commitment(
                id=f"c{n}",
                text=f"Ring en venn før klokka ni, uke {n}",
                created_at=created,
                due=(created + timedelta(days=7)).date(),
                status=status,
                reflection="Det gikk bedre enn jeg trodde." if status != statuses[0] else "",
                done_at=None if status is statuses[0] else created + timedelta(days=5),
            )
        )
    for n in range(200 * years):
        data.grounding_sessions.append(
            GroundingSession(
                id=f"g{n}",
                script_id=rng.choice(SCRIPTS),
                started_at=start + timedelta(days=n * 1.8),
                duration_s=rng.randint(60, 600),
                distress_before=rng.randint(4, 10),
                distress_after=rng.randint(0, 7),
            )
        )
    for n in range(4 * years):
        data.questionnaire_results.append(
            QuestionnaireResult(
                id=f"q{n}",
                instrument_id="soc13",
                instrument_version="1",
                at=start + timedelta(days=n * 91),
                answers=[rng.randint(1, 7) for _ in range(13)],
            )
        )
    for n, topic_id in enumerate(topic_ids):
        when = start + timedelta(days=n * 30)
        answers = {
            f"q{q}": ReflectionAnswer("Et ærlig svar på noen linjer om hva jeg tenker.", when)
            for q in range(1, 5)
        }
        data.topics[topic_id] = TopicProgress(topic_id, when, when, answers)
    return data
