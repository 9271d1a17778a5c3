"""F2's exercise: the person's own best by their ratings, else a calm default."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tryggsti.domain.grounding_choice import DEFAULT_SCRIPT, most_helpful
from tryggsti.domain.records import GroundingSession

AT = datetime(2026, 11, 25, 21, 0, tzinfo=UTC)
AVAILABLE = ["beskriv-rommet", "kaldt-vann", "tell-sakte"]


def session(script, before, after, days_ago=1):
    return GroundingSession(
        f"{script}{days_ago}", script, AT - timedelta(days=days_ago), 60, before, after
    )


def test_the_largest_average_drop_wins():
    # tell-sakte dropped 6 and 0 (3 on average), kaldt-vann 4: kaldt-vann helped more.
    sessions = [
        session("kaldt-vann", 8, 4),
        session("tell-sakte", 9, 3),
        session("tell-sakte", 5, 5, 2),
    ]
    assert most_helpful(sessions, AVAILABLE) == "kaldt-vann"


def test_no_rated_help_gives_the_default():
    assert most_helpful([], AVAILABLE) == DEFAULT_SCRIPT
    assert most_helpful([session("kaldt-vann", 5, 6)], AVAILABLE) == DEFAULT_SCRIPT
    assert most_helpful([session("kaldt-vann", None, 2)], AVAILABLE) == DEFAULT_SCRIPT


def test_a_script_that_is_gone_is_not_chosen():
    assert most_helpful([session("borte", 9, 1)], AVAILABLE) == DEFAULT_SCRIPT
