"""Files from outside (homework, content) and odd input never crash or drive the terminal."""

from __future__ import annotations

import io
import os
import sys
import threading
from datetime import UTC
from pathlib import Path

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli

GOOD = 'start = 2026-03-01\nfrist = 2026-03-14\nemner = ["trygghet"]\n'
ESCAPES = "\\u001b]0;owned\\u0007\\u001b[2J"  # as written in TOML: set title, clear screen


def _write(tmp_path, text: str, name: str = "lekse.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _no_crash_report(home: Path) -> None:
    assert not list((home / "cache").rglob("krasj-*")), "a crash report was written"


def _terminal_safe(result) -> None:
    for stream in (result.out, result.err):
        assert "\x1b" not in stream and "\x07" not in stream and "\x9b" not in stream


# ---- B: control characters ---------------------------------------------------------------


def test_a_homework_key_cannot_set_the_title_or_clear_the_screen(tmp_path, monkeypatch, capsys):
    path = _write(tmp_path, GOOD + f'"{ESCAPES}" = 1\n')
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    _terminal_safe(result)
    assert "\\x1b]0;owned\\x07\\x1b[2J" in result.err  # shown, escaped, so the therapist sees it


def test_a_homework_value_cannot_drive_the_terminal(tmp_path, monkeypatch, capsys):
    path = _write(tmp_path, GOOD.replace('"trygghet"', f'"{ESCAPES}"'))
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    _terminal_safe(result)


def test_a_file_name_with_escapes_is_shown_escaped(tmp_path, monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", tmp_path / "x\x1b[2J.toml")
    assert result.code == 1
    _terminal_safe(result)


def test_homework_text_is_cleaned_when_it_is_read(tmp_path, monkeypatch, capsys):
    text = GOOD + (
        'terapeut = "Anne\\u001b[31m"\nmelding = "Les\\r dette\\u0085\\u0000"\n'
        'forpliktelser = ["Ring\\u001b[2J Kari"]\n'
        '[[skjema]]\nid = "soc13"\nnaar = "start\\u0007"\n'
    )
    from datetime import datetime

    from tryggsti.content.loader import load_library
    from tryggsti.services.homework import check_text

    result = check_text(text, "lekse.toml", load_library(), now=datetime.now(UTC))
    homework = result.homework
    assert result.problems == []
    assert homework.therapist == "Anne[31m"
    assert homework.note == "Les\n dette"
    assert homework.commitments == ["Ring[2J Kari"]
    assert homework.questionnaires[0].when == "start"


def test_content_text_is_cleaned_when_it_is_read(tmp_path):
    from tryggsti.content.loader import load_library

    folder = tmp_path / "mappe" / "grounding"
    folder.mkdir(parents=True)
    builtin = Path(__file__).resolve().parents[2] / "content" / "nb" / "grounding"
    # A plain script (not a long version or a night script, which are linked to others).
    source = (builtin / "kaldt-vann.toml").read_text(encoding="utf-8")
    source = source.replace('id = "kaldt-vann"', 'id = "min"', 1)
    source = source.replace('title = "', 'title = "\\u001b]0;owned\\u0007', 1)
    (folder / "min.toml").write_text(source, encoding="utf-8")
    library = load_library([tmp_path / "mappe"])
    assert "\x1b" not in library.grounding["min"].title
    assert library.grounding["min"].title.startswith("]0;owned")


def test_text_typed_in_the_app_or_the_cli_is_cleaned_on_input(tmp_path):
    from tryggsti.services import checkins, commitments, safety_plan, topics
    from tryggsti.services.session import VaultSession

    session, _ = VaultSession.create(tmp_path / "v.vault", PASSPHRASE, log_n=4)
    entry = checkins.check_in(session, mood=5, distress=2, note="a\x1b[2J\r\nb\x07\rc").entry
    assert entry.note == "a[2J\nb\nc"
    made = commitments.add_commitment(session, "Ring\x1b]0;x\x07 Kari\nnå")
    assert made.text == "Ring]0;x Kari nå"
    edited = commitments.edit_commitment(session, made.id, text="Gå\x9b tur", due=None)
    assert edited.text == "Gå tur"
    done = commitments.set_status(session, made.id, commitments.CommitmentStatus.DONE, "godt\x00")
    assert done.reflection == "godt"
    assert session.data.commitments == [done]
    safety_plan.set_section(session, "warning_signs", "lite søvn\x1b[31m\rsint")
    assert session.data.safety_plan.warning_signs == ["lite søvn[31m", "sint"]
    safety_plan.set_section(session, "help_contacts", "Kari\x07 | 900\x1b 00 | søster\x85")
    contact = session.data.safety_plan.help_contacts[0]
    assert (contact.name, contact.phone, contact.note) == ("Kari", "900 00", "søster")
    topics.save_answer(session, "innledning", "q1", "svar\x1b[2J")
    assert session.data.topics["innledning"].answers["q1"].text == "svar[2J"
    session.close()


# ---- C: resource limits --------------------------------------------------------------------


def _run_with_deadline(monkeypatch, capsys, fifo: Path, seconds: float):
    """Run `lekse sjekk` on a FIFO; if it blocks, unblock it and fail instead of hanging."""
    outcome = {}

    def target():
        outcome["result"] = run_cli(monkeypatch, capsys, "lekse", "sjekk", fifo)

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        with open(fifo, "w"):  # gives the blocked reader an end of file
            pass
        worker.join(5)
        pytest.fail("reading a FIFO blocked")
    return outcome["result"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_at_once(tmp_path, monkeypatch, capsys):
    fifo = tmp_path / "lekse.toml"
    os.mkfifo(fifo)
    result = _run_with_deadline(monkeypatch, capsys, fifo, 5)
    assert result.code == 1
    assert "vanlig fil" in result.err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_refused(tmp_path, monkeypatch, capsys):
    link = tmp_path / "lekse.toml"
    link.symlink_to("/dev/zero")
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", link)
    assert result.code == 1
    assert "vanlig fil" in result.err


def test_a_file_over_256_kib_is_refused(tmp_path, monkeypatch, capsys):
    path = _write(tmp_path, GOOD + "# fyll\n" * 40_000)
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    assert "256 kilobyte" in result.err


def test_thousands_of_unknown_keys_are_reported_and_capped(tmp_path, monkeypatch, capsys):
    # Quickly, too: the lines are read once (test_line_finder_reads_the_lines_once); a time
    # limit here failed on a busy machine, and speed is measured in benchmarks/.
    path = _write(tmp_path, GOOD + "".join(f"ukjent{i} = 1\n" for i in range(8000)))
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    assert len(result.err.splitlines()) <= 53
    assert "7950" in result.err  # «og 7950 feil til»


class _LinesReadOnce(list):
    """Lines that may be counted but not scanned again once the finder has indexed them."""

    def __iter__(self):
        raise AssertionError("the lines were scanned again")

    def __getitem__(self, index):
        raise AssertionError("the lines were scanned again")


def test_line_finder_reads_the_lines_once():
    from tryggsti.content.lines import LineFinder

    text = "".join(f"ukjent{i} = 1\n" for i in range(2000)) + "[[jording]]\nid = 1\n"
    finder = LineFinder(text)
    finder.lines = _LinesReadOnce(finder.lines)
    assert finder.line_of(("ukjent1999",)) == 2000
    assert finder.line_of(("jording", 0, "id")) == 2002
    assert finder.line_of(("jording", 0)) == 2001
    assert finder.line_of(("jording", 0, "mangler")) == 2001
    assert finder.line_of(("finnes-ikke",)) is None


def test_a_homework_file_may_add_at_most_50_commitments(tmp_path, monkeypatch, capsys):
    many = ", ".join(f'"Gjør {i}"' for i in range(51))
    path = _write(tmp_path, GOOD + f"forpliktelser = [{many}]\n")
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    assert "50" in result.err


@pytest.mark.parametrize(
    ("start", "due"),
    [("2026-03-01", "9999-12-31"), ("1900-01-01", "1900-01-10"), ("2026-01-01", "2028-01-01")],
)
def test_homework_dates_are_checked(tmp_path, monkeypatch, capsys, start, due):
    path = _write(tmp_path, f"start = {start}\nfrist = {due}\n")
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    assert "frist" in result.err or "start" in result.err


@pytest.mark.parametrize("value", ["5", "[1, 2]", '"' + "x" * 200 + '"'])
def test_a_bad_naar_is_a_problem_not_silence(tmp_path, monkeypatch, capsys, value):
    path = _write(tmp_path, GOOD + f'[[skjema]]\nid = "soc13"\nnaar = {value}\n')
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    assert "naar" in result.err


def test_report_range_is_checked():
    from datetime import date

    from tryggsti.domain.report_range import ReportRangeError, check_report_range

    check_report_range(date(2026, 1, 1), date(2026, 3, 1), allow_long=False)
    check_report_range(None, None, allow_long=False)
    with pytest.raises(ReportRangeError) as reversed_range:
        check_report_range(date(2026, 3, 1), date(2026, 1, 1), allow_long=False)
    assert reversed_range.value.message_key == "report_range.reversed"
    with pytest.raises(ReportRangeError) as long_range:
        check_report_range(date(2016, 1, 1), date(2026, 3, 1), allow_long=False)
    assert long_range.value.message_key == "report_range.too_long"
    check_report_range(date(2016, 1, 1), date(2026, 3, 1), allow_long=True)


# ---- D: a clear message instead of exit 70 -----------------------------------------------


def test_deeply_nested_toml_is_a_clear_problem(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    path = _write(tmp_path, GOOD + "x = " + "[" * 5000 + "]" * 5000 + "\n")
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1, result.err
    assert str(path) in result.err
    _no_crash_report(isolated_user_folders)


def test_a_5000_digit_number_is_a_clear_problem(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    path = _write(tmp_path, GOOD + "innsjekk_per_uke = " + "7" * 5000 + "\n")
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1, result.err
    assert f"{path}:4" in result.err
    _no_crash_report(isolated_user_folders)


def _content_folder(tmp_path, topic_edit) -> Path:
    folder = tmp_path / "mappe" / "topics"
    folder.mkdir(parents=True)
    builtin = Path(__file__).resolve().parents[2] / "content" / "nb" / "topics"
    first = sorted(builtin.glob("*.toml"))[0]
    text = first.read_text(encoding="utf-8")
    text = text.replace(f'id = "{first.stem[3:]}"', 'id = "mitt-emne"', 1)
    text = text.replace("number = 1\n", "number = 101\n", 1)
    (folder / "101-mitt-emne.toml").write_text(topic_edit(text), encoding="utf-8")
    return tmp_path / "mappe"


@pytest.mark.parametrize("bad_id", ["5", "[1]", "{ a = 1 }", "true"])
def test_a_question_id_of_the_wrong_type_is_a_clear_problem(
    tmp_path, monkeypatch, capsys, isolated_user_folders, bad_id
):
    import re

    folder = _content_folder(
        tmp_path,
        lambda text: re.sub(
            r'(\[\[questions\]\]\s*\nid = )"[^"]*"', rf"\g<1>{bad_id}", text, count=1
        ),
    )
    result = run_cli(monkeypatch, capsys, "innhold", "sjekk", folder)
    assert result.code == 1, result.err
    assert "questions[1].id" in result.err
    _no_crash_report(isolated_user_folders)


def test_a_utf8_bom_is_fine(tmp_path, monkeypatch, capsys):
    path = tmp_path / "lekse.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    assert run_cli(monkeypatch, capsys, "lekse", "sjekk", path).code == 0


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "latin-1"])
def test_a_file_in_another_encoding_is_named_with_its_line(tmp_path, monkeypatch, capsys, encoding):
    path = tmp_path / "lekse.toml"
    path.write_bytes((GOOD + 'melding = "Hilsen Åse"\n').encode(encoding))
    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", path)
    assert result.code == 1
    assert "UTF-8" in result.err and str(path) in result.err
    if encoding == "latin-1":
        assert f"{path}:4" in result.err


def test_innhold_applies_to_homework_too(tmp_path, monkeypatch, capsys):
    folder = _content_folder(tmp_path, lambda text: text)
    path = _write(tmp_path, GOOD.replace('"trygghet"', '"mitt-emne"'))
    assert run_cli(monkeypatch, capsys, "lekse", "sjekk", path).code == 1
    result = run_cli(monkeypatch, capsys, "--innhold", folder, "lekse", "sjekk", path)
    assert result.code == 0, result.err


def test_a_passphrase_that_is_not_utf8_is_a_clear_message(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfehemmelig\n")))
    from tryggsti.cli import main

    code = main(["--vault", str(vault), "logg", "--humør", "5", "--passphrase-stdin"])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "UTF-8" in err
    _no_crash_report(isolated_user_folders)


def test_a_surrogate_escaped_passphrase_is_a_clear_message(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    stdin = io.TextIOWrapper(io.BytesIO(b"\xffhemmelig\n"), errors="surrogateescape")
    monkeypatch.setattr(sys, "stdin", stdin)
    from tryggsti.cli import main

    code = main(["--vault", str(vault), "logg", "--humør", "5", "--passphrase-stdin"])
    err = capsys.readouterr().err
    assert code == 1, err
    _no_crash_report(isolated_user_folders)


def test_a_note_over_the_limit_is_a_clear_message(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    result = run_cli(
        monkeypatch, capsys, "--vault", vault, "logg", "--humør", "5", "--notat", "-",
        "--passphrase-stdin", stdin=PASSPHRASE + "\n" + "x" * 20_001 + "\n",
    )  # fmt: skip
    assert result.code == 1, result.err
    assert "20000" in result.err.replace(" ", "").replace("\xa0", "")
    _no_crash_report(isolated_user_folders)
