"""Homework files: template → check → import → progress; every kind of bad file; no duplicates."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli

GOOD = """\
terapeut = "Anne Berg"
melding = "Gjør det du rekker. Det er nok."
start = 2026-03-02
frist = 2026-03-15
emner = ["trygghet", "jording"]
forpliktelser = ["Ring en venn før fredag."]
innsjekk_per_uke = 3

[[jording]]
id = "kaldt-vann"
ganger_per_uke = 2

[[skjema]]
id = "soc13"
naar = "start"
"""


def write(tmp_path, text: str, name: str = "lekse.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def lekse(monkeypatch, capsys, vault, *args):
    stdin = PASSPHRASE + "\n" if args[0] == "importer" else ""
    extra = ["--passphrase-stdin"] if args[0] == "importer" else []
    return run_cli(monkeypatch, capsys, "--vault", vault, "lekse", *args, *extra, stdin=stdin)


def test_template_checks_imports_once_and_shows_progress(tmp_path, monkeypatch, capsys):
    from tryggsti.domain.homework_progress import homework_progress
    from tryggsti.services.session import VaultSession

    vault = tmp_path / "t.vault"
    init_vault(monkeypatch, capsys, vault)
    template = tmp_path / "mal.toml"
    result = lekse(monkeypatch, capsys, vault, "mal", "--ut", template)
    assert result.code == 0, result.err
    text = template.read_text(encoding="utf-8")
    assert "#   trygghet" in text and "#   kaldt-vann" in text  # the ids, as comments
    assert lekse(monkeypatch, capsys, vault, "sjekk", template).code == 0
    result = lekse(monkeypatch, capsys, vault, "importer", template)
    assert result.code == 0 and "lagt inn" in result.out
    result = lekse(monkeypatch, capsys, vault, "importer", template)
    assert result.code == 0 and "allerede" in result.out
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        assert len(session.data.homework) == 1
        homework = session.data.homework[0]
        made = [c for c in session.data.commitments if c.homework_id == homework.id]
        assert [c.text for c in made] == homework.commitments
        progress = homework_progress(homework, session.data, homework.start)
        assert progress.fraction == 0.0
        assert {item.kind for item in progress.items} >= {"topic", "grounding", "commitment"}


def test_progress_follows_what_the_person_did():
    from tryggsti.content.loader import load_library
    from tryggsti.domain.homework_progress import homework_progress
    from tryggsti.domain.records import (
        CheckIn,
        CommitmentStatus,
        GroundingSession,
        Profile,
        QuestionnaireResult,
        TopicProgress,
        VaultData,
    )
    from tryggsti.services.homework import check_text

    tz = datetime(2026, 3, 2).astimezone().tzinfo
    at = datetime(2026, 3, 4, 12, tzinfo=tz)
    check = check_text(GOOD, "lekse.toml", load_library(), now=at, new_id="h1")
    homework = check.homework
    data = VaultData(profile=Profile(created_at=at), homework=[homework])
    from tryggsti.domain.records import Commitment

    data.commitments.append(
        Commitment(
            id="c",
            text="Ring en venn før fredag.",
            created_at=at,
            homework_id="h1",
            status=CommitmentStatus.PARTLY,
        )
    )
    data.topics["trygghet"] = TopicProgress("trygghet", opened_at=at, completed_at=at)
    for day in range(3):
        data.grounding_sessions.append(
            GroundingSession(f"g{day}", "kaldt-vann", at + timedelta(days=day), 60)
        )
    data.grounding_sessions.append(  # before the homework started: not counted
        GroundingSession("old", "kaldt-vann", at - timedelta(days=10), 60)
    )
    data.questionnaire_results.append(QuestionnaireResult("q", "soc13", "1", at, [4] * 13))
    for day in range(4):
        data.checkins.append(CheckIn(f"k{day}", at + timedelta(days=day), 5, 5))
    progress = homework_progress(homework, data, date(2026, 3, 10))
    by_kind = {(item.kind, item.ref): item for item in progress.items}
    assert by_kind[("topic", "trygghet")].fraction == 1.0
    assert by_kind[("topic", "jording")].fraction == 0.0
    assert (
        by_kind[("grounding", "kaldt-vann")].done,
        by_kind[("grounding", "kaldt-vann")].target,
    ) == (3, 4)  # twice a week over the 14 days from 2 to 15 March
    assert by_kind[("questionnaire", "soc13")].fraction == 1.0
    assert by_kind[("commitment", "Ring en venn før fredag.")].fraction == 0.5
    assert (by_kind[("checkins", "")].done, by_kind[("checkins", "")].target) == (4, 6)
    assert progress.days_left == 5


BAD_FILES = {
    "typo_in_key": (GOOD.replace("emner =", "emnr ="), 5, "mente du «emner»"),
    "unknown_topic": (GOOD.replace('"jording"]', '"jordin"]'), 5, "mente du «jording»"),
    "unknown_grounding": (GOOD.replace('"kaldt-vann"', '"kalt-vann"'), 10, "mente du «kaldt-vann»"),
    "norwegian_date": (GOOD.replace("2026-03-15", '"15.03.2026"'), 4, "ÅÅÅÅ-MM-DD"),
    "due_before_start": (
        GOOD.replace("2026-03-15", "2026-03-01"),
        4,
        "frist: 1.3. er før start 2.3.",
    ),
    "missing_due": (GOOD.replace("frist = 2026-03-15\n", ""), None, "mangler"),
    "too_many_times": (GOOD.replace("ganger_per_uke = 2", "ganger_per_uke = 99"), 11, "1 til 21"),
    "key_below_table": (GOOD + 'melding = "mer"\n', 16, "øverst i filen"),
    "broken_toml": (GOOD.replace('"Anne Berg"', '"Anne Berg'), 1, "TOML"),
    "unknown_questionnaire": (
        GOOD.replace('id = "soc13"', 'id = "soc-13"'),
        14,
        "mente du «soc13»",
    ),
    "commitments_not_a_list": (GOOD.replace('["Ring en venn før fredag."]', '"Ring"'), 6, "liste"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_names_line_and_suggestion_and_imports_nothing(
    case, tmp_path, monkeypatch, capsys
):
    from tryggsti.services.session import VaultSession

    text, line, words = BAD_FILES[case]
    vault = tmp_path / "t.vault"
    init_vault(monkeypatch, capsys, vault)
    path = write(tmp_path, text)
    for action in ("sjekk", "importer"):
        result = lekse(monkeypatch, capsys, vault, action, path)
        assert result.code == 1, (case, result)
        assert words in result.err, (case, result.err)
        if line is not None:
            assert f"{path}:{line}" in result.err, (case, result.err)
        assert "Ingenting er lagt inn" in result.err
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        assert session.data.homework == [] and session.data.commitments == []


def test_every_problem_is_listed_at_once(tmp_path, monkeypatch, capsys):
    text = (
        GOOD.replace("emner =", "emnr =")
        .replace("2026-03-15", '"15.3"')
        .replace('"kaldt-vann"', '"kalt-vann"')
    )
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "sjekk", write(tmp_path, text))
    assert "Fant 3 feil" in result.err


def test_missing_and_unreadable_files_are_explained(tmp_path, monkeypatch, capsys):
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "sjekk", tmp_path / "borte.toml")
    assert result.code == 1 and "Fant ikke filen" in result.err
    binary = tmp_path / "bilde.toml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "sjekk", binary)
    assert result.code == 1


def test_template_never_overwrites(tmp_path, monkeypatch, capsys):
    existing = write(tmp_path, "mitt eget", "mal.toml")
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "mal", "--ut", existing)
    assert result.code == 1 and existing.read_text(encoding="utf-8") == "mitt eget"


def test_the_documented_example_is_a_valid_homework(tmp_path, monkeypatch, capsys):
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "lekse.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "sjekk", write(tmp_path, example))
    assert result.code == 0, result.err


def test_a_weekly_pace_asks_for_what_the_days_allow():
    """«5 check-ins a week» over two weeks asks for 10, not 15 (issue 14.21)."""
    from tryggsti.domain.homework_progress import target_for
    from tryggsti.domain.records import Homework

    def homework(days: int) -> Homework:
        start = date(2026, 11, 2)
        return Homework(
            id="h",
            imported_at=datetime(2026, 11, 2).astimezone(),
            fingerprint="f",
            start=start,
            due=start + timedelta(days=days - 1),
        )

    assert target_for(5, homework(14)) == 10
    assert target_for(5, homework(15)) == 10
    assert target_for(5, homework(7)) == 5
    assert target_for(7, homework(3)) == 3
    assert target_for(1, homework(2)) == 1  # never zero
    assert target_for(14, homework(3)) == 3  # never more than one a day


def test_the_app_name_hjemmeoppgave_works_as_the_command_too(tmp_path, monkeypatch, capsys):
    path = write(tmp_path, GOOD)
    result = run_cli(monkeypatch, capsys, "hjemmeoppgave", "sjekk", path)
    assert result.code == 0, result.err
    assert "Hjemmeoppgaven er i orden" in result.out


def test_the_report_section_has_the_new_name_and_the_old_one_still_works():
    from tryggsti.domain.report import parse_sections

    assert "hjemmeoppgaver" in parse_sections("hjemmeoppgaver")
    assert parse_sections("lekser,oas") == parse_sections("oas,hjemmeoppgaver")


SAYS_WHAT_IS_WRONG = {
    "due_before_start": (
        GOOD.replace("2026-03-02", "2026-12-03").replace("2026-03-15", "2026-11-20"),
        "frist: 20.11. er før start 3.12.",
    ),
    "due_before_start_other_year": (
        GOOD.replace("2026-03-15", "2025-12-24"),
        "frist: 24.12.2025 er før start 2.3.2026",
    ),
    "due_too_far": (GOOD.replace("2026-03-15", "2027-06-01"), "456 dager etter start"),
    "number": (GOOD.replace("ganger_per_uke = 2", "ganger_per_uke = 99"), "fant 99; skriv"),
    "number_as_text": (GOOD.replace("ganger_per_uke = 2", 'ganger_per_uke = "to"'), 'fant "to"'),
    "text_not_text": (GOOD.replace('"Anne Berg"', "42"), "terapeut: fant et tall"),
    "list_not_list": (
        GOOD.replace('emner = ["trygghet", "jording"]', 'emner = "trygghet"'),
        "emner: fant en tekst",
    ),
    "empty_commitment": (
        GOOD.replace('["Ring en venn før fredag."]', '["Gå tur", " "]'),
        "forpliktelser[2]: forpliktelsen er tom",
    ),
}


@pytest.mark.parametrize("case", sorted(SAYS_WHAT_IS_WRONG))
def test_a_problem_says_what_is_wrong_not_only_what_was_expected(
    case, tmp_path, monkeypatch, capsys
):
    text, words = SAYS_WHAT_IS_WRONG[case]
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "sjekk", write(tmp_path, text))
    assert result.code == 1
    assert words in result.err, result.err


def test_a_toml_syntax_error_shows_its_line(tmp_path, monkeypatch, capsys):
    text = GOOD.replace('forpliktelser = ["Ring en venn før fredag."]', 'forpliktelser = ["Ring"')
    path = write(tmp_path, text)
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "sjekk", path)
    assert result.code == 1
    [problem] = [line for line in result.err.splitlines() if str(path) in line]
    number = int(problem.split(":")[1])
    assert f"linje {number} er ikke gyldig TOML" in problem
    assert text.splitlines()[number - 1].strip() in problem  # the line as written


def test_the_ok_summary_lists_every_part_it_read(tmp_path, monkeypatch, capsys):
    result = lekse(monkeypatch, capsys, tmp_path / "t.vault", "sjekk", write(tmp_path, GOOD))
    assert result.code == 0, result.err
    out = result.out
    assert "Hjemmeoppgaven er i orden" in out
    for words in (
        "Fra: Anne Berg",
        "Emner (2): Trygghet først",
        "Jording (1):",
        "2 ganger i uka",
        "Forpliktelser (1): «Ring en venn før fredag.»",
        "Skjema (1): Opplevelse av sammenheng (OAS-13): start",
        "Innsjekk: 3 dager i uka",
        "Melding: «Gjør det du rekker. Det er nok.»",
    ):
        assert words in out, (words, out)
