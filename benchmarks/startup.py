"""Start-up time of tryggsti's unlock screen against a bare Textual app, as a ratio.

Both start as a person starts them: a fresh process in a pseudo-terminal (100×32), through
the real entry point (`python -m tryggsti`, as the `tryggsti` command does), tryggsti
with no arguments and its vault where it looks for one (in a private home). The clock
stops when the screen is drawn: for the bare app its one line of text, for tryggsti the
help lines read from resources.toml («Kirkens SOS», the fifth; the first frame's
placeholder names only 113), which are drawn together.
The three start in turn, round after round, and each round gives a ratio of its own:
on this 2-core machine a start's wall time moves by ±15 % from one second to the next,
so a round's three starts share the machine's pace, and the figure is the median of 21
rounds' ratios (with its quartiles, to show the spread). The ratio of the medians, the
figure before 2026-12, is printed beside it.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import statistics
import sys
import tempfile
import unittest.mock
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from smoke import shows_in_terminal, start_in_terminal, test_environment  # noqa: E402

from rounds import ratio_of_rounds  # noqa: E402

BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("tom-app-klar")

Bare().run()
"""
BARE_SHOWS = b"tom-app-klar"

# A second floor: the unlock screen's widgets and styles in plain Textual, with its help
# lines as fixed text, none of tryggsti's code. What Textual alone needs to draw it.
PLAIN_UNLOCK_APP = """
import sys
from textual.app import App
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Static

LINES = "\\n".join([
    "113  Medisinsk nødtelefon  (hele døgnet)", "112  Politi  (hele døgnet)",
    "116 117  Legevakt  (hele døgnet)", "116 123  Mental Helse Hjelpetelefonen",
    "22 40 00 40  Kirkens SOS  (hele døgnet)", "116 006  Vold- og overgrepslinjen",
])

class PlainUnlock(App):
    CSS_PATH = sys.argv[1]
    # What app.tcss says of UnlockScreen, and the key line's place (it docks itself).
    CSS = "Screen { layout: horizontal; } #keys { dock: bottom; height: 1; }"

    def compose(self):
        with Vertical(id="unlock-form", classes="card"):
            yield Static("tryggsti", id="brand")
            yield Static("Skriv passordet ditt for å åpne hvelvet.", classes="lead")
            yield Input(placeholder="Passord", password=True, id="passphrase")
            yield Static("", id="unlock-message", classes="message")
            with Horizontal(classes="buttons"):
                yield Button("Lås opp", variant="primary", id="unlock")
                yield Button("Glemt passordet?", id="forgot")
        with VerticalScroll(id="unlock-crisis", classes="crisis-lines"):
            yield Static("Trenger du hjelp nå?", classes="crisis-heading")
            yield Static(LINES)
        yield Static("F1 Hjelp nå F2 Jording F12 Skjul Ctrl+Q Avslutt", id="keys")

PlainUnlock().run()
"""
STYLES = ROOT / "src" / "tryggsti" / "ui" / "styles" / "app.tcss"
TRYGGSTI_SHOWS = b"Kirkens SOS"


