"""The printing rules of «enkel modus», in one place.

Plain UTF-8 lines only: no escape byte of any kind, no bare carriage return or
backspace, no box-drawing, block or emoji characters. A screen is a heading, short
paragraphs, a numbered menu with one option a line, and a prompt ending in «: ».
Every prompt also answers `h`, `hjelp` and `113` (the crisis lines, then the same
prompt again), `tøm` (clears the terminal and its scrollback) and, with a vault open,
`lås`. End of input and Ctrl+C end the run (`Ended`) after what was typed is saved.
"""

from __future__ import annotations

import os
import re
import select
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal, overload

from tryggsti.strings import t

HELP_WORDS = frozenset({"h", "hjelp", "113"})
CLEAR_WORD = "tøm"
LOCK_WORD = "lås"
BACK = "t"
REPEAT = "?"
WIDTH = 76

# Erase the scrollback, move home, erase the screen: the one escape this mode sends,
# and only when the person types `tøm`.
CLEAR_SEQUENCE = "\x1b[3J\x1b[H\x1b[2J"

# C0 and C1 controls except newline (escape, bare CR and backspace among them), the
# box-drawing and block ranges, dingbats and symbols shown as emoji, emoji themselves,
# and the selector that turns a character into one.
_FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2500-\u259f\u2600-\u27bf\u2b00-\u2bff"
    "\ufe0e\ufe0f\U0001f000-\U0001faff\u200b-\u200f\u2028-\u202e\u2060-\u206f]"
)
_SPACES = re.compile(r"[ \t]+\n")


def plain(text: str) -> str:
    """`text` with every character this mode never prints taken out; tabs become a space
    and a no-break space stays (a number never splits)."""
    text = text.replace("\r\n", "\n").replace("\t", " ")
    return _SPACES.sub("\n", _FORBIDDEN.sub("", text))


class Ended(Exception):
    """End of input or Ctrl+C at a prompt: save what was entered and leave."""

    def __init__(self, *, interrupted: bool = False) -> None:
        super().__init__()
        self.interrupted = interrupted


class LockAsked(Exception):
    """`lås` at a prompt, or the idle time ran out: drop the decrypted data."""

    def __init__(self, *, idle: bool) -> None:
        super().__init__()
        self.idle = idle


@dataclass(frozen=True)
class Option:
    key: str  # the value returned when chosen
    label: str
    letter: str = ""  # the same letter as in the full app, or none


