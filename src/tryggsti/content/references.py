"""Names as references: {plan:...}, {ovelse:...}, {linje:...}, {nummer:...}, {skjerm:...}.

A topic or script never spells out the name of a plan section, an exercise, a help line or a
screen; it points at it, and the reference becomes today's real name when the content loads.
A reference that points at nothing is a content error with its file and line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from tryggsti.content.problems import Problem
from tryggsti.content.validate import suggestion
from tryggsti.domain.content import GroundingScript, RelativesPage, Topic
from tryggsti.domain.help_lines import Resources, unbreakable
from tryggsti.domain.plan_sections import PLAN_SECTIONS
from tryggsti.strings import t

REFERENCE = re.compile(r"\{([a-zæøå]+):([^{}\s]*)\}")
# Screen names in content (Norwegian slugs) -> the menu's own name in ui.toml (nav.<key>).
SCREENS = {
    "innsjekk": "checkin",
    "emner": "topics",
    "jording": "grounding",
    "oas": "questionnaire",
    "trygghetsplan": "safety_plan",
    "forpliktelser": "commitments",
    "humoerlogg": "mood_log",
    "hjemmeoppgaver": "homework",
    "lekser": "homework",  # the old name, still understood
    "rapport": "report",
    "hjelp-naa": "help_now",
    "innstillinger": "settings",
    "om": "about",
}
KINDS = ("plan", "ovelse", "linje", "nummer", "skjerm")


class Resolver:
    """Turns references into names from ui.toml, the grounding scripts and resources.toml."""

    def __init__(self, grounding: Mapping[str, GroundingScript], resources: Resources) -> None:
        self.grounding = grounding
        self.lines = {line.id: line for line in resources.lines}

    def name(self, kind: str, key: str) -> str | None:
        if kind == "plan" and key in PLAN_SECTIONS:
            return t(f"plan.{key}")
        if kind == "ovelse" and key in self.grounding:
            return self.grounding[key].title
        if kind == "skjerm" and key in SCREENS:
            return t(f"nav.{SCREENS[key]}")
        line = self.lines.get(key)
        if line is None:
            return None
        if kind == "nummer" and line.number:
            return unbreakable(line.number)
        if kind == "linje":
            return f"{line.name} ({unbreakable(line.number)})" if line.number else line.name
        return None

    def known(self, kind: str) -> list[str]:
        options = {
            "plan": list(PLAN_SECTIONS),
            "ovelse": sorted(self.grounding),
            "skjerm": sorted(SCREENS),
            "linje": sorted(self.lines),
            "nummer": sorted(k for k, line in self.lines.items() if line.number),
        }
        return options.get(kind, [])

    def resolve(self, text: str) -> str:
        return REFERENCE.sub(lambda m: self.name(m[1], m[2]) or m[0], text)

    def broken(self, text: str) -> Iterator[tuple[str, str]]:
        """(reference as written, what was expected) for every reference that points nowhere."""
        for match in REFERENCE.finditer(text):
            kind, key = match[1], match[2]
            if kind not in KINDS:
                yield match[0], t("content.expected.reference_kind", kinds=", ".join(KINDS))
            elif self.name(kind, key) is None:
                choices = ", ".join(self.known(kind)[:12])
                expected = t("content.expected.reference", kind=kind, choices=choices)
                yield match[0], expected + suggestion(key, self.known(kind))


def topic_texts(topic: Topic) -> Iterator[tuple[str, str]]:
    """(field, text) for every text of a topic a person reads."""
    yield "title", topic.title
    yield "summary", topic.summary
    yield "ideal", topic.ideal
    for n, section in enumerate(topic.sections, start=1):
        yield f"sections[{n}].heading", section.heading
        yield f"sections[{n}].body", section.body
    for n, point in enumerate(topic.key_points, start=1):
        yield f"key_points[{n}]", point
    for n, question in enumerate(topic.questions, start=1):
        yield f"questions[{n}].text", question.text
    for n, commitment in enumerate(topic.commitments, start=1):
        yield f"commitments[{n}]", commitment


def script_texts(script: GroundingScript) -> Iterator[tuple[str, str]]:
    yield "title", script.title
    yield "summary", script.summary
    yield "intro", script.intro
    yield "closing", script.closing
    for n, step in enumerate(script.steps, start=1):
        yield f"steps[{n}].text", step.text


def page_texts(page: RelativesPage) -> Iterator[tuple[str, str]]:
    yield "title", page.title
    for n, section in enumerate(page.sections, start=1):
        yield f"sections[{n}].heading", section.heading
        yield f"sections[{n}].body", section.body


def _line_of(file: str, written: str) -> int | None:
    try:
        lines = Path(file).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return next((n for n, line in enumerate(lines, start=1) if written in line), None)


def check(
    resolver: Resolver, items: Iterable[tuple[str, Iterator[tuple[str, str]]]]
) -> list[Problem]:
    """Every reference that points nowhere, as a problem with file, line and field."""
    problems = []
    for file, texts in items:
        for field, text in texts:
            for written, expected in resolver.broken(text):
                where = _line_of(file, written)
                problems.append(Problem(file, where, field, f"«{written}»: {expected}"))
    return problems


def resolved_topic(topic: Topic, resolver: Resolver) -> Topic:
    r = resolver.resolve
    return dataclasses.replace(
        topic,
        title=r(topic.title),
        summary=r(topic.summary),
        ideal=r(topic.ideal),
        sections=tuple(
            dataclasses.replace(s, heading=r(s.heading), body=r(s.body)) for s in topic.sections
        ),
        key_points=tuple(r(p) for p in topic.key_points),
        questions=tuple(dataclasses.replace(q, text=r(q.text)) for q in topic.questions),
        commitments=tuple(r(c) for c in topic.commitments),
    )


def resolved_script(script: GroundingScript, resolver: Resolver) -> GroundingScript:
    r = resolver.resolve
    return dataclasses.replace(
        script,
        summary=r(script.summary),
        intro=r(script.intro),
        closing=r(script.closing),
        steps=tuple(dataclasses.replace(s, text=r(s.text)) for s in script.steps),
    )


def resolved_page(page: RelativesPage, resolver: Resolver) -> RelativesPage:
    r = resolver.resolve
    return dataclasses.replace(
        page,
        sections=tuple(
            dataclasses.replace(s, heading=r(s.heading), body=r(s.body)) for s in page.sections
        ),
    )