def _environment(home: Path) -> dict[str, str]:
    # Bytecode is cached as on a person's machine (the first, warming run writes it).
    env = test_environment(home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _set_up(folder: Path, vault: Path | None) -> dict[str, str]:
    """The environment for a start in `folder`, with a vault where tryggsti looks when it
    is started with no arguments, as a person starts it: a copy of `vault`, or an empty
    file (either makes it show the unlock screen)."""
    env = _environment(folder / "home")
    with unittest.mock.patch.dict(os.environ, env, clear=True):
        from tryggsti.paths import default_vault_path

        target = default_vault_path()
    target.parent.mkdir(parents=True)
    if vault is None:
        target.write_bytes(b"")
    else:
        shutil.copyfile(vault, target)
    return env


def _time(argv: list[str], shows: bytes, env: dict[str, str]) -> float:
    with contextlib.redirect_stdout(io.StringIO()):
        return shows_in_terminal(argv, shows, env)


def startup_figures(runs: int = 21, vault: Path | None = None) -> dict[str, float]:
    """Median seconds until the first screen is drawn, for both apps, and their ratio."""
    with tempfile.TemporaryDirectory() as folder:
        env = _set_up(Path(folder), vault)
        apps = {
            "startup_bare_s": ([sys.executable, "-c", BARE_APP], BARE_SHOWS),
            "startup_plain_unlock_s": (
                [sys.executable, "-c", PLAIN_UNLOCK_APP, str(STYLES)],
                TRYGGSTI_SHOWS,
            ),
            "startup_s": (
                [sys.executable, "-m", "tryggsti"],
                TRYGGSTI_SHOWS,
            ),
        }
        for argv, shows in apps.values():
            _time(argv, shows, env)  # warm the OS file cache for each
        times: dict[str, list[float]] = {name: [] for name in apps}
        for _ in range(runs):  # alternated, so a busy moment on the machine hits each
            for name, (argv, shows) in apps.items():
                times[name].append(_time(argv, shows, env))
    figures = {name: statistics.median(runs_of) for name, runs_of in times.items()}
    for name, ratio in (
        ("startup", "startup_ratio"),
        ("startup_plain_unlock", "startup_plain_unlock_ratio"),
    ):
        pairs = zip(times[f"{name}_s"], times["startup_bare_s"], strict=True)
        figures.update(ratio_of_rounds(ratio, [app / bare for app, bare in pairs]))
        figures[f"{ratio}_of_medians"] = figures[f"{name}_s"] / figures["startup_bare_s"]
    return figures


def instruction_figures(vault: Path | None = None) -> dict[str, float]:
    """Instructions each app runs until its first frame, counted by valgrind (callgrind),
    and tryggsti's ratio to the bare app: the same figure as startup_ratio, measured
    without the machine's swings. Empty when valgrind is not installed."""
    if shutil.which("valgrind") is None:
        return {}
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        env = _set_up(here, vault)
        (here / "bare.py").write_text(BARE_APP, encoding="utf-8")
        (here / "plain.py").write_text(PLAIN_UNLOCK_APP, encoding="utf-8")
        frame = str(Path(__file__).with_name("first_frame.py"))
        apps = {
            "startup_bare_instructions": [BARE_SHOWS, str(here / "bare.py")],
            "startup_plain_unlock_instructions": [
                TRYGGSTI_SHOWS,
                str(here / "plain.py"),
                str(STYLES),
            ],
            "startup_instructions": [TRYGGSTI_SHOWS, "tryggsti"],
        }
        figures = {}
        for name, (shows, *args) in apps.items():
            # Once without counting: the bytecode and the help lines' checked copy are
            # written then, as on every start after a person's first.
            _until_exit([sys.executable, frame, shows.decode(), *args], env)
            log = here / f"{name}.log"
            valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
            _until_exit(
                [*valgrind, f"--log-file={log}", sys.executable, frame, shows.decode(), *args], env
            )
            counted = re.search(rb"Collected : (\d+)", log.read_bytes())
            if counted is None:
                return {}
            figures[name] = float(counted[1])
    figures["startup_instructions_ratio"] = (
        figures["startup_instructions"] / figures["startup_bare_instructions"]
    )
    figures["startup_plain_unlock_instructions_ratio"] = (
        figures["startup_plain_unlock_instructions"] / figures["startup_bare_instructions"]
    )
    return figures


def _until_exit(argv: list[str], env: dict[str, str]) -> None:
    """Run `argv` in a 100×32 pseudo-terminal until it exits (first_frame.py exits itself)."""
    import select

    pid, fd = start_in_terminal(argv, env)
    try:
        while True:
            ready, _, _ = select.select([fd], [], [], 120)
            if not ready:
                os.kill(pid, 9)
                break
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
    finally:
        os.waitpid(pid, 0)
        os.close(fd)


if __name__ == "__main__":
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    for name, value in {**startup_figures(), **instruction_figures()}.items():
        print(f"{name}: {value:.3f}")
