"""Which exercise F2 starts at once: the one that has helped this person most, by their
own ratings before and after, or a calm default. In a bad hour, no list to choose from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from tryggsti.domain.content import GroundingScript, scripts_in_set
from tryggsti.domain.night import NIGHT_SET, is_night
from tryggsti.domain.records import GroundingSession

DEFAULT_SCRIPT = "beskriv-rommet"  # eyes open, looking around: works almost anywhere


def most_helpful(sessions: Iterable[GroundingSession], available: Iterable[str]) -> str:
    """The available script with the largest average drop in rated distress (at least one
    rated session, a real drop); ties go to the one used last. Otherwise the default."""
    known = list(available)
    drops: dict[str, list[int]] = defaultdict(list)
    last_used: dict[str, datetime] = {}
    for entry in sessions:
        if entry.script_id not in known or entry.change is None:
            continue
        drops[entry.script_id].append(-entry.change)
        last_used[entry.script_id] = max(
            last_used.get(entry.script_id, entry.started_at), entry.started_at
        )
    scored = [
        (sum(values) / len(values), last_used[script], script)
        for script, values in drops.items()
        if sum(values) > 0
    ]
    if scored:
        return max(scored)[2]
    return DEFAULT_SCRIPT if DEFAULT_SCRIPT in known else (sorted(known) or [DEFAULT_SCRIPT])[0]


@dataclass(frozen=True)
class F2Start:
    """What F2 opens: the usual exercise, and at night the night set offered before it."""

    usual: str
    night: tuple[str, ...] = ()  # empty in the day: F2 starts `usual` at once


def f2_start(
    now: datetime, sessions: Iterable[GroundingSession], scripts: Mapping[str, GroundingScript]
) -> F2Start:
    """By day the most helpful exercise; between 23 and 06 also the night set, offered first.
    The usual choice is never a night script: at night those are offered by name."""
    day_scripts = [k for k, script in scripts.items() if script.set != NIGHT_SET]
    usual = most_helpful(sessions, day_scripts)
    if not is_night(now):
        return F2Start(usual)
    night = scripts_in_set(scripts.values(), NIGHT_SET)
    return F2Start(usual, tuple(script.id for script in night))
