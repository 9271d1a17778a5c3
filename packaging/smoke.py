"""Smoke-test a BUILT tryggsti (the standalone program or an installed wheel), not the source.

    uv run python packaging/smoke.py PATH/TO/tryggsti

Runs --version, `innhold sjekk`, init + logg + eksport --format html with
--passphrase-stdin in a temporary folder, and starts the full-screen app in a
pseudo-terminal until the unlock screen shows, then quits with Ctrl+Q.
Exits non-zero on the first failure.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from terminal_text import visible

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # only for the UI strings below, never for the program

PASSPHRASE = "smoke-test-passord-123"
UNLOCK_TIMEOUT = 30.0


def test_environment(home: Path) -> dict[str, str]:
    """A private home, and the real KDF: the built program is tested as a person runs it
    (Argon2id takes about half a second a run; the test-suite shortcut is not used here)."""
    env = dict(os.environ)
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        LOCALAPPDATA=str(home / "local"),
        APPDATA=str(home / "roaming"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
    )
    for name in ("TRYGGSTI_VAULT", "PYTHONPATH"):
        env.pop(name, None)
    return env


def run(program: list[str], *args: str, env: dict[str, str], stdin: str = "") -> str:
    result = subprocess.run(
        [*program, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    if result.returncode != 0:
        raise SystemExit(
            f"FAIL: {' '.join(args)} -> {result.returncode}\n{result.stdout}\n{result.stderr}"
        )
    print(f"ok: {' '.join(args)}")
    return result.stdout


def headless_checks(program: list[str], folder: Path, env: dict[str, str]) -> Path:
    out = run(program, "--version", env=env)
    assert out.startswith("tryggsti "), out
    out = run(program, "innhold", "sjekk", env=env)
    assert "25 emner" in out, out
    vault = folder / "tryggsti.vault"
    stdin = PASSPHRASE + "\n"
    run(program, "--vault", str(vault), "init", "--passphrase-stdin", env=env, stdin=stdin)
    assert vault.is_file()
    run(program, "--vault", str(vault), "logg", "--humør", "6", "--passphrase-stdin",
        env=env, stdin=stdin)  # fmt: skip
    report = folder / "rapport.html"
    run(program, "--vault", str(vault), "eksport", "--format", "html", "--ut", str(report),
        "--passphrase-stdin", env=env, stdin=stdin)  # fmt: skip
    html = report.read_text(encoding="utf-8")
    assert "<html" in html.lower() and "</html>" in html.lower(), html[:200]
    return vault


def unlock_screen_shows(program: list[str], vault: Path, env: dict[str, str]) -> float:
    """Start the app in a pseudo-terminal, wait for the unlock screen, quit with Ctrl+Q.

    Returns the seconds from start until the unlock screen's button was drawn."""
    from tryggsti.strings import t

    expected = t("unlock.button").encode("utf-8")
    seconds = shows_in_terminal([*program, "--vault", str(vault)], expected, env)
    print(f"ok: unlock screen in a pseudo-terminal after {seconds:.2f} s")
    return seconds


def shows_in_terminal(argv: list[str], expected: bytes, env: dict[str, str]) -> float:
    """Start `argv` in a 100×32 pseudo-terminal, wait until `expected` is drawn (escape
    sequences between its characters are ignored), quit with Ctrl+Q; returns the seconds."""
    import select

    started = time.monotonic()
    pid, fd = start_in_terminal(argv, env)
    seen, shown = b"", False
    deadline = time.monotonic() + UNLOCK_TIMEOUT
    try:
        while not shown and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
                shown = expected in visible(seen)
        if not shown:
            raise SystemExit(f"FAIL: {expected!r} not shown; last output:\n{seen[-2000:]!r}")
        seconds = time.monotonic() - started
        os.write(fd, b"\x11")  # Ctrl+Q
        _wait_for_exit(pid, fd)
        return seconds
    finally:
        os.close(fd)


def start_in_terminal(argv: list[str], env: dict[str, str]) -> tuple[int, int]:
    """Start `argv` in a new 100×32 pseudo-terminal; returns the child's pid and the
    terminal's file descriptor (the caller closes it)."""
    import pty

    env = dict(env, TERM="xterm-256color", COLUMNS="100", LINES="32")
    pid, fd = pty.fork()
    if pid == 0:  # the child: become the program
        os.execvpe(argv[0], argv, env)
    _set_size(fd, 32, 100)
    return pid, fd


def _set_size(fd: int, rows: int, cols: int) -> None:
    import fcntl
    import struct
    import termios

    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def _wait_for_exit(pid: int, fd: int) -> None:
    import select
    import signal

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        finished, status = os.waitpid(pid, os.WNOHANG)
        if finished:
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"FAIL: app exited with {os.waitstatus_to_exitcode(status)}")
            print("ok: Ctrl+Q quit the app")
            return
        if select.select([fd], [], [], 0.1)[0]:
            with contextlib.suppress(OSError):
                os.read(fd, 65536)  # keep draining so the app never blocks on output
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    raise SystemExit("FAIL: the app did not quit on Ctrl+Q within 10 s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", nargs="+", help="the built program (and any leading args)")
    parser.add_argument("--no-pty", action="store_true", help="skip the pseudo-terminal step")
    args = parser.parse_args(argv)
    program = [str(Path(args.program[0]).resolve()) if Path(args.program[0]).exists()
               else args.program[0], *args.program[1:]]  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="tryggsti-smoke-") as name:
        folder = Path(name)
        env = test_environment(folder / "home")
        vault = headless_checks(program, folder, env)
        if args.no_pty or sys.platform == "win32":
            print("skipped: pseudo-terminal step (no pty on Windows)")
        else:
            unlock_screen_shows(program, vault, env)
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
