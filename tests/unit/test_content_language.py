"""The language lint: diagnosing, judging and promising words are caught; required parts exist."""

from __future__ import annotations

import dataclasses

import pytest

from tryggsti.content.lint import lint_library
from tryggsti.content.loader import load_library
from tryggsti.domain.content import Section


@pytest.fixture(scope="module")
def library():
    return load_library()


def test_built_in_content_passes_the_language_lint(library):
    assert [p.describe() for p in lint_library(library)] == []


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("Du har PTSD, og derfor ruser du deg.", "diagnose"),
        ("Du er avhengig, og det må du innse.", "diagnose"),
        ("En lav skår betyr at du sliter.", "lavt, høyt"),
        ("Summen din er for lav.", "lavt, høyt"),
        ("Dette vil fjerne suget for godt.", "lover"),
        ("Reduser dosen hvis du sover dårlig.", "medisiner"),
    ],
)
def test_forbidden_phrases_are_caught(library, sentence, rule):
    topic = library.topics["trygghet"]
    changed = dataclasses.replace(topic, sections=(*topic.sections, Section("Ny", sentence)))
    broken = dataclasses.replace(library, topics={**library.topics, "trygghet": changed})
    problems = lint_library(broken)
    assert len(problems) == 1
    assert rule in problems[0].expected
    assert problems[0].file.endswith("02-trygghet.toml")


def test_a_missing_required_part_is_caught(library):
    topic = library.topics["naar-rusen-styrer"]
    sections = tuple(
        Section(s.heading, s.body.replace("skadereduksjon", "noe annet")) for s in topic.sections
    )
    changed = dataclasses.replace(
        topic,
        sections=sections,
        key_points=tuple(p.replace("Skadereduksjon", "Det") for p in topic.key_points),
    )
    broken = dataclasses.replace(library, topics={**library.topics, "naar-rusen-styrer": changed})
    [problem] = lint_library(broken)
    assert "skadereduksjon" in problem.expected


def test_a_grounding_script_must_invite_the_after_rating(library):
    script = dataclasses.replace(library.grounding["kaldt-vann"], closing="Ferdig.")
    broken = dataclasses.replace(library, grounding={**library.grounding, "kaldt-vann": script})
    [problem] = lint_library(broken)
    assert problem.field == "closing"
