"""Language rules for content: no diagnosing or judging words, and the parts the guide requires."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

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
    # «Fritt behandlingsvalg» has been «rett til valg av behandlingssted» since 1 January 2023
    # (pasient- og brukerrettighetsloven § 2-4; https://sml.snl.no/rett_til_valg_av_behandlingssted).
    "old_name": re.compile(r"\bfritt behandlingsvalg\b", re.IGNORECASE),
    # A slip is information, not failure (CONTENT-GUIDE.md, "Relapse").
    "shame": re.compile(r"\b(sprekk\w*|clean|streak\w*|rusfri rekke)\b", re.IGNORECASE),
}

# {linje:...} becomes «Name (number)»: a number typed right before it prints the number twice,
# «116 123 (Mental Helse Hjelpetelefonen (116 123))». Checked on the text as the reader sees it.
NUMBER_TWICE = re.compile(r"(\d{2,3}(?: \d{2,3})*)\s*\(?[^()\n]{1,80}\((\1)\)")

# An example person is introduced with name and age, «Vidar, 36, …» (CONTENT-GUIDE.md: each
# example person has a name of their own, used once in the whole content).
EXAMPLE_PERSON = re.compile(r"\b([A-ZÆØÅ][a-zæøå]+), (\d{2})\b")

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
        "rus- og psykisk helsetjeneste",
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


def example_people(library: ContentLibrary) -> dict[str, set[str]]:
    """Each example person's name -> the files that introduce someone by that name."""
    people: dict[str, set[str]] = {}
    for file, _field, text in _texts(library):
        for match in EXAMPLE_PERSON.finditer(text):
            people.setdefault(match[1], set()).add(file)
    return people


def _example_names(library: ContentLibrary) -> list[Problem]:
    """A name introduced for an example person appears in no other file."""
    texts: dict[str, list[str]] = {}
    for file, _field, text in _texts(library):
        texts.setdefault(file, []).append(text)
    problems = []
    for name, introduced in sorted(example_people(library).items()):
        word = re.compile(rf"\b{name}\b")
        files = sorted(f for f, parts in texts.items() if any(word.search(p) for p in parts))
        if len(files) > 1:
            for file in sorted(introduced):
                others = ", ".join(Path(f).name for f in files if f != file)
                expected = t("content.lint.example_name", name=name, others=others)
                problems.append(Problem(file, None, "sections", expected))
    return problems


def lint_library(library: ContentLibrary) -> list[Problem]:
    problems = _example_names(library)
    for file, field, text in _texts(library):
        for rule, pattern in FORBIDDEN.items():
            match = pattern.search(text)
            if match:
                expected = t(f"content.lint.{rule}", found=match.group(0))
                problems.append(Problem(file, None, field, expected))
        twice = NUMBER_TWICE.search(text.replace("\u00a0", " "))
        if twice:
            expected = t("content.lint.number_before_line", found=twice.group(0))
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
