"""`tryggsti logg`: the check-in screen's questions on the command line, and the same
response as the app, as plain text after saving (SAFETY-RESPONSES.md, «The command line»)."""

from __future__ import annotations

import json

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg
from tryggsti.services.session import VaultSession
from tryggsti.strings import t


def _vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    return vault


def _checkins(vault):
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        return list(session.data.checkins)


def test_a_calm_check_in_prints_only_that_it_was_saved(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    result = logg(monkeypatch, capsys, vault, "6", "--stress", "3")
    assert result.code == 0, result.err
    assert result.out.strip().startswith("Innsjekk lagret") and len(result.out.splitlines()) == 1


def test_mood_1_without_tanker_gives_the_numbers_and_the_option_that_answers(
    tmp_path, monkeypatch, capsys
):
    vault = _vault(tmp_path, monkeypatch, capsys)
    result = logg(monkeypatch, capsys, vault, "1")
    assert result.code == 0, result.err
    out = result.out
    assert "Det virker tungt akkurat nå." in out
    assert "--tanker ja" in out
    assert "116 123" in out and "113" in out
    assert _checkins(vault)[-1].harm_thoughts is None


def test_the_worst_numbers_alone_are_answered_not_only_saved(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    result = logg(monkeypatch, capsys, vault, "0", "--stress", "10", "--sug", "10")
    assert result.code == 0, result.err
    assert "Suget er sterkt nå." in result.out
    assert "116 123" in result.out and "113" in result.out


def test_thoughts_and_use_print_who_sees_people_and_the_overdose_steps(
    tmp_path, monkeypatch, capsys
):
    vault = _vault(tmp_path, monkeypatch, capsys)
    result = logg(monkeypatch, capsys, vault, "4", "--rus", "heroin", "--tanker", "ja")
    assert result.code == 0, result.err
    out = result.out
    assert "Svaret blir på denne maskinen" in out
    assert "Mental Helse Hjelpetelefonen: 116 123" in out
    assert "Rus kan gjøre tankene sterkere" in out
    assert "1. Ring 113." in out and "5. Bli der." in out
    assert "Ikke nå" not in out and "[" not in out  # never the buttons
    entry = _checkins(vault)[-1]
    assert entry.substance_use and entry.substance_what == "heroin" and entry.harm_thoughts
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        assert session.data.response_memory.overdose_steps_shown_at is not None


def test_rus_without_what_is_use_of_anything(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    result = logg(monkeypatch, capsys, vault, "5", "--rus", "--tanker", "nei")
    assert result.code == 0, result.err
    assert "Du krysset av for at du har brukt rusmidler." in result.out
    entry = _checkins(vault)[-1]
    assert entry.substance_use and entry.substance_what == ""


def test_utrygt_tabletter_says_ring_113_now(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    result = logg(monkeypatch, capsys, vault, "5", "--utrygt", "tabletter")
    assert result.code == 0, result.err
    assert "ring 113 nå, også om du føler deg bra" in result.out
    assert "22 59 13 00" in result.out
    entry = _checkins(vault)[-1]
    assert entry.unsafe_behaviour and entry.unsafe_kind == "tabletter"


def test_utrygt_alone_is_something_else_unsafe(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    result = logg(monkeypatch, capsys, vault, "5", "--utrygt", "--tanker", "nei")
    assert result.code == 0, result.err
    assert _checkins(vault)[-1].unsafe_kind == "annet"
    assert "Legevakt, 116 117" in result.out


def test_a_wrong_kind_or_answer_is_a_clear_message_and_saves_nothing(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    before = vault.read_bytes()
    for extra in (("--utrygt", "kutt"), ("--tanker", "kanskje")):
        result = logg(monkeypatch, capsys, vault, "5", *extra)
        assert result.code != 0
        assert "må være en av" in result.err and "Traceback" not in result.err
    assert vault.read_bytes() == before


def test_a_note_on_the_command_line_is_refused_before_anything_is_read(
    tmp_path, monkeypatch, capsys
):
    """Shell history and /proc/PID/cmdline hold what is typed there (issue 31.4)."""
    vault = _vault(tmp_path, monkeypatch, capsys)
    before = vault.read_bytes()
    result = logg(monkeypatch, capsys, vault, "2", "--notat", "tenkte på å ta livet mitt")
    assert result.code == 1
    assert "--notat -" in result.err and "historikk" in result.err
    assert vault.read_bytes() == before


def test_a_refused_value_changes_nothing_and_releases_the_vault(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    before = vault.read_bytes()
    result = logg(monkeypatch, capsys, vault, "11")
    assert result.code != 0
    assert vault.read_bytes() == before
    assert _checkins(vault) == []  # and the lock was released


def test_text_is_cleaned_as_in_the_app(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    stdin = f"{PASSPHRASE}\nlinje\x1b[31m\nto\x07\n"
    result = logg(monkeypatch, capsys, vault, "5", "--notat", "-", stdin=stdin)
    assert result.code == 0, result.err
    note = _checkins(vault)[-1].note
    assert "\x1b" not in note and "\x07" not in note and note.endswith("to")


def test_a_yes_to_the_gentle_question_reaches_the_reports(tmp_path, monkeypatch, capsys):
    """SAFETY-RESPONSES.md, «Persistence»: a «ja» given to the gentle question after a
    check-in reaches the saved check-in, and from there the md, html and json reports."""
    from tests.unit.cli_helpers import eksport
    from tryggsti.services.checkins import answer_harm_question, check_in

    vault = _vault(tmp_path, monkeypatch, capsys)
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        result = check_in(session, mood=1, distress=None)
        assert result.response is not None and result.response.question == "harm_thoughts"
        answered = answer_harm_question(session, result.entry.id, True)
        assert answered.response is not None and answered.response.lead == "harm_thoughts"
    assert _checkins(vault)[-1].harm_thoughts is True
    for kind in ("md", "html"):
        out = tmp_path / f"rapport.{kind}"
        done = eksport(monkeypatch, capsys, vault, kind, out, "--med", "innsjekk,tanker")
        assert done.code == 0, done.err
        text = out.read_text(encoding="utf-8")
        assert t("report.harm_included") in text, kind
        assert t("report.harm_yes_days", count=1) in text, kind
    out = tmp_path / "alt.json"
    assert eksport(monkeypatch, capsys, vault, "json", out).code == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["checkins"][-1]["harm_thoughts"] is True
    assert len(document["report"]["harm_thoughts"]["yes_days"]) == 1
