"""`innhold sjekk [MAPPE]`: check the built-in content, or a therapist's own folder beside it."""

from __future__ import annotations

from pathlib import Path

from tryggsti.commands.common import say, warn
from tryggsti.content.loader import check_folder, load_library
from tryggsti.strings import t


def register(commands, passphrase_parent) -> None:
    innhold = commands.add_parser("innhold", help=t("cli.content_cmd_help"))
    actions = innhold.add_subparsers(dest="content_action", metavar="HANDLING", required=True)
    check = actions.add_parser("sjekk", help=t("cli.content_check_help"))
    check.add_argument("folder", nargs="?", metavar="MAPPE", help=t("cli.content_folder_help"))
    check.set_defaults(handler=run_check)


def run_check(args) -> int:
    folder = Path(args.folder).expanduser() if args.folder else None
    problems = check_folder(folder)
    if problems:
        warn(t("content.check_failed", count=len(problems)))
        for problem in problems:
            warn(problem.describe())
        return 1
    library = load_library([folder] if folder else [])
    say(
        t(
            "content.check_ok",
            topics=len(library.topics),
            grounding=len(library.grounding),
            questionnaires=len(library.questionnaires),
        )
    )
    return 0
