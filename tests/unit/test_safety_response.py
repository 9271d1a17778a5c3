"""The words after a check-in fit what was told; overdose facts after a pause."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tryggsti.domain.records import CheckIn
from tryggsti.domain.safety_response import Concern, respond, use_after_a_pause
from tryggsti.domain.trends import days_without_use, summarise

OSLO = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 25, 20, 0, tzinfo=OSLO)


def checkin(days_ago: float = 0, **fields) -> CheckIn:
    values = {"mood": 5, "distress": 3} | fields
    return CheckIn(id=f"k{days_ago}", at=NOW - timedelta(days=days_ago), **values)


def test_a_calm_check_in_needs_no_offer():
    assert respond(checkin(), []) is None


@pytest.mark.parametrize(
    ("fields", "lead", "thanks"),
    [
        ({"harm_thoughts": True, "substance_use": True}, Concern.HARM_THOUGHTS, True),
        ({"unsafe_behaviour": True, "distress": 9}, Concern.UNSAFE, True),
        ({"substance_use": True, "craving": 9}, Concern.USE, True),
        ({"craving": 9}, Concern.CRAVING, False),
        ({"distress": 8}, Concern.DISTRESS, False),
    ],
)
def test_the_most_serious_concern_leads_and_thanks_only_when_something_was_told(
    fields, lead, thanks
):
    response = respond(checkin(**fields), [])
    assert response is not None
    assert response.lead is lead
    assert response.thank_for_honesty is thanks
    assert response.opening_key == f"safety_offer.opening_{lead.value}"


def test_the_reflection_is_offered_after_use_or_strong_craving_only():
    assert respond(checkin(substance_use=True), []).offer_reflection
    assert respond(checkin(craving=8), []).offer_reflection
    assert not respond(checkin(distress=9), []).offer_reflection
    assert not respond(checkin(craving=7, distress=8), []).offer_reflection


def test_unanswered_is_not_a_reason_and_not_a_zero():
    assert respond(checkin(distress=None, craving=None), []) is None
    summary = summarise([checkin(craving=None), checkin(1, craving=6)])
    assert summary.averages["craving"] == 6


def test_overdose_facts_after_seven_days_without_logged_use():
    week_clean = [checkin(10, substance_use=True), checkin(5), checkin(2)]
    assert use_after_a_pause(checkin(substance_use=True), week_clean)
    recent = [checkin(3, substance_use=True)]
    assert not use_after_a_pause(checkin(substance_use=True), recent)
    only_clean = [checkin(8), checkin(1)]
    assert use_after_a_pause(checkin(substance_use=True), only_clean)
    assert not use_after_a_pause(checkin(substance_use=True), [])  # no pause is known
    assert respond(checkin(substance_use=True), week_clean).overdose_facts


def test_days_without_use_are_counted_never_a_streak():
    entries = [checkin(0), checkin(1, substance_use=True), checkin(1), checkin(3)]
    counted = days_without_use(entries, NOW.date(), 30)
    assert (counted.without_use, counted.with_use, counted.unknown) == (2, 1, 27)
