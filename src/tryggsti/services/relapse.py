"""Saving a look back after use or craving, and its next step as a commitment when the
person asks."""

from __future__ import annotations

from tryggsti.domain.records import ReflectionKind, RelapseReflection
from tryggsti.domain.text import clean_text
from tryggsti.services.commitments import add_commitment
from tryggsti.services.session import VaultSession

# After craving that was resisted, these have their own words (what helped to resist).
CRAVING_WORDS = {
    "title": "relapse.craving_title",
    "lead": "relapse.craving_lead",
    "before": "relapse.craving_before",
    "helped": "relapse.craving_helped",
    "next_time": "relapse.craving_next_time",
}


def words_key(kind: ReflectionKind, name: str) -> str:
    """The string-table key for a part of the look back of this kind."""
    if kind is ReflectionKind.CRAVING and name in CRAVING_WORDS:
        return CRAVING_WORDS[name]
    return f"relapse.{name}"


def save_reflection(
    session: VaultSession,
    *,
    checkin_id: str | None,
    kind: ReflectionKind = ReflectionKind.USE,
    before: str = "",
    helped: str = "",
    next_time: str = "",
    tell_someone: str = "",
    next_step: str = "",
    make_commitment: bool = False,
) -> RelapseReflection | None:
    """Save what was written; nothing at all written saves nothing (skipping is fine)."""
    texts = {
        "before": clean_text(before).strip(),
        "helped": clean_text(helped).strip(),
        "next_time": clean_text(next_time).strip(),
        "tell_someone": clean_text(tell_someone).strip(),
        "next_step": clean_text(next_step).strip(),
    }
    if not any(texts.values()):
        return None
    commitment_id = None
    if make_commitment and texts["next_step"]:
        commitment_id = add_commitment(session, texts["next_step"]).id
    reflection = RelapseReflection(
        id=session.new_id(),
        at=session.clock(),
        checkin_id=checkin_id,
        kind=kind,
        commitment_id=commitment_id,
        **texts,
    )
    session.data.relapse_reflections.append(reflection)
    session.save()
    return reflection
