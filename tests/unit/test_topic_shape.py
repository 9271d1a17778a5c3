"""The shape of each built-in topic (issue 11.1): long enough to return to, a step to try now,
questions to answer, and openings that do not all sound alike.

Rule for "the same sentence pattern": two topics open alike when the first three words of the
body of their first section are the same, compared in lower case with punctuation («», quotes,
commas, dashes and the like) stripped. So «Når du …, …» and «Når du …» in two topics count as
the same opening, while «Når kroppen …» and «Når du …» do not.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from tryggsti.content.loader import load_library
from tryggsti.domain.content import Section, Topic

WORDS = (600, 900)
TRY_NOW = "prøv dette nå"


LIBRARY = load_library()
TOPICS = LIBRARY.topics_in_order()


def opening(topic: Topic) -> tuple[str, ...]:
    """The first three words of the first section, lower case, without punctuation."""
    words = re.findall(r"[\wæøåÆØÅ]+", topic.sections[0].body.lower())
    return tuple(words[:3])


def test_all_25_topics_are_held_to_the_shape():
    assert [topic.number for topic in TOPICS] == list(range(1, 26))


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.id)
def test_body_is_600_to_900_words(topic):
    low, high = WORDS
    assert low <= topic.word_count <= high, topic.word_count


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.id)
def test_body_has_a_try_this_now_step(topic):
    assert any(
        TRY_NOW in f"{section.heading}\n{section.body}".lower() for section in topic.sections
    )


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.id)
def test_has_three_to_six_questions(topic):
    assert 3 <= len(topic.questions) <= 6


def test_no_two_topics_open_with_the_same_three_words():
    by_opening = defaultdict(list)
    for topic in TOPICS:
        by_opening[opening(topic)].append(topic.id)
    assert {words: ids for words, ids in by_opening.items() if len(ids) > 1} == {}


def test_the_opening_rule_ignores_case_and_punctuation():
    def topic_opening(body: str) -> tuple[str, ...]:
        template = TOPICS[0]
        return opening(Topic(**{**template.__dict__, "sections": (Section("x", body),)}))

    assert topic_opening("«Når du», sier hun …") == topic_opening("når du sier det")
    assert topic_opening("Når kroppen sier fra") != topic_opening("Når du sier fra")


@pytest.mark.parametrize("topic", TOPICS, ids=lambda topic: topic.id)
def test_every_topic_names_one_ideal_in_a_line(topic):
    """Issue 32.3: Seeking Safety gives each topic an ideal; ours are our own words."""
    assert topic.ideal and "\n" not in topic.ideal and len(topic.ideal) <= 80


def test_no_two_topics_share_an_ideal():
    ideals = [topic.ideal.split(".")[0] for topic in TOPICS]
    assert len(set(ideals)) == len(ideals)


def test_the_reader_shows_the_ideal_under_the_summary():
    from tryggsti.ui.screens.topic_reader_screen import topic_markdown

    text = topic_markdown(TOPICS[0])
    assert TOPICS[0].ideal in text
    assert text.index(TOPICS[0].summary) < text.index(TOPICS[0].ideal)
