"""How «enkel modus» starts, what it imports, and the words its transcripts use."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.enkel.walks import CODE
from tryggsti.enkel.start import (
    ASKED_CONFIG,
    ASKED_ENV,
    ASKED_FLAG,
    DUMB_TERMINAL,
    NOT_A_TERMINAL,
    reason_for_enkel,
)

TRANSCRIPTS = Path(__file__).parent / "transcripts"


class Stream:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def _args(**given):
    return SimpleNamespace(**{"enkel": False, "full": False, **given})


TTY = {"stdin": Stream(True), "stdout": Stream(True)}


@pytest.mark.parametrize(
    ("args", "environ", "streams", "expected"),
    [
        (_args(), {"TERM": "xterm"}, TTY, None),  # a real terminal: the full app, as now
        (_args(enkel=True), {"TERM": "xterm"}, TTY, ASKED_FLAG),
        (_args(), {"TERM": "xterm", "TRYGGSTI_ENKEL": "1"}, TTY, ASKED_ENV),
        (_args(), {"TERM": "xterm", "TRYGGSTI_ENKEL": "ja"}, TTY, ASKED_ENV),
        (_args(), {"TERM": "dumb"}, TTY, DUMB_TERMINAL),
        (
            _args(),
            {"TERM": "xterm"},
            {"stdin": Stream(False), "stdout": Stream(True)},
            NOT_A_TERMINAL,
        ),
        (
            _args(),
            {"TERM": "xterm"},
            {"stdin": Stream(True), "stdout": Stream(False)},
            NOT_A_TERMINAL,
        ),
        (_args(full=True, enkel=True), {"TERM": "dumb", "TRYGGSTI_ENKEL": "1"}, TTY, None),
    ]
    + [
        (_args(), {"TERM": "dumb", "TRYGGSTI_ENKEL": off}, TTY, None)
        for off in ("0", "false", "no", "", "FALSE")
    ],
)
def test_which_start(args, environ, streams, expected):
    assert reason_for_enkel(args, environ, **streams) == expected


def test_the_config_file_turns_it_on_for_the_next_start():
    from tryggsti.config import load_config, save_config

    config = load_config()
    config.enkel_modus = True
    save_config(config)
    assert reason_for_enkel(_args(), {"TERM": "xterm"}, **TTY) == ASKED_CONFIG
    assert reason_for_enkel(_args(), {"TERM": "xterm", "TRYGGSTI_ENKEL": "0"}, **TTY) is None


def test_the_flags_parse_as_the_whole_command_line():
    from tryggsti.cli import parse

    assert parse(["--enkel"]).enkel is True
    assert parse(["--full"]).full is True
    assert parse([]).enkel is False


PROBE = """
import sys, io
sys.stdin = io.StringIO("")
from tryggsti.cli import main
code = main(sys.argv[1:])
bad = sorted(m for m in sys.modules if m == "textual" or m.startswith(("textual.", "rich",
             "tryggsti.ui")))
print("CODE", code, "LOADED", bad)
"""


def test_enkel_modus_never_imports_textual_or_the_full_app(tmp_path, monkeypatch):
    monkeypatch.delenv("TRYGGSTI_ENKEL")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--enkel", "--vault", str(tmp_path / "v.vault")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().endswith("CODE 0 LOADED []"), done.stdout + done.stderr


def test_a_pipe_starts_enkel_modus_by_itself_and_says_how_to_get_the_full_app(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("TRYGGSTI_ENKEL")
    monkeypatch.setenv("TERM", "xterm")
    done = subprocess.run(
        [sys.executable, "-m", "tryggsti", "--vault", str(tmp_path / "v.vault")],
        input="",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "tryggsti --full" in done.stdout
    assert "\x1b" not in done.stdout + done.stderr


def test_the_home_menu_has_the_full_apps_letters():
    from tryggsti.enkel.app import HOME_MENU
    from tryggsti.ui.navigation import DESTINATIONS

    assert list(HOME_MENU) == [(d.name, d.key) for d in DESTINATIONS]


def test_every_transcript_is_spelled_correctly():
    from tests.unit.test_spelling import _hunspell_or_skip, unknown_words

    _hunspell_or_skip()
    transcripts = sorted(TRANSCRIPTS.glob("*.txt"))
    assert transcripts
    text = "\n".join(path.read_text(encoding="utf-8") for path in transcripts)
    # Not prose: the test's recovery code, web addresses and day ranges from the help lines
    # (the spell check of resources.toml leaves those fields out too).
    text = text.replace(CODE, " ").replace(" ".join(CODE.replace("-", "")), " ")
    text = re.sub(r"\S+\.no\S*|\S+\.no\b|\b\w{3}–\w{3}\b|\b[A-Z0-9]( [A-Z0-9]){3}\b", " ", text)
    assert unknown_words(text) == set()


def test_the_accessibility_guide_is_spelled_correctly():
    from tests.unit.test_spelling import _hunspell_or_skip, unknown_words

    _hunspell_or_skip()
    guide = Path(__file__).resolve().parents[2] / "docs" / "tilgjengelighet.md"
    text = re.sub(r"`[^`]*`", " ", guide.read_text(encoding="utf-8"))
    names = {"NVDA", "Orca", "VoiceOver", "macOS", "Cmd", "VO", "C", "D", "F", "J", "P", "S"}
    # «leselist» (a braille display) is the word the interface uses, in the plural there.
    assert unknown_words(text) - names - {"leselist"} == set()
