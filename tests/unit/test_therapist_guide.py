"""docs/for-behandlere.md: its example homework files load with the real loader, the guide
shows them byte for byte, what it says about them holds, and its Norwegian is spelled right."""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "for-behandlere.md"
EXAMPLES = ROOT / "docs" / "eksempler"
EXAMPLE_NAMES = ("jording-en-uke.toml", "emne-og-forpliktelse.toml")
# Words hunspell's nb_NO lacks that only the documents need (the project list in
# tests/spelling/ord.txt must hold only words the content needs).
DOC_ONLY_WORDS = {"Mac", "macOS"}


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.toml"))


def check(path: Path):
    from tryggsti.content.loader import load_library
    from tryggsti.services.homework import check_text

    text = path.read_text(encoding="utf-8")
    return check_text(text, str(path), load_library(), now=datetime(2026, 11, 25).astimezone())


def test_the_two_examples_are_the_files_in_docs_eksempler():
    assert sorted(p.name for p in example_files()) == sorted(EXAMPLE_NAMES)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_each_example_is_a_valid_homework_for_the_real_loader(name):
    result = check(EXAMPLES / name)
    assert result.problems == []
    assert result.homework is not None


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_each_example_passes_lekse_sjekk(name, tmp_path, monkeypatch, capsys):
    result = run_cli(
        monkeypatch, capsys, "--vault", tmp_path / "t.vault", "lekse", "sjekk", EXAMPLES / name
    )
    assert result.code == 0, result.err


def test_the_guide_shows_each_example_byte_for_byte_below_its_link():
    """Every ```toml block in the guide is the file linked just before it, so they can't drift."""
    guide = GUIDE.read_text(encoding="utf-8")
    shown = []
    for block in re.finditer(r"```toml\n(.*?)```", guide, flags=re.DOTALL):
        links = re.findall(r"\]\(eksempler/([^)]+\.toml)\)", guide[: block.start()])
        assert links, "each example block must follow a link to its file"
        name = links[-1]
        assert block.group(1).encode("utf-8") == (EXAMPLES / name).read_bytes(), name
        shown.append(name)
    assert sorted(shown) == sorted(EXAMPLE_NAMES)


def test_what_the_guide_says_about_the_examples_holds(tmp_path, monkeypatch, capsys):
    """Three a week over seven days asks for three; the commitment lands with the file's due
    date among the person's own commitments; importing the same file twice adds one."""
    from tryggsti.domain.homework_progress import homework_progress, target_for
    from tryggsti.services.session import VaultSession

    week = check(EXAMPLES / "jording-en-uke.toml").homework
    assert (week.due - week.start).days + 1 == 7
    assert [target_for(g.per_week, week) for g in week.grounding] == [3, 3, 1]
    assert {g.script_id for g in week.grounding} == {"kaldt-vann", "beskriv-rommet", "snille-ord"}

    vault = tmp_path / "t.vault"
    init_vault(monkeypatch, capsys, vault)
    topic_file = EXAMPLES / "emne-og-forpliktelse.toml"
    for _ in range(2):
        args = ("--vault", vault, "lekse", "importer", topic_file, "--passphrase-stdin")
        result = run_cli(monkeypatch, capsys, *args, stdin=PASSPHRASE + "\n")
        assert result.code == 0, result.err
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        assert len(session.data.homework) == 1
        homework = session.data.homework[0]
        assert homework.topics == ["triggere"]
        (commitment,) = session.data.commitments
        assert commitment.due == date(2026, 12, 13) == homework.due
        assert commitment.homework_id == homework.id
        progress = homework_progress(homework, session.data, date(2026, 12, 1))
        assert [item.kind for item in progress.items] == ["topic", "commitment"]


def test_the_guide_keeps_to_the_length_it_was_written_for():
    prose = re.sub(r"```.*?```", " ", GUIDE.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert 800 <= len(prose.split()) <= 1700  # with the one-page summary of issue 32.8


def test_the_guide_names_the_real_commands_and_report_sections():
    from tryggsti.domain.report import DEFAULT_SECTIONS, SECTIONS

    guide = GUIDE.read_text(encoding="utf-8")
    for command in ("tryggsti lekse mal --ut", "tryggsti lekse sjekk", "tryggsti lekse importer"):
        assert command in guide
    assert "tryggsti eksport --format html --ut rapport.html" in guide
    # The sections a person must tick themselves are exactly the ones off by default.
    assert set(SECTIONS) - set(DEFAULT_SECTIONS) == {
        "tanker",
        "trygghetsplan",
        "refleksjoner",
        "etter-rus",
        "notater",
    }


def markdown_prose(text: str) -> str:
    text = re.sub(r"```.*?```", " ", text, flags=re.DOTALL)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"`[^`]*`", " ", text)
    return re.sub(r"\]\([^)]*\)", "] ", text)


def example_prose(path: Path) -> str:
    from tests.unit.test_spelling import _strings

    raw = path.read_text(encoding="utf-8")
    comments = [line.lstrip("# ") for line in raw.splitlines() if line.startswith("#")]
    return "\n".join([*_strings(tomllib.loads(raw)), *comments])


def test_the_guide_and_its_examples_are_spelled_correctly():
    from tests.unit.test_spelling import _hunspell_or_skip, unknown_words

    _hunspell_or_skip()
    text = markdown_prose(GUIDE.read_text(encoding="utf-8"))
    text += "\n" + "\n".join(example_prose(path) for path in example_files())
    assert unknown_words(text) - DOC_ONLY_WORDS == set()


def _summary() -> str:
    guide = GUIDE.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", guide, flags=re.MULTILINE)
    assert headings[0] == "Kort fortalt", "the summary comes first"
    return " ".join(guide.split("## Kort fortalt", 1)[1].split("\n## ", 1)[0].split())


def test_the_guide_opens_with_a_summary_a_busy_doctor_reads_in_five_minutes():
    """Issue 32.8: one page, about 250 words a minute read slowly."""
    summary = _summary()
    assert 150 <= len(summary.split()) <= 450
    for words in (
        "Ikke behandling",
        "akutt selvmordsfare uten oppfølging",
        "psykose",
        "alvorlig kognitiv svikt",
        "PC",
        "voldelig partner",
        "innsjekken",
        "rapporten",
        "Ros ærligheten",
        "aldri rapporten til å straffe",
        "OAS-13 er ikke et klinisk mål",
    ):
        assert words in summary, words


def test_the_guide_says_nobody_is_told_and_who_the_app_is_for():
    """Issue 26.5: what the report holds, that nobody reads the vault, and adults only."""
    guide = " ".join(GUIDE.read_text(encoding="utf-8").split())
    summary = _summary()
    assert "sier ikke fra til noen" in summary and "Ingen leser" in summary
    assert "laget for voksne" in summary and "under 18" in summary
    assert "«Svar om tanker om selvmord er med»" in guide
    assert "ikke er med i denne rapporten" in guide
    assert "tilbakefall" not in guide.lower()
