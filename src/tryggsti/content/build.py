"""Turning validated TOML tables into domain objects (only called once a file has no problems)."""

from __future__ import annotations

from tryggsti.domain.content import (
    About,
    GroundingScript,
    GroundingStep,
    Questionnaire,
    QuestionnaireItem,
    ReflectionQuestion,
    RelativesPage,
    Section,
    Subscale,
    Topic,
)


def _sections(raw: list[dict]) -> tuple[Section, ...]:
    return tuple(Section(s["heading"].strip(), s["body"].strip()) for s in raw)


def topic(raw: dict, source: str) -> Topic:
    return Topic(
        id=raw["id"],
        number=raw["number"],
        title=raw["title"].strip(),
        area=raw["area"],
        summary=raw["summary"].strip(),
        sections=_sections(raw["sections"]),
        key_points=tuple(p.strip() for p in raw["key_points"]),
        questions=tuple(ReflectionQuestion(q["id"], q["text"].strip()) for q in raw["questions"]),
        commitments=tuple(c.strip() for c in raw["commitments"]),
        grounding=tuple(raw["grounding"]),
        source=source,
        ideal=raw.get("ideal", "").strip(),
    )


def grounding(raw: dict, source: str) -> GroundingScript:
    return GroundingScript(
        id=raw["id"],
        title=raw["title"].strip(),
        kind=raw["kind"],
        summary=raw["summary"].strip(),
        intro=raw["intro"].strip(),
        closing=raw["closing"].strip(),
        steps=tuple(GroundingStep(s["text"].strip(), s["seconds"]) for s in raw["steps"]),
        source=source,
        long_version_of=raw.get("long_version_of", ""),
        set=raw.get("set", ""),
    )


def questionnaire(raw: dict, source: str) -> Questionnaire:
    items = sorted(raw["items"], key=lambda item: item["number"])
    return Questionnaire(
        id=raw["id"],
        version=raw["version"],
        name=raw["name"].strip(),
        short_name=raw["short_name"].strip(),
        scale_min=raw["scale_min"],
        scale_max=raw["scale_max"],
        instructions=raw["instructions"].strip(),
        explanation=raw["explanation"].strip(),
        copyright=raw["copyright"].strip(),
        sources=tuple(raw["sources"]),
        subscales=tuple(
            Subscale(s["id"], s["name"], s["description"].strip(), s["min"], s["max"])
            for s in raw["subscales"]
        ),
        items=tuple(
            QuestionnaireItem(
                number=i["number"],
                text=i["text"].strip(),
                anchor_min=i["anchor_min"].strip(),
                anchor_max=i["anchor_max"].strip(),
                subscale=i["subscale"],
                reverse=i["reverse"],
            )
            for i in items
        ),
        source=source,
    )


def about(raw: dict) -> About:
    return About(title=raw["title"].strip(), sections=_sections(raw["sections"]))


def relatives(raw: dict) -> RelativesPage:
    return RelativesPage(title=raw["title"].strip(), sections=_sections(raw["sections"]))
