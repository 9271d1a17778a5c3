"""`logg`: add a check-in to the mood log without opening the app."""

from __future__ import annotations

from tryggsti.commands.common import read_secret, say, scale, vault_path
from tryggsti.strings import t


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
        default=0,
        metavar="N",
        help=t("cli.stress_help"),
    )
    logg.add_argument(
        "--sug",
        dest="craving",
        type=scale("sug"),
        default=0,
        metavar="N",
        help=t("cli.craving_help"),
    )
    logg.add_argument("--notat", dest="note", default="", metavar="TEKST", help=t("cli.note_help"))
    logg.set_defaults(handler=run)


def run(args) -> int:
    from tryggsti.services.checkins import log_checkin
    from tryggsti.services.session import VaultSession

    with VaultSession.unlock(vault_path(args), read_secret(args, "cli.ask_passphrase")) as session:
        entry = log_checkin(
            session, mood=args.mood, distress=args.distress, craving=args.craving, note=args.note
        )
    say(t("cli.logged", when=entry.at.strftime("%Y-%m-%d %H:%M")))
    return 0
