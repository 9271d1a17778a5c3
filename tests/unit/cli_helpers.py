"""Running the command line in-process, the way a person or a script would."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass

from tryggsti.cli import main

PASSPHRASE = "ugle-kaffe-58"


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_cli(monkeypatch, capsys, *args: str, stdin: str = "") -> Result:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def init_vault(monkeypatch, capsys, path, passphrase: str = PASSPHRASE) -> str:
    """A new vault at `path`; returns the recovery code the command printed."""
    result = run_cli(
        monkeypatch, capsys, "--vault", path, "init", "--passphrase-stdin", stdin=passphrase + "\n"
    )
    assert result.code == 0, result.err
    groups = [line.strip() for line in result.out.splitlines() if line.count("-") >= 5]
    assert groups, result.out
    return groups[-1]


def logg(monkeypatch, capsys, vault, mood: str, *extra: str, stdin: str = PASSPHRASE + "\n"):
    """`tryggsti logg --humør MOOD …` with the passphrase (and anything after it) on stdin."""
    return run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "logg",
        "--humør",
        mood,
        *extra,
        "--passphrase-stdin",
        stdin=stdin,
    )


def eksport(monkeypatch, capsys, vault, kind: str, out, *extra: str, passphrase=PASSPHRASE):
    """`tryggsti eksport --format KIND --ut OUT …` with the passphrase on stdin."""
    return run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "eksport",
        "--format",
        kind,
        "--ut",
        out,
        *extra,
        "--passphrase-stdin",
        stdin=passphrase + "\n",
    )
