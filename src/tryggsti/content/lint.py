"""Language rules for content: no diagnosing or judging words, and the parts the guide requires."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tryggsti.content.problems import Problem
from tryggsti.domain.content import ContentLibrary
from tryggsti.strings import t

# Phrases that diagnose the reader, judge a score, or promise a result (CONTENT-GUIDE.md).
FORBIDDEN = {
    "diagnosis": re.compile(
        r"\bdu (har|lider av) (ptsd|ptsl|en (psykisk )?lidelse|en diagnose|en avhengighet|"
        r"en sykdom|en personlighetsforstyrrelse)\b|\bdu er (avhengig|alkoholiker|narkoman|"
        r"rusmisbruker|syk)\b",
        re.IGNORECASE,
    ),
    "judging_score": re.compile(
        r"\b(lav|lavt|dårlig|svak|svakt|høy|høyt|god|godt) (skår|skåre|score|sum|resultat)\b|"
        r"\b(skåren|scoren|summen|resultatet) (din |ditt )?(er|var) (for )?"
        r"(lav|lavt|dårlig|høy|høyt)",
        re.IGNORECASE,
    ),
    "promise": re.compile(
        r"\b(dette|det|øvelsen|appen) (vil|skal) (fjerne|kurere|helbrede)|\bgaranter|\bkurerer\b",
        re.IGNORECASE,
    ),
    "medication_advice": re.compile(
        r"\b(ta|øk|reduser|slutt med) (medisinen|medisinene|dosen|tablettene)\b", re.IGNORECASE
    ),
}

# The grounding player asks about «uroen» before (grounding.ask_before); closings ask the same.
RATED_WORD = "uroen"

# What the guide requires certain built-in texts to say (topic id -> words that must appear).
REQUIRED_MENTIONS = {
    "innledning": ["erstatter", "rekkefølge"],
    "jording": ["øynene åpne", "0 til 10", "mental", "fysisk", "beroligende"],
    "naar-rusen-styrer": [
        "skadereduksjon",
        "alkohol",
        "benzodiazepiner",
        "GHB",
        "lege",
        "etter soning",
        "nalokson",
    ],
    "hjelp-der-du-bor": [
        "fastlege",
        "116 117",
        "rus- og psykiatritjeneste",
        "DPS",
        "NA",
        "AA",
        "RUSinfo",
        "Mental Helse",
        "116 123",
    ],
}


def _texts(library: ContentLibrary) -> Iterator[tuple[str, str, str]]:
    """(file, field, text) for every text a person reads."""
    for topic in library.topics.values():
        yield topic.source, "title", topic.title
        yield topic.source, "summary", topic.summary
        yield topic.source, "ideal", topic.ideal
        for n, section in enumerate(topic.sections, start=1):
            yield topic.source, f"sections[{n}].body", section.body
        for n, point in enumerate(topic.key_points, start=1):
            yield topic.source, f"key_points[{n}]", point
        for n, question in enumerate(topic.questions, start=1):
            yield topic.source, f"questions[{n}].text", question.text
        for n, commitment in enumerate(topic.commitments, start=1):
            yield topic.source, f"commitments[{n}]", commitment
    for script in library.grounding.values():
        yield script.source, "intro", script.intro
        yield script.source, "closing", script.closing
        for n, step in enumerate(script.steps, start=1):
            yield script.source, f"steps[{n}].text", step.text
    for questionnaire in library.questionnaires.values():
        yield questionnaire.source, "explanation", questionnaire.explanation
        yield questionnaire.source, "instructions", questionnaire.instructions
    for n, section in enumerate(library.about.sections, start=1):
        yield "about.toml", f"sections[{n}].body", section.body
    for n, section in enumerate(library.relatives.sections, start=1):
        yield "paarorende.toml", f"sections[{n}].body", section.body


def lint_library(library: ContentLibrary) -> list[Problem]:
    problems = []
    for file, field, text in _texts(library):
        for rule, pattern in FORBIDDEN.items():
            match = pattern.search(text)
            if match:
                expected = t(f"content.lint.{rule}", found=match.group(0))
                problems.append(Problem(file, None, field, expected))
    for script in library.grounding.values():
        if "0 til 10" not in script.closing:
            problems.append(Problem(script.source, None, "closing", t("content.lint.rating")))
        elif RATED_WORD not in script.closing:
            # The same word before and after, or the two numbers measure different things.
            problems.append(Problem(script.source, None, "closing", t("content.lint.rating_word")))
    for topic_id, words in REQUIRED_MENTIONS.items():
        topic = library.topics.get(topic_id)
        if topic is None:
            continue
        text = " ".join(section.body for section in topic.sections) + " ".join(topic.key_points)
        text = text.replace("\u00a0", " ")  # numbers from {nummer:...} never break
        for word in words:
            if word not in text:
                problems.append(
                    Problem(topic.source, None, "sections", t("content.lint.mention", word=word))
                )
    return problems
