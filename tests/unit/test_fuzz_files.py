"""Fuzz: homework files, content files and vault headers never crash the program.

Whatever the bytes, the command line answers with a documented exit code (0 ok, 1 input,
2 wrong secret, 3 damaged) and never writes a crash report. Quick by default; more
examples under `-m slow`.
"""

from __future__ import annotations

import io
import json
import struct
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.cli_helpers import PASSPHRASE
from tests.unit.user_text_strategies import NASTY

HEALTH = [HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
QUICK = settings(max_examples=40, derandomize=True, deadline=None, suppress_health_check=HEALTH)
MORE = settings(max_examples=400, derandomize=True, deadline=None, suppress_health_check=HEALTH)

HOMEWORK_LINES = [
    'terapeut = "Anne"',
    'melding = "Gjør det du rekker."',
    "start = 2026-03-01",
    "frist = 2026-03-14",
    'frist = "2026-02-30"',
    'emner = ["trygghet", "jording"]',
    "emner = [1, [2], {a = 1}]",
    'forpliktelser = ["Ring en venn."]',
    "forpliktelser = 5",
    "innsjekk_per_uke = 3",
    "innsjekk_per_uke = " + "9" * 5000,
    "[[jording]]",
    'id = "kaldt-vann"',
    "ganger_per_uke = 2",
    "[[skjema]]",
    'id = "soc13"',
    'naar = "start"',
    "naar = 2026-03-01T10:00:00",
    "[jording]",
    "x = " + "[" * 3000 + "]" * 3000,
    'a.b.c = "d"',
    '"\\u001b]0;owned\\u0007" = 1',
    "\ufeffstart = 2026-03-01",
    "= = =",
    '"""',
]


def _run(monkeypatch, capsys, *args, stdin: str | bytes = ""):
    from tryggsti.cli import main

    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main([str(arg) for arg in args])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _assert_handled(code: int, output: str, home: Path) -> None:
    reports = list((home / "cache").rglob("krasj-*"))
    for report in reports:
        report.unlink()  # so the next example starts clean
    assert code in (0, 1, 2, 3), output
    assert "Traceback" not in output
    assert not reports, output
    assert "\x1b" not in output and "\x07" not in output


homework_text = st.lists(
    st.one_of(st.sampled_from(HOMEWORK_LINES), st.sampled_from(NASTY), st.text(max_size=30)),
    max_size=12,
).map("\n".join)
homework_bytes = st.one_of(
    homework_text.map(lambda text: text.encode("utf-8")),
    homework_text.map(lambda text: text.encode("utf-16")),
    st.binary(max_size=200),
)


def _check_homework(data: bytes, monkeypatch, capsys, home: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lekse.toml"
        path.write_bytes(data)
        code, output = _run(monkeypatch, capsys, "lekse", "sjekk", path)
        assert code in (0, 1)
        _assert_handled(code, output, home)


@QUICK
@given(homework_bytes)
def test_any_homework_file_is_checked_without_a_crash(
    monkeypatch, capsys, isolated_user_folders, data
):
    _check_homework(data, monkeypatch, capsys, isolated_user_folders)


@pytest.mark.slow
@MORE
@given(homework_bytes)
def test_any_homework_file_more_examples(monkeypatch, capsys, isolated_user_folders, data):
    _check_homework(data, monkeypatch, capsys, isolated_user_folders)


# ---- content files -------------------------------------------------------------------------

BUILTIN = Path(__file__).resolve().parents[2] / "content" / "nb"
CONTENT_SOURCES = [
    ("topics", "101-mitt-emne.toml", sorted((BUILTIN / "topics").glob("*.toml"))[0]),
    ("grounding", "min-ovelse.toml", sorted((BUILTIN / "grounding").glob("*.toml"))[0]),
    ("questionnaires", "mitt.toml", BUILTIN / "questionnaires" / "soc13.toml"),
]


@st.composite
def content_file(draw):
    kind, name, source = draw(st.sampled_from(CONTENT_SOURCES))
    lines = source.read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        key = lines[index].split("=", 1)[0] if "=" in lines[index] else ""
        replacement = draw(
            st.one_of(
                st.sampled_from(HOMEWORK_LINES),
                st.sampled_from(
                    ["5", "[1]", "{ a = 1 }", "true", '""', "-1", "9" * 5000, "[" * 2000]
                ).map(lambda value, key=key: f"{key}= {value}" if key else value),
                st.text(max_size=20).map(lambda value, key=key: f"{key}= {json.dumps(value)}"),
                st.just(""),
            )
        )
        lines[index] = replacement
    return kind, name, "\n".join(lines)


def _check_content(case, home: Path) -> None:
    from tryggsti.content.loader import load_folder

    kind, name, text = case
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / kind).mkdir()
        (Path(folder) / kind / name).write_text(text, encoding="utf-8")
        problems: list = []
        load_folder(Path(folder), problems, {}, builtin=False)
        for problem in problems:
            described = problem.describe()
            assert "\x1b" not in described and "\x07" not in described


@QUICK
@given(content_file())
def test_any_content_file_is_checked_without_a_crash(isolated_user_folders, case):
    _check_content(case, isolated_user_folders)


@pytest.mark.slow
@MORE
@given(content_file())
def test_any_content_file_more_examples(isolated_user_folders, case):
    _check_content(case, isolated_user_folders)


def test_content_check_on_the_command_line_exits_1_for_a_broken_file(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    (tmp_path / "topics").mkdir()
    (tmp_path / "topics" / "101-x.toml").write_text("x = " + "[" * 3000, encoding="utf-8")
    code, output = _run(monkeypatch, capsys, "innhold", "sjekk", tmp_path)
    assert code == 1
    _assert_handled(code, output, isolated_user_folders)


# ---- vault headers -------------------------------------------------------------------------

_PREFIX = struct.Struct(">8sHI")


@pytest.fixture(scope="module")
def small_vault_bytes(tmp_path_factory):
    from tryggsti.services.session import VaultSession

    path = tmp_path_factory.mktemp("fuzz") / "v.vault"
    session, _ = VaultSession.create(path, PASSPHRASE, log_n=1)
    session.close()
    return path.read_bytes()


def _leaf_paths(value, path=()):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaf_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaf_paths(item, (*path, index))
    yield path


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-3, 12)  # small: a log_n near the cap would make each example slow
    | st.text(max_size=12)
    | st.sampled_from(["scrypt", "argon2id", "hkdf-sha256", "passphrase", "recovery", "AAAA"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=6,
)  # fmt: skip


def _rebuild(original: bytes, header_json: bytes) -> bytes:
    """The vault with another header, its length and checksum made to match."""
    import hashlib

    magic, version, length = _PREFIX.unpack_from(original)
    body = original[_PREFIX.size + length + 32 :]
    authenticated = _PREFIX.pack(magic, version, len(header_json)) + header_json
    return authenticated + hashlib.sha256(authenticated).digest() + body


@st.composite
def mutated_header(draw, original: bytes):
    _, _, length = _PREFIX.unpack_from(original)
    header = json.loads(original[_PREFIX.size : _PREFIX.size + length])
    paths = list(_leaf_paths(header))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        if not path:
            continue
        parent = header
        try:
            for part in path[:-1]:
                parent = parent[part]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            continue
    return _rebuild(original, json.dumps(header, sort_keys=True).encode("utf-8"))


def _check_vault(data: bytes, monkeypatch, capsys, home: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault = Path(folder) / "v.vault"
        vault.write_bytes(data)
        out = Path(folder) / "ut.json"
        for command in (
            ["eksport", "--format", "json", "--ut", out],
            ["logg", "--humør", "5"],
        ):
            code, output = _run(
                monkeypatch, capsys, "--vault", vault, *command, "--passphrase-stdin",
                stdin=PASSPHRASE + "\n",
            )  # fmt: skip
            _assert_handled(code, output, home)


@settings(QUICK, max_examples=25)
@given(st.data())
def test_any_vault_header_gives_a_documented_exit_code(
    monkeypatch, capsys, isolated_user_folders, small_vault_bytes, data
):
    mutated = data.draw(mutated_header(small_vault_bytes))
    _check_vault(mutated, monkeypatch, capsys, isolated_user_folders)


@pytest.mark.slow
@settings(MORE, max_examples=300)
@given(st.data())
def test_any_vault_header_more_examples(
    monkeypatch, capsys, isolated_user_folders, small_vault_bytes, data
):
    mutated = data.draw(mutated_header(small_vault_bytes))
    _check_vault(mutated, monkeypatch, capsys, isolated_user_folders)


def _header_text(original: bytes) -> str:
    _, _, length = _PREFIX.unpack_from(original)
    return original[_PREFIX.size : _PREFIX.size + length].decode("utf-8")


@pytest.mark.parametrize("case", ["huge-number", "deep-nesting"])
def test_a_header_with_a_huge_number_or_deep_nesting_is_damage(
    monkeypatch, capsys, isolated_user_folders, small_vault_bytes, case
):
    text = _header_text(small_vault_bytes)
    if case == "huge-number":
        text = text.replace('"log_n":1', '"log_n":' + "1" * 5000)
    else:
        text = "[" * 5000 + "]" * 5000
    _check_vault(
        _rebuild(small_vault_bytes, text.encode()), monkeypatch, capsys, isolated_user_folders
    )
