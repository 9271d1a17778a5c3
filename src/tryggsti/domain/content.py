"""The content a person reads: topics, grounding scripts, questionnaires, help lines, pages."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from tryggsti.domain.help_lines import Resources
from tryggsti.domain.kinds import GROUNDING_KINDS


@dataclass(frozen=True)
class Section:
    heading: str
    body: str


@dataclass(frozen=True)
class ReflectionQuestion:
    id: str
    text: str


@dataclass(frozen=True)
class Topic:
    id: str
    number: int
    title: str
    area: str
    summary: str
    sections: tuple[Section, ...]
    key_points: tuple[str, ...]
    questions: tuple[ReflectionQuestion, ...]
    commitments: tuple[str, ...]
    grounding: tuple[str, ...]
    source: str = ""
    ideal: str = ""  # one ideal in a line (Seeking Safety), such as «Håp: …»

    @property
    def word_count(self) -> int:
        return sum(len(section.body.split()) for section in self.sections)

    def question(self, question_id: str) -> ReflectionQuestion | None:
        return next((q for q in self.questions if q.id == question_id), None)


@dataclass(frozen=True)
class GroundingStep:
    text: str
    seconds: int


@dataclass(frozen=True)
class GroundingScript:
    id: str
    title: str
    kind: str
    summary: str
    intro: str
    closing: str
    steps: tuple[GroundingStep, ...]
    source: str = ""
    long_version_of: str = ""  # the short script this one is the long version of
    set: str = ""  # "natt": one of the scripts for the night

    @property
    def total_seconds(self) -> int:
        """How long the guided steps take, as the player paces them (the list shows this)."""
        return sum(step.seconds for step in self.steps)


def scripts_in_set(scripts: Iterable[GroundingScript], name: str) -> list[GroundingScript]:
    """The scripts of one set («natt»), by title, as every list of them shows them."""
    return sorted((s for s in scripts if s.set == name), key=lambda s: s.title)


@dataclass(frozen=True)
class Subscale:
    id: str
    name: str
    description: str
    min: int
    max: int


@dataclass(frozen=True)
class QuestionnaireItem:
    number: int
    text: str
    anchor_min: str
    anchor_max: str
    subscale: str
    reverse: bool


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: str
    name: str
    short_name: str
    scale_min: int
    scale_max: int
    instructions: str
    explanation: str
    copyright: str
    sources: tuple[str, ...]
    subscales: tuple[Subscale, ...]
    items: tuple[QuestionnaireItem, ...]
    source: str = ""

    @property
    def total_min(self) -> int:
        return len(self.items) * self.scale_min

    @property
    def total_max(self) -> int:
        return len(self.items) * self.scale_max

    def subscale(self, subscale_id: str) -> Subscale:
        return next(s for s in self.subscales if s.id == subscale_id)


@dataclass(frozen=True)
class About:
    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class RelativesPage:
    """«For familie og venner»: what family and friends can do, and the lines for them."""

    title: str
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class ContentLibrary:
    topics: dict[str, Topic]
    grounding: dict[str, GroundingScript]
    questionnaires: dict[str, Questionnaire]
    resources: Resources
    about: About
    relatives: RelativesPage
    folders: tuple[str, ...] = field(default=())

    def topics_in_order(self) -> list[Topic]:
        return sorted(self.topics.values(), key=lambda topic: (topic.number, topic.id))

    def long_version(self, script_id: str) -> GroundingScript | None:
        """The long version of a short script, if there is one."""
        return next((s for s in self.grounding.values() if s.long_version_of == script_id), None)

    def grounding_in_set(self, name: str) -> list[GroundingScript]:
        return scripts_in_set(self.grounding.values(), name)

    def grounding_by_kind(self) -> dict[str, list[GroundingScript]]:
        groups: dict[str, list[GroundingScript]] = {kind: [] for kind in GROUNDING_KINDS}
        for script in sorted(self.grounding.values(), key=lambda s: s.title):
            groups[script.kind].append(script)
        return groups
