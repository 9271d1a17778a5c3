"""The vault's encrypted backups, as the settings screen lists and restores them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tryggsti.domain.decoding import decode_vault
from tryggsti.services.clock import Clock, random_id, system_clock
from tryggsti.services.session import VaultSession
from tryggsti.vault.errors import BackupDamaged, BackupMissing
from tryggsti.vault.storage import list_backups
from tryggsti.vault.vault import restore_backup, restore_over_damaged


@dataclass(frozen=True)
class BackupInfo:
    number: int  # 1 is the newest
    path: Path
    saved_at: datetime  # local time
    size: int


def backups_of(vault_path: Path) -> list[BackupInfo]:
    infos = []
    for number, path in enumerate(list_backups(vault_path), start=1):
        try:
            stat = path.stat()
        except OSError:
            continue
        infos.append(
            BackupInfo(
                number, path, datetime.fromtimestamp(stat.st_mtime).astimezone(), stat.st_size
            )
        )
    return infos


def restore_into(session: VaultSession, backup: BackupInfo) -> None:
    """Make `backup` the current vault and load its data into the open session.

    The version being replaced is kept as a backup itself, so a restore can be undone.
    """

    payload = restore_backup(session.vault, backup.path)
    data, _ = decode_vault(payload)
    session.data = data


def restore_damaged_vault(
    vault_path: Path, passphrase: str, *, clock: Clock = system_clock
) -> tuple[VaultSession, Path | None]:
    """The vault does not open: put its newest backup that opens in its place, and open it.

    The damaged file is kept beside the vault (returned: where); each backup is opened
    with `passphrase` on its own, since the vault cannot be. A backup that is damaged
    too is passed over for the one before it.
    """

    backups = list_backups(vault_path)
    if not backups:
        raise BackupMissing(path=str(vault_path))
    for backup in backups:
        try:
            vault, payload, kept = restore_over_damaged(vault_path, backup, passphrase)
        except BackupDamaged:
            if backup == backups[-1]:
                raise
            continue
        return VaultSession.from_payload(vault, payload, clock, random_id), kept
    raise BackupMissing(path=str(vault_path))  # not reached: the last one raised
