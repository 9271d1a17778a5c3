"""The command line: parses arguments, then runs the app or a headless command.

Headless commands never import Textual; the app is imported only when it is started.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Sequence

from tryggsti.commands.common import UsageError, reset_stdin_buffer
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

EXIT_UNEXPECTED = 70
_IS_WINDOWS = sys.platform == "win32"


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
    if not commands:
        return parser
    passphrase = argparse.ArgumentParser(add_help=False)
    passphrase.add_argument(
        "--passphrase-stdin", action="store_true", help=t("cli.passphrase_stdin_help")
    )
    commands = parser.add_subparsers(
        dest="command", metavar="KOMMANDO", parser_class=NorwegianParser
    )
    for name in COMMAND_MODULES if only is None else (only,):
        importlib.import_module(name).register(commands, passphrase)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments. Starting the app (no command) imports no command module, and a
    command imports only its own: all seven took 60 ms, of a start-up that should feel
    instant and a `logg` that should be quick. Help, an unknown word and a mistake in the
    app's own options are parsed by the whole command line, so they read as before."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not HELP_FLAGS.intersection(given):
        with contextlib.suppress(UsageError):
            args, rest = build_parser(commands=False).parse_known_args(given)
            if not rest:
                args.command = None
                return args
            if rest[0] in MODULE_OF:
                return build_parser(only=MODULE_OF[rest[0]]).parse_args(given)
    return build_parser().parse_args(given)


def version_text() -> str:
    from tryggsti import __version__
    from tryggsti.vault.kdf import describe

    return t("cli.version", version=__version__, kdf=describe())


def disable_core_dumps() -> None:
    """A core dump would hold the decrypted data: this process never writes one."""
    try:
        import resource
    except ImportError:  # Windows has no core dumps to disable
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def utf8_pipes_on_windows() -> None:
    """Pipes on Windows default to the ANSI code page (cp1252): a passphrase with æ, ø or å
    piped in would turn into other bytes than the same one typed in the app, and output
    read by a script would not be UTF-8. Consoles are left alone (Python writes them in
    Unicode already). Everywhere else the locale is UTF-8 and nothing changes."""
    if not _IS_WINDOWS:
        return
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, OSError, ValueError):
            if not stream.isatty():
                stream.reconfigure(encoding="utf-8")


def entry() -> int:
    """The program's entry point (the `tryggsti` command, `python -m tryggsti`, the
    standalone build): `main`, then what the run made is frozen (gc.freeze) as the process
    ends. The interpreter's collections at exit would otherwise walk all of it only to
    free what the process's end frees anyway: about 30 ms after `logg`, longer than the
    check-in's own work. Standard streams are flushed and atexit handlers run as before;
    only objects in reference cycles are left to the end of the process (every file
    tryggsti writes is closed, and synced, by the code that writes it)."""
    import gc

    code = main()
    gc.freeze()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from tryggsti.collector import paused

    # A run of the command line makes many objects and little garbage (the imports, one
    # vault): no collection until it ends, or for the app until its first screen is shown
    # (ui/gc_pauses.started). Collections cost the app 60–90 ms before its first frame.
    with paused():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    reset_stdin_buffer()
    disable_core_dumps()
    utf8_pipes_on_windows()
    try:
        args = parse(argv)
        if args.version:
            print(version_text())
            return 0
        if args.command is None:
            from tryggsti.ui.launch import run_app

            return run_app(args)
        return args.handler(args)
    except SystemExit as done:  # --hjelp
        return int(done.code or 0)
    except UsageError as error:
        from tryggsti.domain.text import terminal_safe

        print(terminal_safe(str(error)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(t("errors.interrupted"), file=sys.stderr)
        return 130
    except Exception as error:
        return _report_expected_or_unexpected(error)


def _report_expected_or_unexpected(error: Exception) -> int:
    from tryggsti.messages import message_for
    from tryggsti.vault.errors import VaultError

    if isinstance(error, VaultError):
        print(message_for(error), file=sys.stderr)
        return error.exit_code
    from tryggsti.content.problems import ContentError

    if isinstance(error, ContentError):
        from tryggsti.content.problems import describe_all

        print(t("content.check_failed", count=len(error.problems)), file=sys.stderr)
        print("\n".join(describe_all(error.problems)), file=sys.stderr)
        return 1
    from tryggsti.domain.records import InvalidRecord

    if isinstance(error, InvalidRecord):
        # Input that breaks a record's rule (a note over the limit): the person's mistake.
        print(invalid_record_message(error), file=sys.stderr)
        return 1
    from tryggsti.crash_report import write_crash_report

    report = write_crash_report(error)
    print(t("errors.unexpected", kind=type(error).__name__, report=report), file=sys.stderr)
    return EXIT_UNEXPECTED


def invalid_record_message(error) -> str:
    from tryggsti.strings import lookup

    names = lookup("errors.fields")
    field = names.get(error.field, error.field)
    if error.limit is not None:
        return t("errors.text_too_long", field=field, limit=f"{error.limit:,}".replace(",", " "))
    return t("errors.invalid_value", field=field)


if __name__ == "__main__":
    raise SystemExit(main())
