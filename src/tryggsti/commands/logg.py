"""`logg`: add a check-in to the mood log without opening the app."""

from __future__ import annotations

from tryggsti.commands.common import (
    UsageError,
    read_rest_of_stdin,
    read_secret,
    say,
    scale,
    vault_path,
)
from tryggsti.strings import t

# Private text on the command line is visible to other programs (/proc/PID/cmdline) and
# stays in the shell's history, so the note can come from standard input (--notat -)
# or be typed at a prompt (--notat with no text).
ASK = object()


def _note(args) -> str:
    if args.note is ASK:
        try:
            return input(t("cli.ask_note"))
        except EOFError:
            return ""
    if args.note == "-":
        return read_rest_of_stdin()
    return args.note


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
        "--notat",
        dest="note",
        nargs="?",
        const=ASK,
        default="",
        metavar="TEKST",
        help=t("cli.note_help"),
    )
    logg.set_defaults(handler=run)


def run(args) -> int:
    from tryggsti.domain.records import NOTE_LIMIT, InvalidRecord
    from tryggsti.services.checkins import log_checkin_quickly

    passphrase = read_secret(args, "cli.ask_passphrase")
    note = _note(args)
    if len(note) > NOTE_LIMIT:
        raise UsageError(t("cli.note_too_long", limit=NOTE_LIMIT, length=len(note)))
    try:
        entry = log_checkin_quickly(
            vault_path(args),
            passphrase,
            mood=args.mood,
            distress=args.distress,
            craving=args.craving,
            note=note,
        )
    except InvalidRecord as error:
        raise UsageError(t("cli.invalid_field", field=error.field)) from error
    from tryggsti.dates import clock_time, long_date_with_year

    say(t("cli.logged", when=f"{long_date_with_year(entry.at.date())} kl. {clock_time(entry.at)}"))
    return 0
