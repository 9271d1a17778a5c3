"""At the end of a run the program freezes what it made (cli.entry): the interpreter's
collections at exit would walk all of it, about 30 ms after `logg`, only to free what the
end of the process frees anyway. The exit code, the output and atexit handlers are as
before, in every way the program is started."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.unit.cli_helpers import PASSPHRASE
from tryggsti.vault.errors import WrongPassphrase

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import atexit, gc, runpy, sys
atexit.register(lambda: print("frozen at exit:", gc.get_freeze_count() > 0))
sys.argv = ["tryggsti", *sys.argv[1:]]
runpy.run_module("tryggsti", run_name="__main__")
"""


def test_a_command_ends_frozen_with_its_output_and_exit_code(tmp_path):
    vault = str(tmp_path / "v.vault")
    made = subprocess.run(
        [sys.executable, "-c", PROBE, "--vault", vault, "init", "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip().endswith("frozen at exit: True")
    wrong = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE,
            "--vault",
            vault,
            "logg",
            "--humør",
            "6",
            "--passphrase-stdin",
        ],
        input="feil passord\n",
        capture_output=True,
        text=True,
    )
    assert wrong.returncode == WrongPassphrase.exit_code, wrong.stdout + wrong.stderr
    assert "passord" in wrong.stderr.lower()
    assert wrong.stdout.strip().endswith("frozen at exit: True")


@pytest.mark.parametrize(
    "source",
    [ROOT / "src" / "tryggsti" / "__main__.py", ROOT / "packaging" / "entry.py"],
    ids=["python -m tryggsti", "standalone build"],
)
def test_every_way_in_goes_through_the_entry_point(source):
    assert "entry()" in source.read_text(encoding="utf-8")


def test_the_installed_command_goes_through_the_entry_point():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["tryggsti"] == "tryggsti.cli:entry"
