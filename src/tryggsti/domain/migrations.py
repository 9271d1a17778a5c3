"""Forward migrations of the vault payload, one pure function per schema step."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from typing import Any

Document = dict[str, Any]


class MigrationError(ValueError):
    """An older payload whose shape no step can read; the message is the place and the
    problem (".safety_plan: must be an object"), the same way the decoder names them."""


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MigrationError(f"{where}: must be an object")
    return value


def _array(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise MigrationError(f"{where}: must be an array")
    return value


_PHONE_AT_END = re.compile(r"^(?P<name>.*?)[\s:,-]*(?P<phone>\+?[\d][\d ]{3,})$")


def _split_contact(text: str) -> dict[str, str]:
    match = _PHONE_AT_END.match(text.strip())
    if match and match.group("name").strip():
        return {
            "name": match.group("name").strip(),
            "phone": match.group("phone").strip(),
            "note": "",
        }
    return {"name": text.strip() or "?", "phone": "", "note": ""}


def _schema_1_to_2(document: Document) -> Document:
    """Schema 1 kept contacts as single lines ("Kari 912 34 567") and safe coping as one
    comma-separated string. Schema 2 has contact records and a list of coping skills."""
    plan = _object(document.get("safety_plan") or {}, ".safety_plan")
    for section in ("help_contacts", "professionals"):
        plan[section] = [
            _split_contact(item) if isinstance(item, str) else item
            for item in _array(plan.get(section, []), f".safety_plan.{section}")
        ]
    checkins = _array(document.get("checkins", []), ".checkins")
    for index, checkin in enumerate(checkins):
        coping = _object(checkin, f".checkins[{index}]").get("safe_coping", [])
        if isinstance(coping, str):
            checkin["safe_coping"] = [part.strip() for part in coping.split(",") if part.strip()]
    document["schema"] = 2
    return document


def _schema_2_to_3(document: Document) -> Document:
    """Schema 3 adds relapse reflections (a new list) and lets a check-in's scales and the
    question about thoughts of self-harm be unanswered (null). Old zeros stay zeros: what
    was stored cannot be told apart from a real 0."""
    document.setdefault("relapse_reflections", [])
    document["schema"] = 3
    return document


def _schema_3_to_4(document: Document) -> Document:
    """Schema 4 adds the kind of unsafe behaviour (absent in old check-ins: unknown), the
    plan's childcare contacts, the reflection's kind, and what the check-in response
    remembers (when the overdose steps were last shown). All new fields have defaults."""
    document.setdefault("response_memory", {})
    document["schema"] = 4
    return document


STEPS: dict[int, Callable[[Document], Document]] = {
    1: _schema_1_to_2,
    2: _schema_2_to_3,
    3: _schema_3_to_4,
}


def migrate(document: Document) -> Document:
    """Bring a payload up to the current schema, step by step, without touching the input.

    Raises MigrationError for a shape a step cannot read; what a step leaves as it was
    is checked by the decoder afterwards, as in a current payload."""
    document = copy.deepcopy(document) if document.get("schema") in STEPS else document
    while document["schema"] in STEPS:
        document = STEPS[document["schema"]](document)
    return document
