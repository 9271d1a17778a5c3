"""What a check-in told, and how tryggsti answers it: which concern leads, which words
open the offer, whether to thank for honesty, and whether overdose facts belong there.

Pure functions; the screens only render what is decided here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from tryggsti.domain.records import CheckIn

HIGH_DISTRESS = 8
STRONG_CRAVING = 8
# Tolerance falls within days of not using: after a pause this long, the old dose can kill.
PAUSE_FOR_OVERDOSE_RISK = timedelta(days=7)


class Concern(StrEnum):
    """Most serious first: the first that applies leads the offer."""

    HARM_THOUGHTS = "harm_thoughts"
    UNSAFE = "unsafe"
    USE = "use"
    CRAVING = "craving"
    DISTRESS = "distress"


# Something hard was told (not only a number): only then «takk for at du fortalte det».
DISCLOSED = {Concern.HARM_THOUGHTS, Concern.UNSAFE, Concern.USE}


def concerns(entry: CheckIn) -> list[Concern]:
    found = []
    if entry.harm_thoughts:
        found.append(Concern.HARM_THOUGHTS)
    if entry.unsafe_behaviour:
        found.append(Concern.UNSAFE)
    if entry.substance_use:
        found.append(Concern.USE)
    if entry.craving is not None and entry.craving >= STRONG_CRAVING:
        found.append(Concern.CRAVING)
    if entry.distress is not None and entry.distress >= HIGH_DISTRESS:
        found.append(Concern.DISTRESS)
    return found


def use_after_a_pause(entry: CheckIn, earlier: Sequence[CheckIn]) -> bool:
    """Use logged after 7 or more days with no logged use.

    The pause runs from the last earlier check-in that logged use or, if there is none,
    from the first check-in at all; a first-ever check-in tells of no pause.
    """
    if not entry.substance_use:
        return False
    before = [c for c in earlier if c.at < entry.at and c.id != entry.id]
    if not before:
        return False
    uses = [c.at for c in before if c.substance_use]
    pause_start = max(uses) if uses else min(c.at for c in before)
    return entry.at - pause_start >= PAUSE_FOR_OVERDOSE_RISK


@dataclass(frozen=True)
class SafetyResponse:
    lead: Concern
    concerns: tuple[Concern, ...]
    thank_for_honesty: bool
    overdose_facts: bool
    offer_reflection: bool  # the «tilbakefall» reflection: after use or strong craving

    @property
    def opening_key(self) -> str:
        return f"safety_offer.opening_{self.lead.value}"


def respond(entry: CheckIn, earlier: Sequence[CheckIn]) -> SafetyResponse | None:
    """How to answer a check-in; None when nothing calls for more than a thank-you."""
    found = concerns(entry)
    if not found:
        return None
    return SafetyResponse(
        lead=found[0],
        concerns=tuple(found),
        thank_for_honesty=bool(DISCLOSED & set(found)),
        overdose_facts=use_after_a_pause(entry, earlier),
        offer_reflection=Concern.USE in found or Concern.CRAVING in found,
    )
