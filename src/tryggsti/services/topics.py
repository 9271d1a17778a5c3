"""Reading topics: when one was opened, answers to its questions, and marking it read."""

from __future__ import annotations

from tryggsti.domain.records import ReflectionAnswer, TopicProgress
from tryggsti.domain.text import clean_text
from tryggsti.services.session import VaultSession


def progress_for(session: VaultSession, topic_id: str) -> TopicProgress:
    progress = session.data.topics.get(topic_id)
    if progress is None:
        progress = TopicProgress(topic_id=topic_id)
        session.data.topics[topic_id] = progress
    return progress


def mark_opened(session: VaultSession, topic_id: str) -> None:
    progress = progress_for(session, topic_id)
    if progress.opened_at is None:
        progress.opened_at = session.clock()
        session.save()


def save_answer(session: VaultSession, topic_id: str, question_id: str, text: str) -> bool:
    """Store an answer; False when nothing changed (so nothing is written)."""
    text = clean_text(text)
    progress = progress_for(session, topic_id)
    current = progress.answers.get(question_id)
    if (current.text if current else "") == text:
        return False
    if text.strip():
        progress.answers[question_id] = ReflectionAnswer(text=text, updated_at=session.clock())
    else:
        progress.answers.pop(question_id, None)
    session.save()
    return True


def set_completed(session: VaultSession, topic_id: str, completed: bool) -> None:
    progress = progress_for(session, topic_id)
    progress.completed_at = session.clock() if completed else None
    session.save()
