"""The content loader: the built-in content is complete, and every kind of defect is explained."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tryggsti.content.loader import ContentError, check_folder, load_library
from tryggsti.paths import builtin_content_dir

CORPUS = Path(__file__).resolve().parents[1] / "content_corpus"
TOPIC = "topics/100-soevn.toml"
SCRIPT = "grounding/kveldsrunde.toml"


def test_all_built_in_content_loads():
    library = load_library()
    assert [t.number for t in library.topics_in_order()] == list(range(1, 26))
    assert len(library.grounding) >= 12
    assert {kind for kind, scripts in library.grounding_by_kind().items() if scripts} == {
        "mental",
        "fysisk",
        "beroligende",
    }
    assert "soc13" in library.questionnaires
    assert library.resources.crisis_lines
    assert library.about.sections


def test_built_in_topics_have_every_part_the_guide_asks_for():
    for topic in load_library().topics_in_order():
        assert 400 <= topic.word_count <= 900, topic.id
        assert 3 <= len(topic.questions) <= 6, topic.id
        assert 3 <= len(topic.commitments) <= 5, topic.id
        assert topic.grounding, topic.id


def test_a_therapists_folder_loads_beside_the_built_in_content():
    library = load_library([CORPUS / "valid"])
    assert library.topics["soevn"].number == 100
    assert library.grounding["kveldsrunde"].kind == "fysisk"
    assert library.topics_in_order()[-1].id == "soevn"


# (name, file, text to replace, replacement, field, words in the message, line)
DEFECTS = [
    (
        "missing field",
        TOPIC,
        'summary = "Et eget emne fra terapeuten om rolige kvelder."\n',
        "",
        "summary",
        "mangler",
        None,
    ),
    ("wrong type", TOPIC, "number = 100", 'number = "hundre"', "number", "heltall", 2),
    ("unknown key with a typo", TOPIC, "summary =", "sumary =", "sumary", "«summary»", 5),
    ("bad choice", TOPIC, 'area = "atferd"', 'area = "adferd"', "area", "«atferd»", 4),
    (
        "bad reference",
        TOPIC,
        '"kveldsrunde", ',
        '"kveldsrunda", ',
        "grounding[1]",
        "«kveldsrunde»",
        16,
    ),
    (
        "duplicate question id",
        TOPIC,
        'id = "q2"',
        'id = "q1"',
        "questions[2].id",
        "to ganger",
        None,
    ),
    (
        "too few steps",
        SCRIPT,
        '[[steps]]\ntext = "Gå fem rolige skritt."\nseconds = 15\n',
        "",
        "steps",
        "4–16",
        None,
    ),
    (
        "pace out of range",
        SCRIPT,
        "seconds = 20",
        "seconds = 500",
        "steps[3].seconds",
        "5 til 120",
        None,
    ),
    (
        "id that differs from the file name",
        SCRIPT,
        'id = "kveldsrunde"',
        'id = "kveld"',
        "id",
        "«kveldsrunde»",
        1,
    ),
    (
        "link in a text",
        TOPIC,
        "Det er lov å prøve igjen i morgen.",
        "Les [mer](https://example.com).",
        "sections[3].body",
        "lenker",
        None,
    ),
    ("empty text", TOPIC, 'title = "Søvn og kvelder"', 'title = "  "', "title", "tom", 3),
]


def _broken_copy(tmp_path, file, old, new) -> Path:
    folder = tmp_path / "mappe"
    shutil.copytree(CORPUS / "valid", folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("file", "old", "new", "field", "words", "line"),
    [case[1:] for case in DEFECTS],
    ids=[case[0] for case in DEFECTS],
)
def test_each_defect_names_file_line_field_and_what_was_expected(
    tmp_path, file, old, new, field, words, line
):
    folder = _broken_copy(tmp_path, file, old, new)
    problems = check_folder(folder)
    matching = [p for p in problems if p.field == field]
    assert matching, [p.describe() for p in problems]
    problem = matching[0]
    assert problem.file.endswith(file)
    assert words in problem.expected, problem.expected
    if line is not None:
        assert problem.line == line
    assert str(folder) in problem.describe()


def test_broken_toml_gives_the_line(tmp_path):
    folder = _broken_copy(tmp_path, TOPIC, 'title = "Søvn og kvelder"', 'title = "Søvn og kvelder')
    [problem] = check_folder(folder)
    assert problem.line == 3
    assert "TOML" in problem.expected


def test_all_problems_are_reported_at_once(tmp_path):
    folder = _broken_copy(tmp_path, TOPIC, "number = 100", 'number = "x"')
    script = folder / SCRIPT
    script.write_text(script.read_text(encoding="utf-8").replace('kind = "fysisk"', ""), "utf-8")
    fields = {(Path(p.file).name, p.field) for p in check_folder(folder)}
    assert {("100-soevn.toml", "number"), ("kveldsrunde.toml", "kind")} <= fields


def test_an_id_clash_with_the_built_in_content_names_both_files(tmp_path):
    folder = tmp_path / "mappe"
    (folder / "grounding").mkdir(parents=True)
    shutil.copy(builtin_content_dir() / "grounding" / "kaldt-vann.toml", folder / "grounding")
    [problem] = check_folder(folder)
    assert problem.file == str(folder / "grounding" / "kaldt-vann.toml")
    assert str(builtin_content_dir() / "grounding" / "kaldt-vann.toml") in problem.expected


def test_a_questionnaire_whose_subscales_do_not_cover_the_items_is_refused(tmp_path):
    folder = tmp_path / "mappe"
    (folder / "questionnaires").mkdir(parents=True)
    text = (builtin_content_dir() / "questionnaires" / "soc13.toml").read_text(encoding="utf-8")
    text = text.replace('id = "soc13"', 'id = "kopi"', 1)
    text = text.replace('subscale = "meningsfullhet"', 'subscale = "meningsfullhed"', 1)
    (folder / "questionnaires" / "kopi.toml").write_text(text, encoding="utf-8")
    expected = {p.field: p.expected for p in check_folder(folder)}
    assert any("«meningsfullhet»" in e for f, e in expected.items() if f.endswith("subscale"))
    assert any("min =" in e for f, e in expected.items() if f.startswith("subscales"))


def test_a_folder_that_does_not_exist_is_a_problem_not_a_crash(tmp_path):
    [problem] = check_folder(tmp_path / "finnes-ikke")
    assert "finnes" in problem.expected


def test_load_library_raises_with_every_problem(tmp_path):
    folder = _broken_copy(tmp_path, TOPIC, "number = 100", "number = 0")
    with pytest.raises(ContentError) as caught:
        load_library([folder])
    assert "number" in caught.value.report()


def test_non_toml_files_in_a_content_folder_are_never_run(tmp_path):
    folder = _broken_copy(tmp_path, TOPIC, "number = 100", "number = 101")
    trap = folder / "topics" / "boom.py"
    trap.write_text("raise SystemExit('executed')\n", encoding="utf-8")
    assert check_folder(folder) == []


def test_help_lines_load_on_their_own_like_in_the_library():
    from tryggsti.content.loader import load_library, load_resources

    assert load_resources() == load_library().resources
