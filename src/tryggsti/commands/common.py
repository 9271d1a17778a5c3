"""Small helpers every headless command uses: reading secrets, parsing values, printing."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from tryggsti.paths import default_vault_path
from tryggsti.strings import t


class UsageError(Exception):
    """Bad input on the command line; the message is already in Norwegian."""


_stdin_lines: list[str] | None = None


def _next_stdin_line() -> str:
    global _stdin_lines
    if _stdin_lines is None:
        try:
            _stdin_lines = sys.stdin.read().splitlines()
        except UnicodeDecodeError:
            raise UsageError(t("errors.passphrase_not_utf8")) from None
    if not _stdin_lines:
        raise UsageError(t("errors.no_passphrase"))
    line = _stdin_lines.pop(0)
    try:
        line.encode("utf-8")  # bytes that were not UTF-8 arrive as lone surrogates
    except UnicodeEncodeError:
        raise UsageError(t("errors.passphrase_not_utf8")) from None
    return line


def read_rest_of_stdin() -> str:
    """Everything on standard input after the lines already read (the passphrase)."""
    global _stdin_lines
    if _stdin_lines is None:
        _stdin_lines = sys.stdin.read().splitlines()
    rest, _stdin_lines = _stdin_lines, []
    return "\n".join(rest).strip("\n")


def reset_stdin_buffer() -> None:
    """Forget lines read earlier (tests call main() several times in one process)."""
    global _stdin_lines
    _stdin_lines = None


def read_secret(args, prompt_key: str) -> str:
    """The next secret: a line of standard input with --passphrase-stdin, else the terminal."""
    if getattr(args, "passphrase_stdin", False):
        return _next_stdin_line()
    import getpass  # only a command that asks at the terminal needs it

    try:
        return getpass.getpass(t(prompt_key))
    except EOFError as error:
        raise UsageError(t("errors.no_passphrase")) from error


def read_new_passphrase(args) -> str:
    """A new passphrase: once from stdin, or twice from the terminal to catch typos."""
    from tryggsti.vault.kdf import check_passphrase_strength

    first = read_secret(args, "cli.ask_new_passphrase")
    check_passphrase_strength(first)  # before asking again: a weak one is not typed twice
    if getattr(args, "passphrase_stdin", False):
        return first
    if read_secret(args, "cli.ask_new_passphrase_again") != first:
        raise UsageError(t("errors.passphrases_differ"))
    return first


def vault_path(args) -> Path:
    return default_vault_path(getattr(args, "vault", None))


def parse_date(value: str | None, today: date | None = None) -> date | None:
    """A date as the app asks for it (1.11.2026, 1.11) or as ISO (2026-11-01)."""
    from tryggsti.dates import parse_day

    if value is None:
        return None
    try:
        return parse_day(value, today or date.today())
    except ValueError as error:
        raise UsageError(t("cli.bad_date", value=value)) from error


def scale(name: str):
    """An argparse type for 0–10 answers that complains in Norwegian."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            number = -1
        if not 0 <= number <= 10:
            raise UsageError(t("cli.bad_scale", name=name, value=value))
        return number

    return parse


def say(text: str) -> None:
    from tryggsti.domain.text import terminal_safe

    print(terminal_safe(text))


def warn(text: str) -> None:
    from tryggsti.domain.text import terminal_safe

    print(terminal_safe(text), file=sys.stderr)
