"""The content lint rules from issue 32: a number typed before a line reference, the old name
«fritt behandlingsvalg», shame words, and example people who share a name. Each failed on the
content as it was before issue 32 (topics 01, 07, 09 and 10 printed a number twice; topic 15 used
the old name; Tor, Ali, Mona and Sara were each two different people)."""

from __future__ import annotations

import dataclasses

import pytest

from tryggsti.content.lint import example_people, lint_library
from tryggsti.content.loader import load_library
from tryggsti.domain.content import Section


@pytest.fixture(scope="module")
def library():
    return load_library()


def _with_section(library, topic_id, body):
    topic = library.topics[topic_id]
    changed = dataclasses.replace(topic, sections=(*topic.sections, Section("Ny", body)))
    return dataclasses.replace(library, topics={**library.topics, topic_id: changed})


def _problems(library, topic_id, body):
    return [p.expected for p in lint_library(_with_section(library, topic_id, body))]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Ring 116 123 (Mental Helse Hjelpetelefonen (116\u00a0123)).", "nummeret foran"),
        ("Ring 116 006, Vold- og overgrepslinjen (116 006).", "nummeret foran"),
        ("Du har rett til fritt behandlingsvalg.", "rett til valg av behandlingssted"),
        ("En sprekk betyr ingenting.", "skammer"),
        ("Hun har vært clean i et år.", "skammer"),
    ],
)
def test_each_rule_catches_what_it_is_for(library, sentence, words):
    [problem] = _problems(library, "trygghet", sentence)
    assert words in problem


@pytest.mark.parametrize(
    "sentence",
    [
        "Ring Mental Helse Hjelpetelefonen (116 123).",
        "Ring 113 eller legevakten (116 117).",
        "Du har rett til valg av behandlingssted.",
        "Et tilbakefall visker ikke ut det du har fått til.",
    ],
)
def test_the_rules_leave_good_sentences_alone(library, sentence):
    assert _problems(library, "trygghet", sentence) == []


def test_every_example_person_has_a_name_of_their_own(library):
    people = example_people(library)
    assert len(people) >= 24, sorted(people)  # one or more per topic: the rule cannot pass empty
    assert {name: files for name, files in people.items() if len(files) > 1} == {}


def test_a_name_used_for_a_second_person_is_caught(library):
    name = sorted(example_people(library))[0]
    other = "trygghet" if name not in str(library.topics["trygghet"]) else "sinne"
    expected = [p for p in _problems(library, other, f"{name}, 40, bor alene.") if name in p]
    assert expected, name


def test_the_built_in_content_passes_every_rule(library):
    assert [p.describe() for p in lint_library(library)] == []


def test_no_text_promises_that_a_line_always_answers(library):
    """Issue 32.5: lines can be busy; «Det finnes alltid noen du kan ringe» was not true."""
    from tryggsti.content.lint import _texts

    for file, field, text in _texts(library):
        lowered = text.lower()
        for promise in ("alltid noen du kan ringe", "svarer alltid", "svarer hele døgnet"):
            assert promise not in lowered, (file, field, promise)
