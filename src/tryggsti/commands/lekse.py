"""`lekse mal | sjekk FIL | importer FIL`: homework files from a therapist."""

from __future__ import annotations

from pathlib import Path

from tryggsti.commands.common import UsageError, read_secret, say, vault_path, warn
from tryggsti.config import configured_content_dirs, load_config
from tryggsti.content.homework_template import template_text
from tryggsti.content.loader import load_library
from tryggsti.content.problems import describe_all
from tryggsti.content.safe_read import UnreadableFile
from tryggsti.services.clock import random_id, system_clock
from tryggsti.services.files import write_export
from tryggsti.services.homework import (
    check_text,
    import_homework,
    read_homework_file,
    summary_lines,
    unreadable_message,
)
from tryggsti.services.session import VaultSession
from tryggsti.strings import t


def register(commands, passphrase_parent) -> None:
    # «hjemmeoppgave» is the name in the app; «oppgave» alone is not added, because it
    # could mean any task (and «Hverdagsoppgave» is a grounding exercise).
    lekse = commands.add_parser("lekse", aliases=["hjemmeoppgave"], help=t("lekse.lekse_help"))
    actions = lekse.add_subparsers(dest="lekse_action", metavar="HANDLING", required=True)
    template = actions.add_parser("mal", help=t("lekse.mal_help"))
    template.add_argument("--ut", dest="out", metavar="FIL", help=t("lekse.out_help"))
    template.set_defaults(handler=run_template)
    check = actions.add_parser("sjekk", help=t("lekse.sjekk_help"))
    check.add_argument("file", metavar="FIL", help=t("lekse.file_help"))
    check.set_defaults(handler=run_check)
    add = actions.add_parser("importer", help=t("lekse.importer_help"), parents=[passphrase_parent])
    add.add_argument("file", metavar="FIL", help=t("lekse.file_help"))
    add.set_defaults(handler=run_import)


def _library(args=None):
    """Our content plus the configured folders and `--innhold`, as the app would see it."""

    cli_dirs = getattr(args, "innhold", None) or []
    config_dirs = load_config().content_dirs if args is not None else []
    return load_library(configured_content_dirs(config_dirs, cli_dirs))


def _checked(args):
    """The parsed homework, or UsageError listing the problems (nothing is imported)."""

    path = Path(args.file).expanduser()
    try:
        text = read_homework_file(path)
    except UnreadableFile as error:
        raise UsageError(unreadable_message(path, error)) from None
    result = check_text(text, str(path), _library(args), now=system_clock(), new_id=random_id())
    if result.problems:
        lines = [t("lekse.check_failed", count=len(result.problems))]
        lines += describe_all(result.problems)
        raise UsageError("\n".join(lines))
    return result.homework


def run_check(args) -> int:
    homework = _checked(args)
    lines = [
        t("lekse.checked_ok"),
        *(f"  {line}" for line in summary_lines(homework, _library(args))),
    ]
    say("\n".join(lines))
    return 0


def run_import(args) -> int:
    homework = _checked(args)
    with VaultSession.unlock(vault_path(args), read_secret(args, "cli.ask_passphrase")) as session:
        added = import_homework(session, homework)
    say(t("lekse.imported") if added else t("lekse.already_imported"))
    return 0


def run_template(args) -> int:
    if args.out is None:
        say(template_text(_library(), system_clock().date()))
        return 0
    out = Path(args.out).expanduser()
    if out.exists():
        raise UsageError(t("lekse.file_exists", path=out))

    text = template_text(_library(), system_clock().date(), out.name)
    write_export(out, text, vault_path=vault_path(args))
    warn(t("lekse.template_written", path=out))
    return 0
