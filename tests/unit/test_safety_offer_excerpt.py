"""The plan excerpt shown first after thoughts of suicide: the person's words, a few per part."""

from __future__ import annotations

from tryggsti.domain.records import Contact, SafetyPlan
from tryggsti.services.safety_offer import plan_excerpt


def test_the_excerpt_keeps_the_persons_words_and_skips_empty_parts():
    plan = SafetyPlan(
        inner_coping=["a", "b", "c", "d"],
        help_contacts=[Contact("Kari", "912 34 567"), Contact("Naboen")],
        warning_signs=["not in the excerpt"],
    )
    assert plan_excerpt(plan) == [
        ("inner_coping", ["a", "b", "c"]),
        ("help_contacts", ["Kari 912 34 567", "Naboen"]),
    ]


def test_an_empty_plan_gives_no_excerpt():
    assert plan_excerpt(SafetyPlan()) == []
