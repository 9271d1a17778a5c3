"""The unlock screen's first frame loads only what it shows: the help lines are read from
resources.toml on their own, without the code for every kind of content (about 20 ms), and
the first key does not bring in the text area (12 ms) that no unlock screen has, nor the
command palette's code (read when Ctrl+P first opens it) or getpass (for the command line).
From the second start on, the help lines come from the copy kept when the file passed its
check: neither tomllib nor the content checks are loaded (about 10 ms). What an unlock
runs is imported afterwards, while the passphrase is typed."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import asyncio, sys
from pathlib import Path
import tryggsti.ui.app
from tryggsti.config import Config
from tryggsti.ui.app import TryggstiApp

# What the first frame and the first key load, whatever the machine's speed: the warm-up
# (which loads the content on purpose, half a second in) does not start during the probe.
tryggsti.ui.app.WARM_UP_DELAY_S = 3600

async def main():
    app = TryggstiApp(vault_path=Path(sys.argv[1]), config=Config(), config_path=Path(sys.argv[2]))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        shown = "Kirkens SOS" in str(app.screen.query_one("#crisis-body").render())
        await pilot.press("a")
        await pilot.pause()
        unwanted = (
            "tryggsti.content.loader", "tryggsti.domain.content", "textual.widgets._text_area",
            "tryggsti.ui.widgets.palette", "getpass",
        ) + (("tomllib", "tryggsti.content.validate") if sys.argv[3] == "again" else ())
        print(shown, sorted(m for m in unwanted if m in sys.modules))
        app.exit()

asyncio.run(main())
"""


def _last_line(probe: str, tmp_path, *args: str) -> str:
    """What `probe` printed last, run in a new process against a vault the app opens on
    its unlock screen."""
    vault = tmp_path / "tryggsti.vault"
    vault.write_bytes(b"")  # an existing file: the app opens on the unlock screen
    done = subprocess.run(
        [sys.executable, "-c", probe, str(vault), str(tmp_path / "config.toml"), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return done.stdout.strip().splitlines()[-1]


def test_the_unlock_screen_shows_the_help_lines_without_loading_all_content(tmp_path):
    for start in ("first", "again"):
        assert _last_line(PROBE, tmp_path, start) == "True []", start


UNLOCK_CODE_PROBE = """
import asyncio, sys, threading
from pathlib import Path
import tryggsti.ui.app
from tryggsti.config import Config
from tryggsti.ui.app import TryggstiApp

UNLOCK_CODE = ("tryggsti.services.session", "tryggsti.domain.decoding", "msgspec")
loaded = lambda: sorted(m for m in UNLOCK_CODE if m in sys.modules)
if sys.argv[3] == "at-once":  # a machine so slow that the warm-up comes with the first frame
    tryggsti.ui.app.WARM_UP_DELAY_S = 0.001

before_warm_up, warmed = [], threading.Event()
warm_up, prepare = TryggstiApp._warm_up, TryggstiApp._prepare

def noting_warm_up(self):
    before_warm_up.append(loaded())
    warm_up(self)

def noting_prepare(self):
    prepare(self)
    warmed.set()

TryggstiApp._warm_up, TryggstiApp._prepare = noting_warm_up, noting_prepare

async def main():
    app = TryggstiApp(vault_path=Path(sys.argv[1]), config=Config(), config_path=Path(sys.argv[2]))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("a")
        while not warmed.is_set():  # order, not time: the subprocess's timeout stops a hang
            await asyncio.sleep(0.02)
        print(before_warm_up, loaded(), type(app.screen).__name__)
        app.exit()

asyncio.run(main())
"""


def test_the_unlock_code_is_imported_while_the_passphrase_is_typed(tmp_path):
    """What an unlock runs (the vault, its key derivation and the records' reader, about
    40 ms of imports) is loaded by the warm-up, while the passphrase is typed: nothing of
    it before, all of it after, and still on the unlock screen (no Enter needed). The same
    order holds when the warm-up comes at once."""
    expected = (
        "[[]] ['msgspec', 'tryggsti.domain.decoding', 'tryggsti.services.session'] UnlockScreen"
    )
    for warm_up in ("as-set", "at-once"):
        assert _last_line(UNLOCK_CODE_PROBE, tmp_path, warm_up) == expected, warm_up
