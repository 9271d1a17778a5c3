"""Small helpers every headless command uses: reading secrets, parsing values, printing."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from tryggsti.paths import default_vault_path
from tryggsti.strings import t


class UsageError(Exception):
    """Bad input on the command line; the message is already in Norwegian."""


_stdin_lines: list[bytes] | None = None


def _stdin_read_lines() -> list[bytes]:
    """Standard input as lines ended by "\n" alone (a "\r" before it is dropped). Python's
    own line splitting also ends a line at U+2028, U+0085, a form feed and more: a
    passphrase holding one was cut there, while the app takes the whole line. Bytes are
    split first and decoded per line, so each part can say which of it is not UTF-8."""
    buffer = getattr(sys.stdin, "buffer", None)
    data = (
        buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8", "surrogateescape")
    )
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()  # the last "\n" ends a line; it starts none
    return [line.removesuffix(b"\r") for line in lines]


def _decoded(line: bytes, message_key: str) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(t(message_key)) from None


def _next_stdin_line() -> str:
    global _stdin_lines
    if _stdin_lines is None:
        _stdin_lines = _stdin_read_lines()
    if not _stdin_lines:
        raise UsageError(t("errors.no_passphrase"))
    return _decoded(_stdin_lines.pop(0), "errors.passphrase_not_utf8")


def read_rest_of_stdin() -> str:
    """Everything on standard input after the lines already read (the passphrase)."""
    global _stdin_lines
    if _stdin_lines is None:
        _stdin_lines = _stdin_read_lines()
    rest, _stdin_lines = _stdin_lines, []
    return _decoded(b"\n".join(rest), "errors.stdin_not_utf8").strip("\n")


def reset_stdin_buffer() -> None:
    """Forget lines read earlier (tests call main() several times in one process)."""
    global _stdin_lines
    _stdin_lines = None


def read_secret(args, prompt_key: str) -> str:
    """The next secret: a line of standard input with --passphrase-stdin, else the terminal."""
    if getattr(args, "passphrase_stdin", False):
        return _next_stdin_line()
    import getpass  # noqa: PLC0415 (only a command that asks at the terminal needs it)

    try:
        return getpass.getpass(t(prompt_key))
    except EOFError as error:
        raise UsageError(t("errors.no_passphrase")) from error


def read_new_passphrase(args) -> str:
    """A new passphrase: once from stdin, or twice from the terminal to catch typos."""
    from tryggsti.vault.kdf import check_passphrase_strength  # noqa: PLC0415 (docs/speed.md: keeps tryggsti.vault.kdf off the first frame)

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
    from tryggsti.dates import parse_day  # noqa: PLC0415 (docs/speed.md: keeps tryggsti.dates off --version)

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
    from tryggsti.domain.text import terminal_safe  # noqa: PLC0415 (docs/speed.md: keeps tryggsti.domain.text off the first frame)

    print(terminal_safe(text))


def warn(text: str) -> None:
    from tryggsti.domain.text import terminal_safe  # noqa: PLC0415 (docs/speed.md: keeps tryggsti.domain.text off the first frame)

    print(terminal_safe(text), file=sys.stderr)
