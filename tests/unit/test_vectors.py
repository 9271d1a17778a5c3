"""The test vectors (tests/vectors, docs/vault-format.md «Test vectors»): crafted vault
files and exports, each named with the exit code and the message class it must give.
A change to the format or the reader that changes what an old file does fails here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.unit.cli_helpers import run_cli

VECTORS = Path(__file__).resolve().parents[1] / "vectors"
PASSPHRASE = "vektor-passord-1"  # tests/vectors/make_vectors.py
MESSAGE_OF_CLASS = {
    "ok": None,
    "damaged": "skadet",
    "wrong-secret": "stemmer ikke",
    "too-new": "nyere versjon",
    "not-an-export": "ikke en full eksport",
}
# The commands that read a vault file, each run on its own copy: (arguments, stdin).
NEW = "vektor-passord-nytt"
READERS = {
    "flytt sjekk": lambda copy: (["flytt", "sjekk", copy], PASSPHRASE),
    "eksport": lambda copy: (
        ["--vault", copy, "eksport", "--format", "json", "--ut", copy.parent / "ut.json"],
        PASSPHRASE,
    ),
    "logg": lambda copy: (["--vault", copy, "logg", "--humør", "5"], PASSPHRASE),
    "passord": lambda copy: (["--vault", copy, "passord"], f"{PASSPHRASE}\n{NEW}\n{NEW}"),
}


def _expected(path: Path) -> tuple[int, str | None]:
    code, rest = path.stem.split("-", 1)
    kind = next(name for name in MESSAGE_OF_CLASS if rest.startswith(name + "-"))
    return int(code), MESSAGE_OF_CLASS[kind]


def _vectors(suffix: str) -> list[Path]:
    return sorted(VECTORS.glob(f"[0-9]-*{suffix}"))


def test_there_are_vectors_of_every_kind_and_every_name_is_read():
    names = _vectors(".vault") + _vectors(".json")
    assert len(names) >= 60
    kinds = {_expected(path) for path in names}
    assert {code for code, _ in kinds} == {0, 1, 2, 3}
    assert {message for _, message in kinds} == set(MESSAGE_OF_CLASS.values())


@pytest.mark.parametrize("vector", _vectors(".vault"), ids=lambda p: p.name)
def test_every_reading_command_gives_the_vault_vector_s_outcome(
    vector, tmp_path, monkeypatch, capsys
):
    code, message = _expected(vector)
    for name, reader in READERS.items():
        copy = tmp_path / name.replace(" ", "-") / "v.vault"
        copy.parent.mkdir()
        shutil.copyfile(vector, copy)
        args, stdin = reader(copy)
        result = run_cli(monkeypatch, capsys, *args, "--passphrase-stdin", stdin=stdin + "\n")
        assert result.code == code, (name, result.err)
        if message is not None:
            assert message in result.err, (name, result.err)
            assert copy.read_bytes() == vector.read_bytes(), name  # never changed
            assert not (copy.parent / "ut.json").exists()
        assert "uventet" not in result.err and "Traceback" not in result.err


@pytest.mark.parametrize("vector", _vectors(".json"), ids=lambda p: p.name)
def test_importer_gives_the_export_vector_s_outcome(vector, tmp_path, monkeypatch, capsys):
    code, message = _expected(vector)
    target = tmp_path / "ny" / "ny.vault"
    result = run_cli(monkeypatch, capsys, "--vault", target, "importer", vector,
                     "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")  # fmt: skip
    assert result.code == code, result.err
    if message is not None:
        assert message in result.err, result.err
        assert not target.parent.exists()  # refused before any file was made
    else:
        assert target.is_file()
