"""The full app for braille displays and magnifiers, seen through a terminal emulator
(pyte) on a pseudo-terminal: the hardware cursor follows focus, and a screen left alone
stays the same (no clock redrawn, nothing a screen reader would read again).

The app's timers run ten times faster here (0.1 s for 1 s), so one real second stands
for ten idle seconds; nothing else is changed.
"""

from __future__ import annotations

import os
import sys
import time

import pytest

from tests.enkel.walks import PASSPHRASE, make_vault

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")

FAST_TIMERS = """
import sys
from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen
from tryggsti.ui.widgets.crisis_lines import CrisisLines
from tryggsti.ui.widgets.night_set import NightSet
CrisisLines.REDRAW_SECONDS = NightSet.REDRAW_SECONDS = GroundingPlayerScreen.TICK_SECONDS = 0.1
from tryggsti.cli import main
sys.exit(main(sys.argv[1:]))
"""
TEN_IDLE_SECONDS = 1.0


class Terminal:
    def __init__(self, vault) -> None:
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        self.child = pexpect.spawn(
            sys.executable,
            ["-c", FAST_TIMERS, "--full", "--vault", str(vault)],
            dimensions=(24, 80),
            env={**os.environ, "TERM": "xterm-256color", "TRYGGSTI_ENKEL": "0"},
        )

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            try:
                self.stream.feed(self.child.read_nonblocking(65536, timeout=0.05))
            except pexpect.TIMEOUT:
                continue

    def until(self, text: str, limit: float = 20.0) -> None:
        end = time.monotonic() + limit
        while not any(text in line for line in self.screen.display):
            assert time.monotonic() < end, f"never showed {text!r}:\n" + self.text
            self.pump(0.1)
        self.pump(0.5)  # the frame settles

    def press(self, keys: str, then: float = 0.6) -> None:
        self.child.send(keys)
        self.pump(then)

    @property
    def text(self) -> str:
        return "\n".join(self.screen.display)

    @property
    def cursor_line(self) -> str:
        return self.screen.display[self.screen.cursor.y]

    def close(self) -> None:
        self.child.sendcontrol("q")
        self.child.close(force=True)


@pytest.fixture
def app(tmp_path):
    vault = tmp_path / "v.vault"
    make_vault(vault, with_plan=True)
    terminal = Terminal(vault)
    terminal.until("Lås opp")
    terminal.press(PASSPHRASE + "\r")
    terminal.until("Hjem")
    yield terminal
    terminal.close()


def test_the_cursor_follows_focus_on_hjelp_naa(app):
    app.press("h")
    app.until("Trenger du hjelp nå?")
    # The button Enter presses has focus from the start, and the cursor is on it.
    assert "Start en kort jording" in app.cursor_line
    app.press("\t")
    line = app.cursor_line
    assert "For familie og venner" in line
    assert line.index("For familie") - 3 <= app.screen.cursor.x <= line.index("For familie")


def test_the_cursor_follows_focus_on_hjem(app):
    """Back on Hjem from a button on Hjelp nå, the cursor leaves the button's place for
    Hjem's own focus: the status column (today's line), or the title when nothing there
    takes focus."""
    app.press("h")
    app.until("Trenger du hjelp nå?")
    app.press("\t")
    app.press("\t")
    on_the_button = (app.screen.cursor.x, app.screen.cursor.y)
    app.press("\x1b", then=1.0)
    app.until("I dag er det")
    assert (app.screen.cursor.x, app.screen.cursor.y) != on_the_button
    line = app.cursor_line.strip()
    assert line.startswith(("Hjem", "I dag er det")), app.text


@pytest.mark.parametrize("where", ["hjem", "hjelp_naa", "jording"])
def test_ten_idle_seconds_change_nothing_on_screen(app, where):
    if where == "hjelp_naa":
        app.press("h")
        app.until("Trenger du hjelp nå?")
    elif where == "jording":
        app.press("h")
        app.until("Start en kort jording")
        app.press("g")
        app.until("Hvor sterk er uroen")
        app.press("\r")
        # Step 5 of «her-og-naa» lasts 20 s (2 real seconds): ten idle seconds fit in it.
        app.until("Steg 5 av", limit=30)
    before = app.text
    cursor = (app.screen.cursor.x, app.screen.cursor.y)
    app.pump(TEN_IDLE_SECONDS)
    assert app.text == before
    assert (app.screen.cursor.x, app.screen.cursor.y) == cursor


def test_textual_animations_none_is_honoured(tmp_path):
    """TEXTUAL_ANIMATIONS=none reaches the app: Textual then moves nothing gradually
    (scrolling, the command palette), and tryggsti sets no animation level of its own."""
    import subprocess

    probe = (
        "from pathlib import Path\n"
        "from tryggsti.ui.app import TryggstiApp\n"
        f"app = TryggstiApp(vault_path=Path({str(tmp_path / 'v.vault')!r}))\n"
        "print(app.animation_level)\n"
    )
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "none"
