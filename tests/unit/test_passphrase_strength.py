"""A new passphrase must be hard to guess (issue 31.5): the file is open to offline
guessing, and the old rule, 8 characters, let «passord1» through. zxcvbn estimates the
guesses; below 10^10 the passphrase is refused with a message that says what to do,
wherever a new one is chosen. Passphrases chosen before keep unlocking."""

from __future__ import annotations

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg, run_cli
from tryggsti.domain.passphrase import WEAK, choice_problem, strength
from tryggsti.services.session import VaultSession
from tryggsti.strings import t
from tryggsti.vault import kdf
from tryggsti.vault.errors import WeakPassphrase
from tryggsti.vault.vault import Vault

# Each at least 8 characters, so each passed the old rule.
WEAK_ONES = [
    "passord1",
    "Tryggsti2026",
    "hemmelig-passord",
    "Sommer2024!",
    "qwertyuiop",
    "mamma123",
]
STRONG_ONES = [PASSPHRASE, "lampe sykkel hav tirsdag", "Bløtkake under brua om natta"]
ADVICE = "fire eller fem vanlige ord som ikke hører sammen"


@pytest.mark.parametrize("weak", WEAK_ONES)
def test_easy_to_guess_passphrases_are_refused(weak):
    assert len(weak) >= 8
    assert not kdf.passphrase_is_strong(weak)
    assert choice_problem(weak, weak) == WEAK
    assert strength(weak) == 1
    with pytest.raises(WeakPassphrase):
        kdf.check_passphrase_strength(weak)


@pytest.mark.parametrize("strong", STRONG_ONES)
def test_several_unrelated_words_pass(strong):
    assert kdf.passphrase_is_strong(strong)
    assert choice_problem(strong, strong) is None
    assert strength(strong) >= 2


def test_a_very_long_passphrase_is_estimated_and_passes():
    sentence = "jeg går en lang tur langs elva hver morgen før jobb og teller måkene " * 3
    assert len(sentence) > kdf.STRENGTH_MAX_LENGTH
    assert kdf.passphrase_is_strong(sentence)


def test_the_message_says_how_to_make_a_stronger_one():
    message = t(WEAK)
    assert ADVICE in message
    assert "for lett å gjette" in message


def test_init_refuses_a_weak_passphrase_and_makes_no_vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    result = run_cli(
        monkeypatch, capsys, "--vault", vault, "init", "--passphrase-stdin", stdin="passord1\n"
    )
    assert result.code == 1
    assert ADVICE in result.err
    assert not vault.exists()


def test_passord_refuses_a_weak_new_passphrase_and_the_old_one_still_opens(
    tmp_path, monkeypatch, capsys
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    before = vault.read_bytes()
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\npassord1\n",
    )
    assert result.code == 1
    assert ADVICE in result.err
    assert vault.read_bytes() == before
    assert logg(monkeypatch, capsys, vault, "5").code == 0


def test_recovery_refuses_a_weak_new_passphrase_and_the_code_still_works(
    tmp_path, monkeypatch, capsys
):
    vault = tmp_path / "v.vault"
    code = init_vault(monkeypatch, capsys, vault)

    def recover(new: str):
        return run_cli(
            monkeypatch,
            capsys,
            "--vault",
            vault,
            "passord",
            "--gjenopprettingskode",
            "--passphrase-stdin",
            stdin=f"{code}\n{new}\n",
        )

    refused = recover("mamma123")
    assert refused.code == 1 and ADVICE in refused.err
    assert recover("lampe sykkel hav tirsdag").code == 0


def test_a_passphrase_chosen_under_the_old_rule_keeps_unlocking(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    with monkeypatch.context() as old_rule:
        old_rule.setattr(kdf, "check_passphrase_strength", lambda passphrase: None)
        made, _ = VaultSession.create(vault, "passord1")
        made.close()
    opened, _ = Vault.unlock(vault, "passord1")
    opened.close()
    assert logg(monkeypatch, capsys, vault, "6", stdin="passord1\n").code == 0
