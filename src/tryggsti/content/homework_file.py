"""A therapist's homework file (lekse): TOML text in, a Homework record or every problem out.

Pure: the known topic, grounding and questionnaire ids come in as arguments; no I/O here.
The format is documented for therapists in docs/lekse.md.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tryggsti.content.lines import LineFinder
from tryggsti.content.problems import Problem, field_name
from tryggsti.content.toml_text import TomlUnusable, clean_strings, parse_toml
from tryggsti.domain.records import GroundingPractice, Homework, QuestionnaireTask
from tryggsti.domain.text import clean_line
from tryggsti.strings import t

KEYS = (
    "terapeut",
    "melding",
    "start",
    "frist",
    "emner",
    "jording",
    "forpliktelser",
    "skjema",
    "innsjekk_per_uke",
)
GROUNDING_KEYS = ("id", "ganger_per_uke")
QUESTIONNAIRE_KEYS = ("id", "naar")
MAX_COMMITMENTS = 50
COMMITMENT_LIMIT = 240
WHEN_LIMIT = 40
EARLIEST = date(2000, 1, 1)
LATEST = date(2100, 12, 31)
MAX_DAYS = 366  # from start to due: homework is for the weeks between sessions
THERAPIST_LIMIT = 120
NOTE_LIMIT = 2000
GROUNDING_PER_WEEK = (1, 21)
CHECKINS_PER_WEEK = (1, 14)


def rules() -> dict[str, Any]:
    """The limits this checker applies, as data: the HTML homework maker embeds them, so
    the two can never disagree (docs/lag-hjemmeoppgave.html is generated from this)."""
    return {
        "keys": list(KEYS),
        "grounding_keys": list(GROUNDING_KEYS),
        "questionnaire_keys": list(QUESTIONNAIRE_KEYS),
        "therapist_limit": THERAPIST_LIMIT,
        "note_limit": NOTE_LIMIT,
        "commitment_limit": COMMITMENT_LIMIT,
        "max_commitments": MAX_COMMITMENTS,
        "when_limit": WHEN_LIMIT,
        "earliest": EARLIEST.isoformat(),
        "latest": LATEST.isoformat(),
        "max_days": MAX_DAYS,
        "grounding_per_week": list(GROUNDING_PER_WEEK),
        "checkins_per_week": list(CHECKINS_PER_WEEK),
    }


@dataclass(frozen=True)
class KnownIds:
    topics: Collection[str]
    grounding: Collection[str]
    questionnaires: Collection[str]


@dataclass
class HomeworkCheck:
    """The result of reading a homework file: the record, or the problems that stop it."""

    homework: Homework | None
    problems: list[Problem] = field(default_factory=list)


def kind_of(value: Any) -> str:
    """What a TOML value is, in words («et tall», «en liste»), for «fant …» in a message."""
    if isinstance(value, bool):
        kind = "yes_no"
    elif isinstance(value, int | float):
        kind = "number"
    elif isinstance(value, str):
        kind = "text"
    elif isinstance(value, list):
        kind = "list"
    elif isinstance(value, dict):
        kind = "table"
    elif isinstance(value, datetime):
        kind = "time"
    elif isinstance(value, date):
        kind = "date"
    else:
        kind = "other"
    return t(f"lekse.kind.{kind}")


def shown_day(day: date, other: date) -> str:
    """«20.11.», with the year only when the two days being compared are in different years."""
    return (
        f"{day.day}.{day.month}." if day.year == other.year else f"{day.day}.{day.month}.{day.year}"
    )


def shown_value(value: Any) -> str:
    """A short, literal picture of a value from the file («30», «"tre"»)."""
    text = (
        json.dumps(value, ensure_ascii=False, default=str)
        if not isinstance(value, str)
        else f'"{value}"'
    )
    return text if len(text) <= 40 else text[:39] + "…"


def _hint(word: str, options: Collection[str]) -> str:
    close = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.6)
    return t("content.did_you_mean", word=close[0]) if close else ""


class _Reader:
    def __init__(self, text: str, name: str) -> None:
        self.name = name
        self.lines = LineFinder(text)
        self.problems: list[Problem] = []

    def report(self, path: tuple[str | int, ...], reason: str, **values: Any) -> None:
        expected = t(f"lekse.expected.{reason}", **values)
        self.problems.append(
            Problem(self.name, self.lines.line_of(path), field_name(path), expected)
        )

    def unknown_keys(self, table: dict, allowed: tuple[str, ...], path: tuple) -> None:
        for key in table:
            if path and key in KEYS:
                # A plain key written below a [[table]] header belongs to that table in TOML.
                self.report((*path, key), "belongs_on_top", name=key)
            elif key not in allowed:
                self.report((*path, key), "unknown_key", hint=_hint(key[:60], allowed))

    def text(self, raw: dict, key: str, *, required: bool = False, limit: int = NOTE_LIMIT) -> str:
        value = raw.get(key)
        if value is None:
            if required:
                self.report((key,), "missing")
            return ""
        if not isinstance(value, str):
            self.report((key,), "text", limit=limit, found=kind_of(value))
            return ""
        if len(value) > limit:
            self.report((key,), "text_too_long", limit=limit, length=len(value))
            return ""
        return value.strip()

    def day(self, raw: dict, key: str) -> date | None:
        value = raw.get(key)
        if value is None:
            self.report((key,), "missing_date")
            return None
        day = None
        if isinstance(value, date) and not isinstance(value, datetime):
            day = value
        elif isinstance(value, str):
            with contextlib.suppress(ValueError):
                day = date.fromisoformat(value.strip())
        if day is None:
            self.report((key,), "date", value=str(value)[:40])
        elif not EARLIEST <= day <= LATEST:
            self.report((key,), "date_range", low=EARLIEST.isoformat(), high=LATEST.isoformat())
            return None
        return day

    def whole_number(self, value: Any, path: tuple, low: int, high: int) -> int | None:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self.report(path, "number", low=low, high=high, value=shown_value(value))
            return None
        return value

    def ids(self, raw: dict, key: str, known: Collection[str]) -> list[str]:
        value = raw.get(key, [])
        if not isinstance(value, list):
            self.report((key,), "list", found=kind_of(value))
            return []
        found = []
        for index, item in enumerate(value):
            if not isinstance(item, str) or item not in known:
                shown = (item if isinstance(item, str) else repr(item))[:60]
                self.report((key, index), "unknown_id", value=shown, hint=_hint(str(item), known))
            elif item not in found:
                found.append(item)
        return found

    def tables(self, raw: dict, key: str) -> list[tuple[int, dict]]:
        value = raw.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.report((key,), "tables", found=kind_of(value), name=key)
            return []
        return list(enumerate(value))


def _bad_commitments(items: list) -> list[tuple[int, str, dict[str, object]]]:
    """Each commitment that cannot be used, with why: not a text, empty, or too long."""
    bad: list[tuple[int, str, dict[str, object]]] = []
    for index, item in enumerate(items):
        if not isinstance(item, str):
            bad.append((index, "commitment_not_text", {"found": kind_of(item)}))
        elif not item.strip():
            bad.append((index, "commitment_empty", {}))
        elif len(item) > COMMITMENT_LIMIT:
            bad.append(
                (index, "commitment_too_long", {"length": len(item), "limit": COMMITMENT_LIMIT})
            )
    return bad


def _syntax(text: str, error: TomlUnusable) -> str:
    """A TOML syntax error with the line it was found on, as written (shortened)."""
    if error.line is None:
        return error.expected
    lines = text.splitlines()
    written = lines[error.line - 1].strip() if 0 < error.line <= len(lines) else ""
    if len(written) > 60:
        written = written[:59] + "…"
    if not written:
        return t("lekse.expected.toml_blank_line", line=error.line)
    return t("lekse.expected.toml_line", line=error.line, written=written)


def fingerprint(raw: dict[str, Any]) -> str:
    """The same homework gives the same fingerprint, however it is spaced or ordered."""
    canonical = json.dumps(raw, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def parse_homework(
    text: str, name: str, known: KnownIds, *, imported_at: datetime, new_id: str
) -> HomeworkCheck:
    """Read a homework file; returns the Homework only when there is no problem at all."""
    try:
        raw = clean_strings(parse_toml(text))
    except TomlUnusable as error:
        return HomeworkCheck(None, [Problem(name, error.line, "", _syntax(text, error))])
    reader = _Reader(text, name)
    reader.unknown_keys(raw, KEYS, ())
    therapist = clean_line(reader.text(raw, "terapeut", limit=THERAPIST_LIMIT))
    note = reader.text(raw, "melding")
    start, due = reader.day(raw, "start"), reader.day(raw, "frist")
    if start and due and due < start:
        reader.report(
            ("frist",), "due_before_start", due=shown_day(due, start), start=shown_day(start, due)
        )
    elif start and due and (due - start).days > MAX_DAYS:
        reader.report(
            ("frist",),
            "due_too_far",
            days=MAX_DAYS,
            count=(due - start).days,
            due=shown_day(due, start),
            start=shown_day(start, due),
        )
    topics = reader.ids(raw, "emner", known.topics)
    grounding = []
    for index, item in reader.tables(raw, "jording"):
        reader.unknown_keys(item, GROUNDING_KEYS, ("jording", index))
        script = item.get("id")
        if not isinstance(script, str) or script not in known.grounding:
            hint = _hint(str(script)[:60], known.grounding)
            shown = str(script)[:60]
            reader.report(("jording", index, "id"), "unknown_id", value=shown, hint=hint)
            continue
        times = reader.whole_number(
            item.get("ganger_per_uke", 1), ("jording", index, "ganger_per_uke"), *GROUNDING_PER_WEEK
        )
        if times is not None:
            grounding.append(GroundingPractice(script, times))
    questionnaires = []
    for index, item in reader.tables(raw, "skjema"):
        reader.unknown_keys(item, QUESTIONNAIRE_KEYS, ("skjema", index))
        instrument = item.get("id")
        if not isinstance(instrument, str) or instrument not in known.questionnaires:
            hint = _hint(str(instrument)[:60], known.questionnaires)
            shown = str(instrument)[:60]
            reader.report(("skjema", index, "id"), "unknown_id", value=shown, hint=hint)
            continue
        when = item.get("naar", "")
        if not isinstance(when, str) or len(when) > WHEN_LIMIT:
            found = (
                kind_of(when)
                if not isinstance(when, str)
                else t("lekse.kind.chars", count=len(when))
            )
            reader.report(("skjema", index, "naar"), "when", limit=WHEN_LIMIT, found=found)
            continue
        questionnaires.append(QuestionnaireTask(instrument, clean_line(when).strip()))
    commitments = raw.get("forpliktelser", [])
    if not isinstance(commitments, list):
        reader.report(("forpliktelser",), "commitments", found=kind_of(commitments))
        commitments = []
    elif bad := _bad_commitments(commitments):
        for index, reason, values in bad:
            reader.report(("forpliktelser", index), reason, **values)
        commitments = []
    elif len(commitments) > MAX_COMMITMENTS:
        reader.report(
            ("forpliktelser",),
            "too_many_commitments",
            limit=MAX_COMMITMENTS,
            count=len(commitments),
        )
        commitments = []
    per_week = raw.get("innsjekk_per_uke")
    if per_week is not None:
        per_week = reader.whole_number(per_week, ("innsjekk_per_uke",), *CHECKINS_PER_WEEK)
    if reader.problems or start is None or due is None:
        return HomeworkCheck(None, reader.problems)
    homework = Homework(
        id=new_id,
        imported_at=imported_at,
        fingerprint=fingerprint(raw),
        start=start,
        due=due,
        note=note,
        therapist=therapist,
        topics=topics,
        grounding=grounding,
        commitments=[clean_line(c).strip() for c in commitments],
        questionnaires=questionnaires,
        checkins_per_week=per_week,
        source_name=name.rsplit("/", 1)[-1],
    )
    return HomeworkCheck(homework, [])
