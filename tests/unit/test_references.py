"""Names as references: topics point at plan sections, exercises, lines and screens by id."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tryggsti.commands.innhold import run_check
from tryggsti.content.loader import check_folder, load_library, load_resources
from tryggsti.content.references import REFERENCE, Resolver
from tryggsti.paths import builtin_content_dir
from tryggsti.services.safety_plan import SECTIONS
from tryggsti.strings import t

CORPUS = Path(__file__).resolve().parents[1] / "content_corpus"


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_library().grounding, load_resources())


def test_each_kind_of_reference_becomes_todays_name(resolver):
    assert resolver.resolve("{plan:professionals}") == t("plan.professionals")
    assert resolver.resolve("{ovelse:kaldt-vann}") == load_library().grounding["kaldt-vann"].title
    assert resolver.resolve("{linje:116123}") == "Mental Helse Hjelpetelefonen (116\u00a0123)"
    assert resolver.resolve("{nummer:116117}") == "116\u00a0117"
    assert resolver.resolve("{skjerm:hjelp-naa}") == t("nav.help_now")
    assert resolver.resolve("{linje:krisesenter}") == "Krisesenter"


def test_plan_references_follow_the_plans_own_sections(resolver):
    for section in SECTIONS:
        assert resolver.resolve(f"{{plan:{section}}}") == t(f"plan.{section}")


def test_a_reference_that_points_nowhere_is_reported_with_a_suggestion(resolver):
    [(written, expected)] = list(resolver.broken("Se «{plan:profesjonelle}»."))
    assert written == "{plan:profesjonelle}" and "professionals" in expected
    [(written, expected)] = list(resolver.broken("{side:hjem}"))
    assert "plan" in expected and "linje" in expected
    assert list(resolver.broken("{nummer:krisesenter}"))  # no number to show


def test_no_built_in_text_is_left_with_a_raw_reference():
    library = load_library()
    for topic in library.topics.values():
        texts = [topic.summary, *(s.body for s in topic.sections), *topic.key_points]
        texts += [q.text for q in topic.questions] + list(topic.commitments)
        assert not any(REFERENCE.search(text) for text in texts), topic.id
    for script in library.grounding.values():
        texts = [script.intro, script.closing, *(s.text for s in script.steps)]
        assert not any(REFERENCE.search(text) for text in texts), script.id


def test_topics_no_longer_spell_out_plan_titles_that_do_not_exist():
    raw = "\n".join(p.read_text("utf-8") for p in (builtin_content_dir() / "topics").glob("*.toml"))
    for stale in ("Profesjonelle og krisetelefoner", "Folk og steder som gir avbrekk"):
        assert stale not in raw
    quoted = set(re.findall(r"under «([^»{}]+)»", raw))
    assert not quoted, quoted  # every «section» a topic names is a {plan:...} reference


def test_topic_22_puts_safe_pleasures_in_what_i_can_do_myself():
    body = " ".join(s.body for s in load_library().topics["omsorg-for-deg-selv"].sections)
    assert f"«{t('plan.inner_coping')}»" in body


def test_the_content_check_fails_with_file_and_line_on_a_broken_reference(capsys):
    problems = check_folder(CORPUS / "broken_reference")
    [problem] = problems
    assert problem.file.endswith("101-brutt.toml") and problem.line == 21
    assert problem.field == "sections[1].body" and "{plan:profesjonelle}" in problem.expected

    class Args:
        folder = str(CORPUS / "broken_reference")

    assert run_check(Args()) == 1
    assert "101-brutt.toml:21" in capsys.readouterr().err


def test_a_clinicians_folder_with_good_references_loads_with_real_names(tmp_path):
    import shutil

    folder = tmp_path / "pakke"
    shutil.copytree(CORPUS / "broken_reference", folder)
    path = folder / "topics" / "101-brutt.toml"
    path.write_text(
        path.read_text("utf-8").replace("{plan:profesjonelle}", "{plan:professionals}"), "utf-8"
    )
    assert check_folder(folder) == []
    body = load_library([folder]).topics["brutt"].sections[0].body
    assert f"«{t('plan.professionals')}»" in body


def test_the_topic_reader_shows_the_plans_real_section_name():
    from tryggsti.ui.screens.topic_reader_screen import topic_markdown

    text = topic_markdown(load_library().topics["hjelp-der-du-bor"])
    assert f"«{t('plan.professionals')}»" in text and "{" not in text
