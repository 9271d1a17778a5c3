"""A check-in: saved with the commitments kept, and answered (SAFETY-RESPONSES.md).

`check_in` is the one call the app, «enkel modus» and `tryggsti logg` make: it adds the
check-in, marks the kept commitments done, decides the response, remembers when the full
overdose steps were shown, and saves once. The answers to the questions a response may
ask first (`answer_harm_question`, `answer_repeat_question`) are one call and one save
each too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from tryggsti.content.substances import load_substances
from tryggsti.domain.records import CheckIn, CommitmentStatus
from tryggsti.domain.safety_response import Context, RepeatAnswer, Response, respond
from tryggsti.domain.substances import SubstanceTable
from tryggsti.domain.supporter import GP_ONLY, THERAPIST
from tryggsti.domain.text import clean_line, clean_text
from tryggsti.services.session import VaultSession
from tryggsti.strings import t

MULTILINE_FIELDS = ("note", "unsafe_note")


@dataclass(frozen=True)
class CheckInResult:
    entry: CheckIn
    response: Response | None


@cache
def substances() -> SubstanceTable:
    return load_substances()


def _cleaned(details: dict) -> dict:
    """Typed text without control characters: notes keep their lines, the rest is one line."""
    cleaned = {}
    for key, value in details.items():
        if isinstance(value, str):
            value = clean_text(value) if key in MULTILINE_FIELDS else clean_line(value)
        elif key == "safe_coping" and isinstance(value, list | tuple):
            value = [clean_line(item) for item in value]
        cleaned[key] = value
    return cleaned


def clinician(session: VaultSession) -> str:
    """Whom the report nudge names: a therapist or doctor the person named, or nobody."""
    supporter = session.data.profile.supporter
    if supporter == THERAPIST:
        return t("safety_offer.clinician_behandler")
    if supporter == GP_ONLY:
        return t("safety_offer.clinician_fastlege")
    professionals = session.data.safety_plan.professionals
    return clean_line(professionals[0].name) if professionals else ""


def _context(
    session: VaultSession,
    repeat_answer: RepeatAnswer | None = None,
    *,
    steps_can_wait: bool = True,
) -> Context:
    data = session.data
    return Context(
        now=session.clock(),
        earlier=data.checkins,
        plan=data.safety_plan,
        substances=substances(),
        overdose_steps_shown_at=data.response_memory.overdose_steps_shown_at,
        has_clinician=bool(clinician(session)),
        repeat_answer=repeat_answer,
        steps_can_wait=steps_can_wait,
    )


def _remember(session: VaultSession, response: Response | None) -> None:
    """The full overdose steps count as shown when the response shows them at once."""
    if response is not None and response.shows_overdose_steps and not response.overdose_behind_key:
        session.data.response_memory.overdose_steps_shown_at = session.clock()


def _mark_kept(session: VaultSession, commitment_ids: Sequence[str]) -> None:
    wanted = set(commitment_ids)
    commitments = session.data.commitments
    for index, commitment in enumerate(commitments):
        if commitment.id in wanted and commitment.is_open:
            commitments[index] = replace(
                commitment, status=CommitmentStatus.DONE, done_at=session.clock()
            )


def check_in(
    session: VaultSession,
    *,
    kept: Sequence[str] = (),
    steps_can_wait: bool = True,
    **fields: object,
) -> CheckInResult:
    """Record a check-in now, with the commitments kept, and answer it; one save.

    `fields` are CheckIn's fields (mood and distress may be None: not answered).
    `steps_can_wait` is False for a front end that prints the response whole."""
    fields.setdefault("mood", None)
    fields.setdefault("distress", None)
    entry = CheckIn(id=session.new_id(), at=session.clock(), **_cleaned(fields))
    response = respond(entry, _context(session, steps_can_wait=steps_can_wait))
    session.data.checkins.append(entry)
    _mark_kept(session, kept)
    _remember(session, response)
    session.save()
    return CheckInResult(entry, response)


def _replace_checkin(session: VaultSession, changed: CheckIn) -> None:
    checkins = session.data.checkins
    index = next(i for i, c in enumerate(checkins) if c.id == changed.id)
    checkins[index] = changed


def find(session: VaultSession, checkin_id: str) -> CheckIn:
    return next(c for c in session.data.checkins if c.id == checkin_id)


def answer_harm_question(session: VaultSession, checkin_id: str, answer: bool) -> CheckInResult:
    """The gentle question after a check-in that left it unanswered: the answer goes into
    the saved check-in (the mood log and the report see it) and the response follows it."""
    entry = replace(find(session, checkin_id), harm_thoughts=answer)
    _replace_checkin(session, entry)
    response = respond(entry, _context(session))
    _remember(session, response)
    session.save()
    return CheckInResult(entry, response)


def answer_repeat_question(
    session: VaultSession, checkin_id: str, answer: RepeatAnswer
) -> Response | None:
    """«Sterkere» or «Som vanlig» after many days of «ja»: the response that fits."""
    response = respond(find(session, checkin_id), _context(session, answer))
    _remember(session, response)
    session.save()
    return response


def overdose_steps_opened(session: VaultSession) -> None:
    """The person opened the overdose steps behind their key: they count as shown."""
    session.data.response_memory.overdose_steps_shown_at = session.clock()
    session.save()


def mark_kept(session: VaultSession, commitment_ids: Sequence[str]) -> None:
    """Commitments the person says they kept, ticked in the check-in, become done."""
    _mark_kept(session, commitment_ids)
    session.save()
