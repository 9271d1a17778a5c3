"""The command line's parser (argparse): the whole command line, and a quick first look
at the app's own options that imports no command module.

Only a start with arguments needs it (tryggsti.cli.parse): argparse and gettext cost a
start with none about 8M instructions, nearly 1 % of its way to the first frame.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys

from tryggsti.commands.common import UsageError
from tryggsti.strings import lookup, t

COMMAND_MODULES = (
    "tryggsti.commands.vault_commands",
    "tryggsti.commands.logg",
    "tryggsti.commands.eksport",
    "tryggsti.commands.innhold",
    "tryggsti.commands.oas",
    "tryggsti.commands.lekse",
    "tryggsti.commands.flytt",
)

# The module that registers each command word, so a command imports only its own module
# (tests/unit/test_cli_start.py holds this to what the modules register).
MODULE_OF = {
    "init": "tryggsti.commands.vault_commands",
    "passord": "tryggsti.commands.vault_commands",
    "sikkerhetskopi": "tryggsti.commands.vault_commands",
    "logg": "tryggsti.commands.logg",
    "eksport": "tryggsti.commands.eksport",
    "innhold": "tryggsti.commands.innhold",
    "oas": "tryggsti.commands.oas",
    "lekse": "tryggsti.commands.lekse",
    "hjemmeoppgave": "tryggsti.commands.lekse",
    "flytt": "tryggsti.commands.flytt",
    "importer": "tryggsti.commands.flytt",
}


def _translate_argparse(message: str) -> str:
    # argparse looks its English messages up through gettext at call time.
    return lookup("argparse").get(message, message)


class NorwegianParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--hjelp", "--help", action="help", help=t("cli.help_help"))

    def error(self, message: str):
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


HELP_FLAGS = frozenset({"-h", "--hjelp", "--help"})


class _FirstLook(NorwegianParser):
    def error(self, message: str):
        raise UsageError(message)  # said by the whole command line, which parses again


def build_parser(*, commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `commands=False` only the options of the app itself,
    with `only` (a module of COMMAND_MODULES) the commands of that module alone."""
    argparse._ = _translate_argparse  # type: ignore[attr-defined]
    kind = NorwegianParser if commands else _FirstLook
    parser = kind(prog="tryggsti", description=t("cli.description"))
    parser.add_argument("--version", action="store_true", help=t("cli.version_help"))
    parser.add_argument("--vault", metavar="STI", help=t("cli.vault_help"))
    parser.add_argument(
        "--innhold", metavar="MAPPE", action="append", default=[], help=t("cli.content_help")
    )
    parser.add_argument("--enkel", action="store_true", help=t("cli.enkel_help"))
    parser.add_argument("--full", action="store_true", help=t("cli.full_help"))
    if not commands:
        return parser
    passphrase = argparse.ArgumentParser(add_help=False)
    passphrase.add_argument(
        "--passphrase-stdin", action="store_true", help=t("cli.passphrase_stdin_help")
    )
    words = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=NorwegianParser)
    for name in COMMAND_MODULES if only is None else (only,):
        importlib.import_module(name).register(words, passphrase)
    return parser


def parse(given: list[str]) -> argparse.Namespace:
    """The arguments. Starting the app (no command) imports no command module, and a
    command imports only its own: all seven took 60 ms, of a start-up that should feel
    instant and a `logg` that should be quick. Help, an unknown word and a mistake in the
    app's own options are parsed by the whole command line, so they read as before."""
    if not HELP_FLAGS.intersection(given):
        with contextlib.suppress(UsageError):
            args, rest = build_parser(commands=False).parse_known_args(given)
            if not rest:
                args.command = None
                return args
            if rest[0] in MODULE_OF:
                return build_parser(only=MODULE_OF[rest[0]]).parse_args(given)
    return build_parser().parse_args(given)
