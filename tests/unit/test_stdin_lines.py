"""Standard input as scripts give it (issue 30, Low): the passphrase is the first line up
to "\\n" only (a "\\r" before it dropped), whatever else it holds; text that is not UTF-8,
on standard input or in --notat, gets a clear message and changes nothing (was exit 70)."""

from __future__ import annotations

import io
import sys

import pytest

from tests.unit.cli_helpers import PASSPHRASE, run_cli
from tryggsti.cli import main
from tryggsti.services.session import VaultSession


def _run_bytes(monkeypatch, capsys, *args, stdin: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("inside", ["\u2028", "\u0085", "\f", "\v", "\x1c", "\u2029", "\r"])
def test_the_passphrase_is_the_whole_first_line(inside, tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    passphrase = f"ugle{inside}kaffe-58"
    code, _, err = _run_bytes(
        monkeypatch, capsys, "--vault", path, "init", "--passphrase-stdin",
        stdin=passphrase.encode() + b"\n",
    )  # fmt: skip
    assert code == 0, err
    VaultSession.unlock(path, passphrase).close()  # what the app takes, typed whole


def test_a_windows_line_end_is_not_part_of_the_passphrase(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    code, _, err = _run_bytes(
        monkeypatch, capsys, "--vault", path, "init", "--passphrase-stdin",
        stdin=PASSPHRASE.encode() + b"\r\n",
    )  # fmt: skip
    assert code == 0, err
    VaultSession.unlock(path, PASSPHRASE).close()


@pytest.fixture
def vault(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    result = run_cli(monkeypatch, capsys, "--vault", path, "init", "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")  # fmt: skip
    assert result.code == 0
    return path


def test_a_note_on_stdin_that_is_not_utf8_is_said_so(vault, monkeypatch, capsys):
    before = vault.read_bytes()
    code, _out, err = _run_bytes(
        monkeypatch, capsys, "--vault", vault, "logg", "--humør", "5", "--notat", "-",
        "--passphrase-stdin", stdin=PASSPHRASE.encode() + b"\nGikk en tur \xe6\xf8\n",
    )  # fmt: skip
    assert code == 1, err
    assert "Teksten på standard inn" in err and "Passordet" not in err
    assert vault.read_bytes() == before


def test_a_note_argument_even_one_not_utf8_is_refused_without_a_crash(vault, monkeypatch, capsys):
    """`logg` takes no note on its command line (issue 31.4); bytes that are not UTF-8
    there get the same clear refusal, never exit 70."""
    before = vault.read_bytes()
    note = b"Gikk en tur \xe6".decode("utf-8", "surrogateescape")  # as Python gives argv
    result = run_cli(
        monkeypatch, capsys, "--vault", vault, "logg", "--humør", "5", "--notat", note,
        "--passphrase-stdin", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.code == 1, result.err
    assert "--notat -" in result.err and "uventet" not in result.err
    assert vault.read_bytes() == before
