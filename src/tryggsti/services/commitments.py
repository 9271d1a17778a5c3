"""Commitments: adding, editing and closing them with a short reflection."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tryggsti.domain.records import Commitment, CommitmentStatus
from tryggsti.domain.text import clean_line, clean_text
from tryggsti.services.session import VaultSession


def add_commitment(
    session: VaultSession,
    text: str,
    *,
    due: date | None = None,
    topic_id: str | None = None,
) -> Commitment:
    commitment = Commitment(
        id=session.new_id(),
        text=clean_line(text).strip(),
        created_at=session.clock(),
        due=due,
        topic_id=topic_id,
    )
    session.data.commitments.append(commitment)
    session.save()
    return commitment


def find(session: VaultSession, commitment_id: str) -> Commitment:
    return next(c for c in session.data.commitments if c.id == commitment_id)


def put_in_place(session: VaultSession, changed: Commitment) -> Commitment:
    """A commitment's new version takes the old one's place (records are frozen)."""
    commitments = session.data.commitments
    index = next(i for i, c in enumerate(commitments) if c.id == changed.id)
    commitments[index] = changed
    return changed


def edit_commitment(
    session: VaultSession, commitment_id: str, *, text: str, due: date | None
) -> Commitment:
    # A new record: a rule it breaks leaves the old one untouched.
    changed = replace(find(session, commitment_id), text=clean_line(text).strip(), due=due)
    put_in_place(session, changed)
    session.save()
    return changed


def set_status(
    session: VaultSession, commitment_id: str, status: CommitmentStatus, reflection: str = ""
) -> Commitment:
    status = CommitmentStatus(status)
    changed = replace(
        find(session, commitment_id),
        status=status,
        reflection=clean_text(reflection).strip(),
        done_at=None if status is CommitmentStatus.OPEN else session.clock(),
    )
    put_in_place(session, changed)
    session.save()
    return changed


def sorted_for_display(commitments: list[Commitment]) -> tuple[list[Commitment], list[Commitment]]:
    """Open ones (soonest due first, undated last) and closed ones (newest first)."""
    open_ones = sorted(
        (c for c in commitments if c.is_open),
        key=lambda c: (c.due is None, c.due or date.max, c.created_at),
    )
    closed = sorted(
        (c for c in commitments if not c.is_open),
        key=lambda c: c.done_at or c.created_at,
        reverse=True,
    )
    return open_ones, closed
