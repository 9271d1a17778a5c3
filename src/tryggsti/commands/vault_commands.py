"""`init`, `passord` and `sikkerhetskopi`: creating and looking after the vault."""

from __future__ import annotations

from datetime import datetime

from tryggsti.commands.common import (
    UsageError,
    read_new_passphrase,
    read_secret,
    say,
    vault_path,
)
from tryggsti.dates import clock_time, long_date_with_year
from tryggsti.services.session import VaultSession
from tryggsti.strings import t
from tryggsti.vault.errors import SaveFailed, VaultDamaged, VaultExists, VaultMissing
from tryggsti.vault.kdf import test_cost_override
from tryggsti.vault.storage import list_backups
from tryggsti.vault.vault import restore_backup, restore_over_damaged


def register(commands, passphrase_parent) -> None:
    init = commands.add_parser("init", help=t("cli.init_help"), parents=[passphrase_parent])
    init.set_defaults(handler=run_init)

    passord = commands.add_parser(
        "passord", help=t("cli.passord_help"), parents=[passphrase_parent]
    )
    passord.add_argument(
        "--gjenopprettingskode",
        dest="use_recovery",
        action="store_true",
        help=t("cli.recovery_flag_help"),
    )
    passord.add_argument(
        "--slett-sikkerhetskopier",
        dest="delete_backups",
        action="store_true",
        help=t("cli.delete_backups_help"),
    )
    passord.set_defaults(handler=run_passord)

    backup = commands.add_parser("sikkerhetskopi", help=t("cli.backup_help"))
    actions = backup.add_subparsers(dest="backup_action", required=True)
    actions.add_parser("liste", help=t("cli.backup_list_help")).set_defaults(handler=run_list)
    restore = actions.add_parser(
        "gjenopprett", help=t("cli.backup_restore_help"), parents=[passphrase_parent]
    )
    restore.add_argument("number", metavar="N", type=int, help=t("cli.number_help"))
    restore.set_defaults(handler=run_restore)


def run_init(args) -> int:
    path = vault_path(args)
    if path.exists():
        raise VaultExists(path=str(path))
    passphrase = read_new_passphrase(args)
    session, code = VaultSession.create(path, passphrase, log_n=test_cost_override())
    session.close()
    say(t("cli.created", path=path))
    _show_recovery_code(code)
    return 0


def _show_recovery_code(code: str) -> None:
    say("")
    say(t("cli.recovery_code_intro"))
    say("")
    say(f"    {code}")
    say("")


def run_passord(args) -> int:
    path = vault_path(args)
    if args.use_recovery:
        secret = read_secret(args, "cli.ask_recovery_code")
        session, given = VaultSession.recover(path, secret), [("recovery", secret)]
    else:
        secret = read_secret(args, "cli.ask_passphrase")
        session, given = VaultSession.unlock(path, secret), [("passphrase", secret)]
    with session:
        if session.read_only:
            raise SaveFailed(str(path), reason="read_only")
        code = session.change_passphrase(
            read_new_passphrase(args),
            keep_backups=not args.delete_backups,
            log_n=test_cost_override(),
            given=given,
        )
        unfinished = session.vault.rekey_unfinished
        rescued = session.vault.rekeyed_rescue_files
    say(t("cli.passphrase_changed"))
    say(t("cli.backups_deleted" if args.delete_backups else "cli.backups_reencrypted"))
    if unfinished:
        say(t("cli.backups_unfinished"))
    for rescue in rescued:
        say(t("cli.rescue_file_rekeyed", path=rescue))
    _show_recovery_code(code)
    return 0


def run_list(args) -> int:
    backups = list_backups(vault_path(args))
    if not backups:
        say(t("cli.no_backups"))
        return 0
    say(t("cli.backup_header"))
    for number, backup in enumerate(backups, start=1):
        stat = backup.stat()
        moment = datetime.fromtimestamp(stat.st_mtime)
        when = f"{long_date_with_year(moment.date())} kl. {clock_time(moment)}"
        say(t("cli.backup_row", number=number, when=when, size=_size(stat.st_size)))
    return 0


def _size(count: int) -> str:
    return f"{count / 1024:.0f} kB" if count >= 1024 else f"{count} B"


def run_restore(args) -> int:
    path = vault_path(args)
    backups = list_backups(path)
    if not 1 <= args.number <= len(backups):
        raise UsageError(t("cli.bad_number", number=args.number))
    chosen = backups[args.number - 1]
    passphrase = read_secret(args, "cli.ask_passphrase")
    try:
        session = VaultSession.unlock(path, passphrase)
    except (VaultDamaged, VaultMissing):
        # The vault itself does not open: the backup is opened on its own, and the
        # damaged file is kept beside it.
        vault, _payload, kept = restore_over_damaged(path, chosen, passphrase)
        vault.close()
        if kept is None:
            say(t("cli.backup_restored_in_place", number=args.number))
        else:
            say(t("cli.backup_restored_over_damaged", number=args.number, kept=kept))
        return 0
    with session:
        restore_backup(session.vault, chosen)
    say(t("cli.backup_restored", number=args.number))
    return 0
