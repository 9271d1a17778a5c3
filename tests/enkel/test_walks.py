"""Every flow of «enkel modus» walked with piped answers (as on Windows, or a script):
plain lines only, numbered menus, help from every prompt, nothing secret echoed, what
was typed saved at the end of input, and the golden transcript of each flow."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.enkel.walks import (
    CODE,
    CRISIS_HEADING,
    NEW_PASSPHRASE,
    PASSPHRASE,
    fixed_code,
    make_vault,
    problems,
    walk,
    with_help_everywhere,
)
from tryggsti.domain.report import SECTIONS
from tryggsti.strings import t

TRANSCRIPTS = Path(__file__).parent / "transcripts"
UPDATE = bool(os.environ.get("TRYGGSTI_UPDATE_TRANSCRIPTS"))

HOMEWORK = """\
terapeut = "Anne Berg"
start = 2026-03-02
frist = 2026-03-15
emner = ["trygghet"]
forpliktelser = ["Ring en venn før fredag."]
"""

# Each flow: the answers typed after the passphrase, from Hjem; q leaves at the end.
FLOWS = {
    "hjem": ["?", "q"],
    "hjelp_naa": ["10", "1", "", "1", "", "s", "", "t", "q"],
    "innsjekk": ["i", "6", "3", "2", "nei", "nei", "nei", "gikk en tur", "7,5", "", "q"],
    "innsjekk_tung": [
        "i",
        "1",
        "9",
        "9",
        "ja",
        "heroin",
        "litt",
        "nei",
        "ja",
        "",
        "4",
        "",
        "4",  # «Ikke nå»: the response's own buttons, the last one closes it
        "q",
    ],
    # One step with Enter, then s stops: the same walk for any exercise (at night the
    # list starts with the night set).
    "jording": ["j", "1", "7", "1", "", "s", "3", "q"],
    "trygghetsplan": ["t", "1", "1", "Jeg blir stille", "Jeg sover dårlig", "", "t", "t", "q"],
    "forpliktelser": ["f", "n", "Gå en tur i kveld", "", "2", "1", "1", "Det gikk fint", "t", "q"],
    "emner": ["e", "1", "1", "Jeg vil ha det roligere", "", "", "", "", "", "t", "t", "q"],
    "humorlogg": ["m", "2", "t", "q"],
    "oas": ["o", "ja", *["4"] * 13, "q"],
    "innstillinger": ["s", "2", "15", "t", "q"],
    "laas": ["lås", PASSPHRASE, "q"],
    "om": ["a", "q"],
}


@pytest.fixture
def vault(tmp_path):
    path = tmp_path / "v.vault"
    make_vault(path, with_plan=True)
    return path


def _check(result, name: str) -> None:
    assert result.code == 0, result.out
    assert problems(result.out) == []
    assert PASSPHRASE not in result.out and NEW_PASSPHRASE not in result.out
    path = TRANSCRIPTS / f"{name}.txt"
    if UPDATE or not path.exists():
        path.write_text(result.out, encoding="utf-8")
    assert result.out == path.read_text(encoding="utf-8"), f"{name}: transcript changed"


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_each_flow(vault, name):
    result = walk(vault, [PASSPHRASE, *FLOWS[name]])
    _check(result, name)
    assert result.out.rstrip().endswith("Appen er avsluttet. Alt er lagret.")


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_help_from_every_prompt_returns_to_the_same_prompt(vault, name):
    answers = [PASSPHRASE, *FLOWS[name]]
    plain_walk = walk(vault, answers)
    make_vault(vault.with_name("b.vault"), with_plan=True)
    helped = walk(vault.with_name("b.vault"), with_help_everywhere(answers))
    prompts = len(answers)
    assert helped.out.count(CRISIS_HEADING) - plain_walk.out.count(CRISIS_HEADING) == prompts
    assert problems(helped.out) == []
    if CRISIS_HEADING in plain_walk.out:
        return  # Hjelp nå shows the same block itself: the count above is the check
    # Take the help blocks out and the walk is the walk without help.
    blocks = helped.out.split("\n\n" + CRISIS_HEADING + "\n")
    rest = blocks[0] + "".join("\n" + block.split("\n\n", 1)[1] for block in blocks[1:])
    assert _without_repeated_prompts(rest) == _without_repeated_prompts(plain_walk.out)


def _without_repeated_prompts(text: str) -> str:
    lines = [line for line in text.split("\n") if line.strip()]
    kept = []
    for line in lines:
        if kept and kept[-1] == line:
            continue  # the prompt asked again after help
        kept.append(line)
    return "\n".join(kept)


def test_first_run_reads_the_code_in_groups_and_checks_the_last_four(tmp_path, monkeypatch):
    fixed_code(monkeypatch)
    vault = tmp_path / "ny.vault"
    answers = [PASSPHRASE, PASSPHRASE, "1", *[""] * 7, "3", "feil", "3", CODE[-4:], "q"]
    result = walk(vault, answers)
    _check(result, "forste_gang")
    assert vault.exists()
    assert "Gruppe 1 av 7: A B C D" in result.out
    assert "Gruppe 7 av 7: 2 3 4 5" in result.out
    assert "Det stemte ikke helt" in result.out
    assert "\nHjem\n" in result.out


def test_recovery_opens_with_the_code_and_sets_a_new_passphrase(tmp_path, monkeypatch):
    fixed_code(monkeypatch)
    vault = tmp_path / "v.vault"
    make_vault(vault)
    answers = ["glemt", CODE, NEW_PASSPHRASE, NEW_PASSPHRASE, "3", CODE[-4:], "q"]
    result = walk(vault, answers)
    _check(result, "gjenoppretting")
    again = walk(vault, [NEW_PASSPHRASE, "q"])
    assert "\nHjem\n" in again.out


def test_a_wrong_passphrase_is_said_and_asked_again(vault):
    result = walk(vault, ["feil-passord", PASSPHRASE, "q"])
    _check(result, "feil_passord")
    assert "Det passordet stemte ikke" in result.out


def test_homework_import_and_report(vault, tmp_path):
    homework = tmp_path / "lekse.toml"
    homework.write_text(HOMEWORK, encoding="utf-8")
    report = tmp_path / "rapport.html"
    answers = [
        PASSPHRASE,
        "l",
        "1",
        str(homework),
        "t",
        "r",
        "1",
        "",
        "",
        *[""] * len(SECTIONS),  # every section as it is by default
        str(report),
        "q",
    ]
    result = walk(vault, answers)
    assert result.code == 0, result.out
    assert problems(result.out) == []
    assert "Hjemmeoppgaven er lagt inn" in result.out
    assert report.exists() and "<html" in report.read_text(encoding="utf-8").lower()
    assert "blir ikke kryptert" in result.out


def test_passphrase_change_from_settings(tmp_path, monkeypatch):
    fixed_code(monkeypatch)
    vault = tmp_path / "v.vault"
    make_vault(vault)
    answers = [
        PASSPHRASE,
        "s",
        "1",
        PASSPHRASE,
        NEW_PASSPHRASE,
        NEW_PASSPHRASE,
        "3",
        CODE[-4:],
        "t",
        "q",
    ]
    result = walk(vault, answers)
    assert result.code == 0, result.out
    assert problems(result.out) == []
    assert "Passordet er byttet" in result.out
    assert "\nHjem\n" in walk(vault, [NEW_PASSPHRASE, "q"]).out


def test_end_of_input_in_a_check_in_saves_what_was_answered(vault):
    from tryggsti.services.session import VaultSession

    result = walk(vault, [PASSPHRASE, "i", "4", "6"])
    assert result.code == 0
    assert "Innsjekken er lagret" in result.out
    assert result.out.rstrip().endswith("Appen er avsluttet. Alt er lagret.")
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        (entry,) = session.data.checkins
    assert (entry.mood, entry.distress) == (4, 6)


def test_end_of_input_in_the_plan_keeps_the_lines_typed(vault):
    from tryggsti.services.session import VaultSession

    walk(vault, [PASSPHRASE, "t", "2", "1", "Gå ut med hunden"])
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        assert session.data.safety_plan.inner_coping == ["Gå ut med hunden"]


def test_toem_sends_the_only_escape_and_only_when_asked(vault):
    from tryggsti.enkel.output import CLEAR_SEQUENCE

    result = walk(vault, [PASSPHRASE, "tøm", "q"])
    assert result.out.count("\x1b") == CLEAR_SEQUENCE.count("\x1b")
    assert problems(result.out.replace(CLEAR_SEQUENCE, "")) == []


def test_idle_time_locks_and_asks_for_the_passphrase_again(vault):
    """Every line arrives 400 s after the prompt, with auto-lock at 5 minutes: the `i`
    typed after the idle time opens nothing; the vault is locked and asks again."""
    import io

    from tryggsti.config import Config
    from tryggsti.enkel.app import EnkelApp
    from tryggsti.enkel.output import Reader, Terminal

    moments = iter(range(0, 10_000, 400))
    out = io.StringIO()
    stdin = io.StringIO(f"{PASSPHRASE}\ni\n")
    terminal = Terminal(out, Reader(stdin, clock=lambda: next(moments)), interactive=False)
    app = EnkelApp(vault_path=vault, terminal=terminal, config=Config(auto_lock_minutes=5))
    assert app.run() == 0
    text = out.getvalue()
    assert t("app.auto_locked") in text
    assert "\nInnsjekk\n" not in text
    assert text.count("Skriv passordet ditt for å åpne hvelvet.") == 2
    assert app.session is None


def test_idle_time_on_a_pipe_locks_without_any_input(vault):
    """On POSIX the reader waits with select: nothing typed for the idle time locks."""
    import io
    import os

    from tryggsti.enkel.output import LockAsked, Reader, Terminal

    read_end, write_end = os.pipe()
    try:
        with open(read_end, "rb", buffering=0, closefd=False) as stream:
            terminal = Terminal(io.StringIO(), Reader(stream), interactive=False)
            terminal.can_lock = True
            terminal.idle_seconds = 0.05
            with pytest.raises(LockAsked):
                terminal.ask("Velg")
    finally:
        os.close(read_end)
        os.close(write_end)


def test_help_names_the_persons_own_people_once_the_vault_is_open(vault):
    result = walk(vault, ["h", PASSPHRASE, "h", "q"])
    first, second = result.out.split(CRISIS_HEADING)[1:3]
    assert "Søsteren min: 900 00 000" not in first  # locked: nothing of the plan shows
    assert "Søsteren min: 900 00 000" in second


def test_at_night_the_night_exercises_come_first(vault):
    from datetime import datetime, timedelta, timezone

    night = datetime(2026, 3, 3, 2, 30, tzinfo=timezone(timedelta(hours=1)))
    result = walk(vault, [PASSPHRASE, "j", "t", "q"], clock=lambda: night)
    menu = result.out.split("\nJording\n", 1)[1]
    assert menu.split("\n1. ", 1)[1].startswith("Om natta: ")


def test_a_damaged_vault_is_said_and_exits_with_the_commands_code(tmp_path):
    from tryggsti.vault.errors import VaultDamaged

    vault = tmp_path / "v.vault"
    make_vault(vault)
    data = bytearray(vault.read_bytes())
    data[-5] ^= 0xFF  # one byte of the encrypted payload changed
    vault.write_bytes(bytes(data))
    result = walk(vault, [PASSPHRASE])
    assert result.code == VaultDamaged.exit_code
    assert problems(result.out) == []
    assert "Appen er avsluttet" in result.out


def test_user_text_with_escapes_and_emoji_prints_as_plain_text(vault):
    from tryggsti.services.session import VaultSession

    with VaultSession.unlock(vault, PASSPHRASE) as session:
        session.data.safety_plan.reasons_to_live = [
            "Hunden min \x1b[31m\U0001f436 \u2588 [b]Rex[/b]"
        ]
        session.save()
    result = walk(vault, [PASSPHRASE, "t", "t", "q"])
    assert problems(result.out) == []
    assert "- Hunden min [31m  [b]Rex[/b]" in result.out  # markup is text, never styling


def test_editing_a_commitment_keeps_what_enter_leaves(vault):
    from datetime import date

    from tryggsti.services.session import VaultSession

    answers = [PASSPHRASE, "f", "n", "Gå en tur", "9.3", "e", "1", "", "", "t", "q"]
    result = walk(vault, answers)
    assert problems(result.out) == []
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        (commitment,) = session.data.commitments
    assert (commitment.text, commitment.due) == ("Gå en tur", date(2026, 3, 9))
