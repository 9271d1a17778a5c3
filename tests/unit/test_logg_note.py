"""A private note need not go on the command line, where other programs and the shell's
history can see it."""

from __future__ import annotations

import builtins

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg
from tryggsti.domain.records import NOTE_LIMIT
from tryggsti.vault.vault import Vault


def _notes(vault) -> bytes:
    opened, payload = Vault.unlock(vault, PASSPHRASE)
    opened.close()
    return payload


def test_a_note_can_come_from_standard_input_after_the_passphrase(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    result = logg(
        monkeypatch,
        capsys,
        vault,
        "5",
        "--notat",
        "-",
        stdin=f"{PASSPHRASE}\nEn tung dag.\nMen jeg ringte Kari.\n",
    )
    assert result.code == 0, result.err
    assert "En tung dag.\\nMen jeg ringte Kari." in _notes(vault).decode("utf-8")


def test_notat_without_text_asks_for_it(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    monkeypatch.setattr(builtins, "input", lambda prompt: "skrevet ved ledeteksten")
    result = logg(monkeypatch, capsys, vault, "5", "--notat")
    assert result.code == 0, result.err
    assert b"skrevet ved ledeteksten" in _notes(vault)


def test_a_note_over_the_limit_is_refused_in_norwegian_not_a_crash(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    before = vault.read_bytes()
    result = logg(
        monkeypatch,
        capsys,
        vault,
        "5",
        "--notat",
        "-",
        stdin=PASSPHRASE + "\n" + "x" * (NOTE_LIMIT + 1) + "\n",
    )
    assert result.code == 1
    assert "for langt" in result.err
    assert vault.read_bytes() == before