class Reader:
    """Lines from standard input, with an idle limit where the platform allows it.

    On POSIX the file descriptor is read directly (select, then os.read), so a limit
    works for a terminal and a pipe alike and Python's buffer never hides a line from
    select. Elsewhere (the Windows console) a line is read the usual way and the limit
    is checked when it arrives.
    """

    def __init__(self, stream=None, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream if stream is not None else sys.stdin
        self.clock = clock
        self._buffer = b""
        self._eof = False
        try:
            self._fd = self.stream.fileno() if os.name == "posix" else None
        except (AttributeError, OSError, ValueError):
            self._fd = None

    @overload
    def line(self, timeout: None = None) -> str: ...
    @overload
    def line(self, timeout: float | None) -> str | None: ...
    def line(self, timeout: float | None = None) -> str | None:
        """The next line without its newline; None when `timeout` seconds passed first.
        Raises EOFError at the end of input."""
        if self._fd is None:
            started = self.clock()
            text = self.stream.readline()
            if not text:
                raise EOFError
            if timeout is not None and self.clock() - started >= timeout:
                return None
            return text.rstrip("\r\n")

        deadline = None if timeout is None else self.clock() + timeout
        while b"\n" not in self._buffer:
            if self._eof:
                if not self._buffer:
                    raise EOFError
                break
            wait = None if deadline is None else max(0.0, deadline - self.clock())
            ready, _, _ = select.select([self._fd], [], [], wait)
            if not ready:
                return None
            chunk = os.read(self._fd, 4096)
            if not chunk:
                self._eof = True
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\n")
        return raw.decode("utf-8", errors="replace").rstrip("\r")


class Terminal:
    """Writes plain lines and asks questions by the rules above."""

    def __init__(
        self,
        out=None,
        reader: Reader | None = None,
        *,
        interactive: bool | None = None,
        help_lines: Callable[[], Sequence[str]] = lambda: (),
    ) -> None:
        self.out = out if out is not None else sys.stdout
        self.reader = reader or Reader()
        if interactive is None:
            interactive = _is_terminal(self.reader.stream)
        self.interactive = interactive  # a person at a terminal: secrets through getpass
        self.help_lines = help_lines
        self.can_lock = False
        self.idle_seconds: float | None = None
        self._after_blank = True

    # Writing

    def write(self, text: str = "") -> None:
        text = plain(text)
        self.out.write(text + "\n")
        self.out.flush()
        self._after_blank = not text.strip()

    def blank(self) -> None:
        """One empty line between parts, never two in a row."""
        if not self._after_blank:
            self.write("")

    def _answered(self) -> None:
        """After an answer from a pipe, where nothing echoes the newline typed: the next
        line starts on a line of its own, as it does at a terminal."""
        if not self.interactive:
            self.out.write("\n")
        self._after_blank = False

    def heading(self, text: str) -> None:
        # No underline of = or -: a screen reader would read every one of them.
        self.blank()
        self.write(text)
        self.blank()

    def subheading(self, text: str) -> None:
        self.blank()
        self.write(text)

    def paragraph(self, text: str) -> None:
        """Short paragraphs, each wrapped; a blank line in `text` starts a new one."""
        for part in plain(text).split("\n\n"):
            lines = [
                textwrap.fill(
                    line,
                    WIDTH,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
                for line in part.split("\n")
            ]
            self.write("\n".join(lines))
            self.blank()

    def wrapped(self, text: str) -> None:
        """One line of text, wrapped to the width (a number never splits)."""
        self.write(
            textwrap.fill(plain(text), WIDTH, break_long_words=False, break_on_hyphens=False)
            if text.strip()
            else ""
        )

    def items(self, texts: Sequence[str]) -> None:
        for text in texts:
            self.write(
                textwrap.fill(
                    plain(text),
                    WIDTH,
                    initial_indent="- ",
                    subsequent_indent="  ",
                    break_long_words=False,
                )
            )

    def menu(self, options: Sequence[Option], *, back: bool = True) -> None:
        for number, option in enumerate(options, start=1):
            letter = f" ({option.letter.upper()})" if option.letter else ""
            self.write(f"{number}. {option.label}{letter}")
        self.write(t("enkel.menu_hint" if back else "enkel.menu_hint_top"))

    def clear(self) -> None:
        """`tøm`: the only escape sequence «enkel modus» ever writes."""
        self.out.write(CLEAR_SEQUENCE)
        self.out.flush()

    # Asking

    def ask(self, prompt: str) -> str:
        """One answer, stripped. Help, `tøm` and `lås` are answered here; the prompt
        comes again after help and `tøm`."""
        while True:
            self.out.write(plain(prompt).rstrip() + ": ")
            self.out.flush()
            try:
                answer = self.reader.line(self.idle_seconds if self.can_lock else None)
            except EOFError:
                self.out.write("\n")
                raise Ended from None
            except KeyboardInterrupt:
                self.out.write("\n")
                raise Ended(interrupted=True) from None
            if answer is None:
                self.out.write("\n")
                raise LockAsked(idle=True)
            self._answered()
            answer = answer.strip()
            word = answer.casefold()
            if word in HELP_WORDS:
                self.show_help()
                continue
            if word == CLEAR_WORD:
                self.clear()
                continue
            if word == LOCK_WORD and self.can_lock:
                raise LockAsked(idle=False)
            return answer

    def wait(self, seconds: float) -> str | None:
        """Silence for `seconds`, or until a line is typed (returned): a timed grounding
        step prints nothing until its time comes. Help answers here too."""
        deadline = self.reader.clock() + seconds
        while True:
            left = deadline - self.reader.clock()
            if left <= 0:
                return None
            try:
                answer = self.reader.line(left)
            except EOFError:
                raise Ended from None
            except KeyboardInterrupt:
                self.out.write("\n")
                raise Ended(interrupted=True) from None
            if answer is None:
                return None
            if answer.strip().casefold() in HELP_WORDS:
                self.show_help()
                continue
            return answer.strip()

    def show_help(self) -> None:
        self.blank()
        for line in self.help_lines():
            self.write(line)
        self.blank()

    def secret(self, prompt: str) -> str:
        """A passphrase or recovery code, never echoed: getpass at a terminal, a plain
        line from a pipe (nothing echoes there)."""
        while True:
            text = plain(prompt).rstrip() + ": "
            try:
                if self.interactive:
                    import getpass  # noqa: PLC0415 (only a prompt at a terminal needs it)

                    answer = getpass.getpass(text)
                else:
                    self.out.write(text)
                    self.out.flush()
                    answer = self.reader.line()
                self._answered()
            except EOFError:
                self.out.write("\n")
                raise Ended from None
            except KeyboardInterrupt:
                self.out.write("\n")
                raise Ended(interrupted=True) from None
            if answer.strip().casefold() in HELP_WORDS:
                self.show_help()
                continue
            if answer.strip().casefold() == CLEAR_WORD:
                self.clear()
                continue
            return answer

    @overload
    def choose(
        self, options: Sequence[Option], prompt: str | None = None, *, back: Literal[False]
    ) -> str: ...
    @overload
    def choose(
        self, options: Sequence[Option], prompt: str | None = None, *, back: bool = True
    ) -> str | None: ...
    def choose(
        self, options: Sequence[Option], prompt: str | None = None, *, back: bool = True
    ) -> str | None:
        """A menu: the option's key, or None for `t` (back) when `back` is allowed.
        `?` repeats the menu; anything else unknown says so and asks again."""
        self.menu(options, back=back)
        while True:
            answer = self.ask(prompt or t("enkel.choose")).casefold()
            if answer == REPEAT:
                self.menu(options, back=back)
                continue
            if back and answer == BACK:
                return None
            picked = _pick(options, answer)
            if picked is not None:
                return picked
            self.write(t("enkel.unknown_choice", count=len(options)))

    def number(self, prompt: str, low: int, high: int, *, optional: bool = True) -> int | None:
        """A whole number from low to high; empty skips when `optional`."""
        while True:
            answer = self.ask(prompt)
            if not answer and optional:
                return None
            try:
                value = int(answer)
            except ValueError:
                value = None
            if value is not None and low <= value <= high:
                return value
            self.write(t("enkel.number_range", low=low, high=high))

    def yes_no(self, prompt: str) -> bool | None:
        """«ja» or «nei» (j/n); empty is no answer."""
        while True:
            answer = self.ask(f"{prompt} ({t('enkel.yes_no')})").casefold()
            if not answer:
                return None
            if answer in ("j", "ja"):
                return True
            if answer in ("n", "nei"):
                return False
            self.write(t("enkel.yes_no_again"))

    def enter(self) -> None:
        self.ask(t("enkel.press_enter"))


def _pick(options: Sequence[Option], answer: str) -> str | None:
    if answer.isdigit():
        index = int(answer) - 1
        return options[index].key if 0 <= index < len(options) else None
    for option in options:
        if option.letter and answer == option.letter.casefold():
            return option.key
    return None


def _is_terminal(stream) -> bool:
    """Whether answers are typed at a terminal (which echoes them): then secrets go
    through getpass, which reads the terminal itself with echo off, also when standard
    output is a pipe (`tryggsti --enkel | tee`)."""
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
