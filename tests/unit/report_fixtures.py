"""A vault with a bit of everything, and private marker strings in every free-text field."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from tests.unit.cli_helpers import PASSPHRASE

MARKERS = {
    "note": "MARKØR-NOTAT",
    "unsafe": "MARKØR-UTRYGT",
    "what": "MARKØR-RUSMIDDEL",
    "reflection": "MARKØR-REFLEKSJON",
    "answer": "MARKØR-SVAR",
    "plan": "MARKØR-PLAN",
}
PRIVATE_SECTIONS = {"note", "unsafe", "what", "reflection"}  # shown only with «notater»


def fill_vault(path, now: datetime | None = None) -> datetime:
    """Write the vault at `path` (fast KDF) and return the 'now' it was filled at."""
    from tryggsti.domain.records import (
        CheckIn,
        Commitment,
        CommitmentStatus,
        GroundingSession,
        Homework,
        QuestionnaireResult,
        ReflectionAnswer,
        TopicProgress,
    )
    from tryggsti.services.session import VaultSession

    now = now or datetime.now().astimezone().replace(microsecond=0)
    session, _ = VaultSession.create(path, PASSPHRASE, log_n=4, clock=lambda: now)
    data = session.data
    # An hour before `now`, but never on the day before: just after midnight the
    # newest check-in still belongs to today.
    earlier = min(timedelta(hours=1), now - now.replace(hour=0, minute=0, second=0))
    for back in range(20):
        data.checkins.append(
            CheckIn(
                id=f"c{back}",
                at=now - timedelta(days=back) - earlier,
                mood=(back * 3) % 11,
                distress=(back * 7) % 11,
                craving=back % 5,
                substance_use=back % 6 == 0,
                substance_what=MARKERS["what"] if back == 0 else "",
                unsafe_behaviour=back == 1,
                unsafe_note=MARKERS["unsafe"] if back == 1 else "",
                note=MARKERS["note"] if back == 2 else "",
            )
        )
    data.checkins.append(
        CheckIn(id="x", at=now - timedelta(days=3), mood=5, distress=5, note="<script>x</script>")
    )
    data.commitments += [
        Commitment(
            id="k1",
            text="Ringe søster på søndag, før middag og etter turen rundt vannet i parken",
            created_at=now - timedelta(days=5),
            due=(now + timedelta(days=3)).date(),
        ),
        Commitment(
            id="k2",
            text="Gå tur",
            created_at=now - timedelta(days=9),
            status=CommitmentStatus.PARTLY,
            reflection=MARKERS["reflection"],
            done_at=now - timedelta(days=2),
        ),
    ]
    data.grounding_sessions.append(
        GroundingSession(
            id="g1",
            script_id="beskriv-rommet",
            started_at=now - timedelta(days=4),
            duration_s=200,
            distress_before=8,
            distress_after=4,
        )
    )
    for back, answers in ((14, [4] * 13), (1, [5] * 13)):
        data.questionnaire_results.append(
            QuestionnaireResult(
                id=f"q{back}",
                instrument_id="soc13",
                instrument_version="1",
                at=now - timedelta(days=back),
                answers=answers,
            )
        )
    data.topics["innledning"] = TopicProgress(
        topic_id="innledning",
        opened_at=now - timedelta(days=6),
        answers={"q1": ReflectionAnswer(MARKERS["answer"], now - timedelta(days=6))},
    )
    data.safety_plan.warning_signs = [MARKERS["plan"]]
    data.homework.append(
        Homework(
            id="h1",
            imported_at=now - timedelta(days=10),
            fingerprint="f",
            start=(now - timedelta(days=10)).date(),
            due=(now + timedelta(days=4)).date(),
            note="Gjør det du rekker.",
            therapist="Anne",
            topics=["innledning"],
            commitments=["Gå tur"],
        )
    )
    session.save()
    session.close()
    return now


def today() -> date:
    return datetime.now().astimezone().date()
