"""`logg`: add a check-in to the mood log without opening the app, and print the same
response the app shows (SAFETY-RESPONSES.md), as plain text."""

from __future__ import annotations

import argparse

from tryggsti.commands.common import (
    UsageError,
    read_rest_of_stdin,
    read_secret,
    say,
    scale,
    vault_path,
)
from tryggsti.dates import clock_time, long_date_with_year
from tryggsti.domain.records import NOTE_LIMIT, InvalidRecord, UnsafeKind
from tryggsti.services.checkins import check_in
from tryggsti.services.safety_response_text import as_plain_text, render_for
from tryggsti.services.session import VaultSession
from tryggsti.strings import t

# Private text on the command line is visible to other programs (/proc/PID/cmdline) and
# stays in the shell's history, so the note comes from standard input (--notat -) or is
# typed at a prompt (--notat with no text); literal text there is refused.
ASK = object()
UNSAFE_KINDS = tuple(kind.value for kind in UnsafeKind)
ANSWERS = {"ja": True, "nei": False}


def _choice(name: str, choices: tuple[str, ...]):
    def parse(value: str) -> str:
        if value.casefold() not in choices:
            raise argparse.ArgumentTypeError(
                t("cli.bad_choice", name=name, choices=", ".join(choices), value=value)
            )
        return value.casefold()

    return parse


def _note(args) -> str:
    if args.note is ASK:
        try:
            return input(t("cli.ask_note"))
        except EOFError:
            return ""
    if args.note == "-":
        return read_rest_of_stdin()
    return ""


def register(commands, passphrase_parent) -> None:
    logg = commands.add_parser("logg", help=t("cli.logg_help"), parents=[passphrase_parent])
    logg.add_argument(
        "--humør",
        "--humor",
        dest="mood",
        type=scale("humør"),
        required=True,
        metavar="N",
        help=t("cli.mood_help"),
    )
    logg.add_argument(
        "--stress",
        dest="distress",
        type=scale("stress"),
        default=None,  # not asked is not answered: never stored as 0
        metavar="N",
        help=t("cli.stress_help"),
    )
    logg.add_argument(
        "--sug",
        dest="craving",
        type=scale("sug"),
        default=None,
        metavar="N",
        help=t("cli.craving_help"),
    )
    logg.add_argument(
        "--rus",
        dest="used",
        nargs="?",
        const="",
        default=None,
        metavar="HVA",
        help=t("cli.use_help"),
    )
    logg.add_argument(
        "--utrygt",
        dest="unsafe",
        nargs="?",
        const=UnsafeKind.OTHER.value,
        default=None,
        type=_choice("--utrygt", UNSAFE_KINDS),
        metavar="|".join(UNSAFE_KINDS),
        help=t("cli.unsafe_help"),
    )
    logg.add_argument(
        "--tanker",
        dest="thoughts",
        default=None,
        type=_choice("--tanker", tuple(ANSWERS)),
        metavar="ja|nei",
        help=t("cli.thoughts_help"),
    )
    logg.add_argument(
        "--notat",
        dest="note",
        nargs="?",
        const=ASK,
        default="",
        metavar="-",
        help=t("cli.note_help"),
    )
    logg.set_defaults(handler=run)


def checkin_fields(args, note: str) -> dict:
    return {
        "mood": args.mood,
        "distress": args.distress,
        "craving": args.craving,
        "substance_use": args.used is not None,
        "substance_what": args.used or "",
        "unsafe_behaviour": args.unsafe is not None,
        "unsafe_kind": args.unsafe,
        "harm_thoughts": None if args.thoughts is None else ANSWERS[args.thoughts],
        "note": note,
    }


def run(args) -> int:
    if args.note not in (ASK, "", "-"):
        raise UsageError(t("cli.note_on_command_line"))  # before anything is read or saved
    passphrase = read_secret(args, "cli.ask_passphrase")
    note = _note(args)
    if len(note) > NOTE_LIMIT:
        raise UsageError(t("cli.note_too_long", limit=NOTE_LIMIT, length=len(note)))
    with VaultSession.unlock(vault_path(args), passphrase) as session:
        try:
            result = check_in(session, steps_can_wait=False, **checkin_fields(args, note))
        except InvalidRecord as error:
            raise UsageError(t("cli.invalid_field", field=error.field)) from error

        entry = result.entry
        when = f"{long_date_with_year(entry.at.date())} kl. {clock_time(entry.at)}"
        say(t("cli.logged", when=when))
        response = result.response
        if response is not None:
            say("")
            # The command line cannot ask: an unanswered question about thoughts of harm
            # becomes its numbers and the option that answers it; «ja» for many days gets
            # the full response («Sterkere», as when the question is skipped).
            asked = response.question is not None and entry.harm_thoughts is None
            say(as_plain_text(render_for(session, response), harm_question_unanswered=asked))
    return 0
