"""Loading the built-in content and any extra folders into one checked ContentLibrary."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tryggsti.content import build, references
from tryggsti.content.build_help_lines import resources as build_resources
from tryggsti.content.lines import LineFinder
from tryggsti.content.lint import lint_library
from tryggsti.content.problems import ContentError, Problem
from tryggsti.content.schema import (
    ABOUT,
    GROUNDING,
    LONG_SECONDS,
    QUESTIONNAIRE,
    RELATIVES,
    RESOURCES,
    SUBSTANCES,
    TOPIC,
    TOPIC_WORDS,
)
from tryggsti.content.single_file import SourceFile, check_unique, load_resources, load_single
from tryggsti.content.validate import check_table, suggestion
from tryggsti.domain.content import ContentLibrary, GroundingScript, Questionnaire, Topic
from tryggsti.paths import builtin_content_dir
from tryggsti.strings import t

__all__ = ["ContentError", "Problem", "check_folder", "load_library", "load_resources"]

BUILTIN_TOPIC_COUNT = 25
FOLDERS = ("topics", "grounding", "questionnaires")
_NUMBER_PREFIX = re.compile(r"^\d+-")


@dataclass
class FolderContent:
    topics: dict[str, Topic] = field(default_factory=dict)
    grounding: dict[str, GroundingScript] = field(default_factory=dict)
    questionnaires: dict[str, Questionnaire] = field(default_factory=dict)
    topic_grounding_refs: list[tuple[SourceFile, int, str]] = field(default_factory=list)
    long_versions: list[tuple[SourceFile, GroundingScript]] = field(default_factory=list)


def _expected_id(path: Path, strip_number: bool) -> str:
    return _NUMBER_PREFIX.sub("", path.stem) if strip_number else path.stem


def _check_id(source: SourceFile, raw: dict, strip_number: bool) -> None:
    expected = _expected_id(source.path, strip_number)
    if isinstance(raw.get("id"), str) and raw["id"] != expected:
        source.report(("id",), t("content.expected.id_from_name", id=expected))


def _topic_rules(source: SourceFile, raw: dict, builtin: bool) -> None:
    _check_id(source, raw, strip_number=True)
    check_unique(source, raw.get("questions"), "questions", "id")
    if builtin and isinstance(raw.get("number"), int) and not 1 <= raw["number"] <= 25:
        source.report(("number",), t("content.expected.int", low=1, high=BUILTIN_TOPIC_COUNT))
    sections = raw.get("sections")
    if builtin and source.clean and isinstance(sections, list):
        words = sum(len(str(s.get("body", "")).split()) for s in sections)
        low, high = TOPIC_WORDS
        if not low <= words <= high:
            source.report(
                ("sections",), t("content.expected.words", low=low, high=high, count=words)
            )


def _questionnaire_rules(source: SourceFile, raw: dict) -> None:
    _check_id(source, raw, strip_number=False)
    if not source.clean:
        return
    low, high = raw["scale_min"], raw["scale_max"]
    if high <= low:
        source.report(("scale_max",), t("content.expected.above", value=low))
        return
    check_unique(source, raw["subscales"], "subscales", "id")
    check_unique(source, raw["items"], "items", "number")
    items = raw["items"]
    numbers = sorted(item["number"] for item in items)
    if numbers != list(range(1, len(items) + 1)):
        source.report(("items",), t("content.expected.item_numbers", count=len(items)))
    subscales = {s["id"]: s for s in raw["subscales"]}
    counts = dict.fromkeys(subscales, 0)
    for index, item in enumerate(items):
        if item["subscale"] in counts:
            counts[item["subscale"]] += 1
        else:
            hint = suggestion(item["subscale"], list(subscales))
            source.report(("items", index, "subscale"), t("content.expected.known_subscale") + hint)
    for index, (subscale_id, count) in enumerate(counts.items()):
        table = subscales[subscale_id]
        if count == 0:
            source.report(("subscales", index, "id"), t("content.expected.subscale_used"))
        elif (table["min"], table["max"]) != (count * low, count * high):
            expected = t("content.expected.subscale_range", low=count * low, high=count * high)
            source.report(("subscales", index, "min"), expected)


def _load_kind(
    folder: Path,
    kind: str,
    problems: list[Problem],
    rules: Callable[[SourceFile, dict], None],
    schema: tuple,
) -> list[tuple[SourceFile, dict]]:
    loaded = []
    for path in sorted((folder / kind).glob("*.toml")):
        source = SourceFile(path, problems)
        if not source.read():
            continue
        assert source.raw is not None
        check_table(source.raw, schema, (), source.report)
        rules(source, source.raw)
        if source.clean:
            loaded.append((source, source.raw))
    return loaded


def _claim(
    owners: dict[str, SourceFile], key: str, source: SourceFile, problems: list[Problem]
) -> bool:
    """Record who defines an id; a second definition is an error naming both files."""
    if key in owners:
        first = owners[key]
        line = LineFinder(source.text).line_of(("id",))
        problems.append(
            Problem(source.name, line, "id", t("content.expected.clash", other=first.name))
        )
        return False
    owners[key] = source
    return True


def load_folder(
    folder: Path, problems: list[Problem], owners: dict[str, SourceFile], *, builtin: bool
) -> FolderContent:
    """Every topic, grounding script and questionnaire in one folder; problems are appended."""
    content = FolderContent()
    for source, raw in _load_kind(
        folder, "topics", problems, lambda s, r: _topic_rules(s, r, builtin), TOPIC
    ):
        ok = _claim(owners, f"topic:{raw['id']}", source, problems)
        if ok and _claim(owners, f"topic-number:{raw['number']}", source, problems):
            content.topics[raw["id"]] = build.topic(raw, source.name)
            content.topic_grounding_refs += [(source, i, g) for i, g in enumerate(raw["grounding"])]
    grounding_rule = lambda s, r: _check_id(s, r, strip_number=False)  # noqa: E731
    for source, raw in _load_kind(folder, "grounding", problems, grounding_rule, GROUNDING):
        if _claim(owners, f"grounding:{raw['id']}", source, problems):
            script = build.grounding(raw, source.name)
            content.grounding[raw["id"]] = script
            if script.long_version_of:
                content.long_versions.append((source, script))
    for source, raw in _load_kind(
        folder, "questionnaires", problems, _questionnaire_rules, QUESTIONNAIRE
    ):
        if _claim(owners, f"questionnaire:{raw['id']}", source, problems):
            content.questionnaires[raw["id"]] = build.questionnaire(raw, source.name)
    return content


def _check_references(contents: Sequence[FolderContent], problems: list[Problem]) -> None:
    known = {g for content in contents for g in content.grounding}
    for content in contents:
        for source, index, ref in content.topic_grounding_refs:
            if ref not in known:
                expected = t("content.expected.known_grounding") + suggestion(ref, sorted(known))
                line = LineFinder(source.text).line_of(("grounding",))
                problems.append(Problem(source.name, line, f"grounding[{index + 1}]", expected))


def _check_long_versions(contents: Sequence[FolderContent], problems: list[Problem]) -> None:
    """A long version points at a short script of the same kind, one long version each, and
    guides for 3 to 5 minutes as the player paces it (the sum of its steps' seconds)."""
    scripts = {k: v for content in contents for k, v in content.grounding.items()}
    taken: dict[str, str] = {}
    for content in contents:
        for source, script in content.long_versions:
            finder = LineFinder(source.text)

            def report(field: str, expected: str, source=source, finder=finder) -> None:
                problems.append(Problem(source.name, finder.line_of((field,)), field, expected))

            short = scripts.get(script.long_version_of)
            if short is None or short.long_version_of or short.id == script.id:
                shorts = sorted(k for k, v in scripts.items() if not v.long_version_of)
                hint = suggestion(script.long_version_of, shorts)
                report("long_version_of", t("content.expected.short_script") + hint)
            elif short.kind != script.kind:
                report("kind", t("content.expected.same_kind", kind=short.kind))
            elif short.id in taken:
                report("long_version_of", t("content.expected.one_long", other=taken[short.id]))
            else:
                taken[short.id] = source.name
            low, high = LONG_SECONDS
            if not low <= script.total_seconds <= high:
                expected = t(
                    "content.expected.long_seconds",
                    low=low,
                    high=high,
                    seconds=script.total_seconds,
                )
                report("steps", expected)


def _check_builtin_complete(content: FolderContent, folder: Path, problems: list[Problem]) -> None:
    numbers = sorted(topic.number for topic in content.topics.values())
    if numbers != list(range(1, BUILTIN_TOPIC_COUNT + 1)):
        expected = t("content.expected.all_topics", count=BUILTIN_TOPIC_COUNT, found=len(numbers))
        problems.append(Problem(str(folder / "topics"), None, "", expected))


def _library(extra_dirs: Sequence[Path], problems: list[Problem]) -> ContentLibrary | None:
    folder = builtin_content_dir()
    owners: dict[str, SourceFile] = {}
    builtin = load_folder(folder, problems, owners, builtin=True)
    if not problems:
        _check_builtin_complete(builtin, folder, problems)
    resources_raw = load_single(folder / "resources.toml", RESOURCES, problems)
    about_raw = load_single(folder / "about.toml", ABOUT, problems)
    relatives_raw = load_single(folder / "paarorende.toml", RELATIVES, problems)
    load_single(folder / "substances.toml", SUBSTANCES, problems)
    contents = [builtin]
    for extra in extra_dirs:
        if not extra.is_dir():
            problems.append(Problem(str(extra), None, "", t("content.expected.folder")))
            continue
        if not any((extra / kind).is_dir() for kind in FOLDERS):
            problems.append(Problem(str(extra), None, "", t("content.expected.subfolders")))
            continue
        contents.append(load_folder(extra, problems, owners, builtin=False))
    _check_references(contents, problems)
    _check_long_versions(contents, problems)
    if problems or resources_raw is None or about_raw is None or relatives_raw is None:
        return None
    resources = build_resources(resources_raw)
    topics = {k: v for c in contents for k, v in c.topics.items()}
    grounding = {k: v for c in contents for k, v in c.grounding.items()}
    relatives = build.relatives(relatives_raw)
    resolver = references.Resolver(grounding, resources)
    problems.extend(
        references.check(
            resolver,
            [(x.source, references.topic_texts(x)) for x in topics.values()]
            + [(x.source, references.script_texts(x)) for x in grounding.values()]
            + [(str(folder / "paarorende.toml"), references.page_texts(relatives))],
        )
    )
    if problems:
        return None
    return ContentLibrary(
        topics={k: references.resolved_topic(v, resolver) for k, v in topics.items()},
        grounding={k: references.resolved_script(v, resolver) for k, v in grounding.items()},
        questionnaires={k: v for c in contents for k, v in c.questionnaires.items()},
        resources=resources,
        about=build.about(about_raw),
        relatives=references.resolved_page(relatives, resolver),
        folders=(str(folder), *map(str, extra_dirs)),
    )


def load_library(extra_dirs: Sequence[Path] = ()) -> ContentLibrary:
    """The built-in content plus extra folders; ContentError lists every problem found."""
    problems: list[Problem] = []
    library = _library([Path(d) for d in extra_dirs], problems)
    if library is None:
        raise ContentError(problems)
    return library


def check_folder(folder: Path | None = None) -> list[Problem]:
    """Problems in the built-in content, or in one extra folder checked beside it,
    including the language rules (no diagnosing, judging or promising words)."""

    problems: list[Problem] = []
    library = _library([] if folder is None else [folder], problems)
    if library is not None:
        problems.extend(lint_library(library))
    return problems
