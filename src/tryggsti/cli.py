"""The command line: parses arguments, then runs the app or a headless command.

Headless commands never import Textual; the app is imported only when it is started.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from tryggsti.commands.common import UsageError, reset_stdin_buffer
from tryggsti.strings import t

EXIT_UNEXPECTED = 70
_IS_WINDOWS = sys.platform == "win32"
_IS_LINUX = sys.platform.startswith("linux")
_PR_SET_DUMPABLE = 4  # linux/prctl.h

if TYPE_CHECKING:
    import argparse


def parse(argv: Sequence[str] | None) -> SimpleNamespace | argparse.Namespace:
    """The arguments. `tryggsti` alone, as a person starts the app, has nothing to parse:
    it gets the app's defaults without loading the parser (tryggsti.command_line, which
    a test holds to the same defaults). Anything else is parsed there."""
    given = list(sys.argv[1:] if argv is None else argv)
    if not given:
        return SimpleNamespace(
            version=False, vault=None, innhold=[], enkel=False, full=False, command=None
        )
    from tryggsti.command_line import parse as parse_given

    return parse_given(given)


def version_text() -> str:
    from tryggsti import __version__
    from tryggsti.vault.kdf import description

    key, values = description()
    return t("cli.version", version=__version__, kdf=t(f"cli.{key}", **values))


def disable_core_dumps() -> None:
    """A core dump would hold the decrypted data: this process never writes one."""
    try:
        import resource
    except ImportError:  # Windows has no core dumps to disable
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def make_non_dumpable() -> None:
    """On Linux, prctl(PR_SET_DUMPABLE, 0): besides no core dump, no other process of
    the same user can attach to this one or read its memory (/proc/PID/mem) to find the
    passphrase or the decrypted data; only root still can. Other systems keep the core
    dump limit alone."""
    if not _IS_LINUX:
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


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
                stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]  # TextIO has none


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
    from tryggsti.speed.gc_pauses import paused

    # A run of the command line makes many objects and little garbage (the imports, one
    # vault): no collection until it ends, or for the app until its first screen is shown
    # (speed/gc_pauses.started). Collections cost the app 60–90 ms before its first frame.
    with paused():
        return _run(argv)


def _run(argv: Sequence[str] | None) -> int:
    reset_stdin_buffer()
    disable_core_dumps()
    make_non_dumpable()
    utf8_pipes_on_windows()
    try:
        args = parse(argv)
        if args.version:
            print(version_text())
            return 0
        if args.command is None:
            from tryggsti.enkel.start import reason_for_enkel

            reason = reason_for_enkel(args)
            if reason is not None:
                from tryggsti.enkel.app import run_enkel

                return run_enkel(args, reason)
            from tryggsti.ui.launch import run_app

            return run_app(args)
        _warn_on_rollback()
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


def _warn_on_rollback() -> None:
    """Any command that opens a vault older than one seen before says so on stderr."""
    from tryggsti.commands.common import warn
    from tryggsti.vault.seen import set_unlock_warning_listener

    set_unlock_warning_listener(lambda kind: warn(t(f"errors.rollback.{kind}")))


def _report_expected_or_unexpected(error: Exception) -> int:
    from tryggsti.error_messages import message_for
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
