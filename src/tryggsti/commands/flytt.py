"""`flytt` (moving to a new machine) and `importer` (a full JSON export into a new vault)."""

from __future__ import annotations

from pathlib import Path

from tryggsti.commands.common import (
    UsageError,
    read_new_passphrase,
    read_secret,
    say,
    vault_path,
    warn,
)
from tryggsti.commands.vault_commands import _show_recovery_code
from tryggsti.safe_read import EXPORT_BYTES, UnreadableFile, read_file_bytes
from tryggsti.services.move import (
    ExportUnreadable,
    check_copy,
    facts_lines,
    import_export,
    read_export,
)
from tryggsti.strings import t
from tryggsti.vault.errors import VaultExists
from tryggsti.vault.kdf import test_cost_override


def register(commands, passphrase_parent) -> None:
    flytt = commands.add_parser("flytt", help=t("move.cli_help"))
    flytt.set_defaults(handler=run_facts)
    actions = flytt.add_subparsers(dest="flytt_action", metavar="HANDLING")
    check = actions.add_parser("sjekk", help=t("move.check_help"), parents=[passphrase_parent])
    check.add_argument("file", metavar="FIL", help=t("move.file_help"))
    check.set_defaults(handler=run_check)

    importer = commands.add_parser(
        "importer", help=t("move.import_help"), parents=[passphrase_parent]
    )
    importer.add_argument("file", metavar="FIL", help=t("move.import_file_help"))
    importer.set_defaults(handler=run_import)


def run_facts(args) -> int:
    say(t("move.title"))
    say("")

    for line in facts_lines(vault_path(args)):
        say(line)
    return 0


def counts_line(counts) -> str:
    return t(
        "move.check_ok",
        checkins=counts.checkins,
        commitments=counts.commitments,
        grounding=counts.grounding_sessions,
        questionnaires=counts.questionnaire_results,
        topics=counts.topics,
        homework=counts.homework,
        plan=t("move.plan_yes" if counts.plan_filled else "move.plan_no"),
    )


def run_check(args) -> int:
    counts = check_copy(Path(args.file), read_secret(args, "cli.ask_passphrase"))
    say(counts_line(counts))
    if counts.dropped:
        warn(t("app.fields_dropped", fields=", ".join(counts.dropped[:5])))
    return 0


def run_import(args) -> int:
    source = Path(args.file).expanduser()
    target = vault_path(args)
    if target.exists():  # said before any passphrase is asked for
        raise VaultExists(path=str(target))
    # The export is read and checked whole before a passphrase is asked for or a file made.
    try:
        data = read_export(read_file_bytes(source, EXPORT_BYTES))
    except UnreadableFile as error:
        key = IMPORT_REFUSALS.get(error.reason, "move.import_not_readable")
        raise UsageError(t(key, path=source)) from error
    except ExportUnreadable as error:
        raise UsageError(t("move.import_unreadable", path=source)) from error
    session, code = import_export(
        data, target, read_new_passphrase(args), log_n=test_cost_override()
    )
    session.close()
    say(t("move.import_done", path=target))
    _show_recovery_code(code)
    warn(t("move.import_delete_hint"))
    return 0


IMPORT_REFUSALS = {
    "not_regular": "move.import_not_regular",
    "too_big": "move.import_too_big",
    "utf16": "move.import_unreadable",
    "not_utf8": "move.import_unreadable",
}
