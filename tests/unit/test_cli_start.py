"""Starting the app reads only the app's own options: the command modules stay unloaded,
and everything else (commands, help, mistakes) is parsed exactly as before."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.unit.cli_helpers import run_cli
from tryggsti.cli import parse

PROBE = """
import sys
import tryggsti.ui.launch as launch
loaded = lambda: sorted(m for m in sys.modules if m.startswith("tryggsti.commands."))
launch.run_app = lambda args: print(loaded(), args.vault, args.innhold)
from tryggsti.cli import main
main(sys.argv[1:])
"""


def test_starting_the_app_imports_no_command(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--vault", str(tmp_path / "v"), "--innhold", "x"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"['tryggsti.commands.common'] {tmp_path / 'v'} ['x']"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--vault", "a.vault"],
        ["--vault=a.vault", "--innhold", "m1", "--innhold", "m2"],
        ["--version"],
        ["--vault", "a.vault", "logg", "--humør", "6"],
        ["logg", "--passphrase-stdin", "--humør", "6"],
    ],
)
def test_the_same_arguments_as_the_whole_command_line(argv):
    from tryggsti.command_line import build_parser

    whole = build_parser().parse_args(argv)
    quick = parse(argv)
    assert (quick.command, quick.vault, quick.innhold, quick.version) == (
        whole.command,
        whole.vault,
        whole.innhold,
        whole.version,
    )


def test_a_mistake_is_told_once_by_the_whole_command_line(monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "--vault")
    assert result.code == 1
    assert result.err.count("usage:") + result.err.count("bruk:") == 1
    assert "KOMMANDO" in result.err  # the whole command line's usage, commands and all


def test_help_lists_the_commands(monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "--hjelp")
    assert result.code == 0
    for command in ("logg", "eksport", "lekse"):
        assert command in result.out


def test_each_command_word_belongs_to_the_module_that_registers_it():
    import argparse
    import importlib

    from tryggsti.command_line import COMMAND_MODULES, MODULE_OF, NorwegianParser

    registered = {}
    for name in COMMAND_MODULES:
        parser = NorwegianParser(prog="tryggsti")
        words = parser.add_subparsers(dest="command", parser_class=NorwegianParser)
        importlib.import_module(name).register(words, argparse.ArgumentParser(add_help=False))
        registered.update(dict.fromkeys(words.choices, name))
    assert registered == MODULE_OF


def test_a_command_imports_only_its_own_module(tmp_path):
    probe = PROBE.replace("tryggsti.ui.launch as launch", "tryggsti.commands.common as launch")
    probe = probe.replace(
        "from tryggsti.cli import main",
        "import tryggsti.commands.logg as logg\nlogg.run = lambda args: print(loaded())\n"
        "from tryggsti.cli import main",
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, "--vault", str(tmp_path / "v"), "logg", "--humør", "6"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "['tryggsti.commands.common', 'tryggsti.commands.logg']"


def test_no_arguments_give_the_whole_command_lines_defaults():
    from tryggsti.command_line import build_parser

    assert vars(parse([])) == vars(build_parser().parse_args([]))


def test_starting_with_no_arguments_loads_no_parser(tmp_path):
    probe = PROBE.replace(
        "print(loaded(), args.vault, args.innhold)",
        "print(loaded(), args.vault, args.innhold, 'argparse' in sys.modules, "
        "'tryggsti.command_line' in sys.modules)",
    ).replace("main(sys.argv[1:])", "main([])")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['tryggsti.commands.common'] None [] False False"
