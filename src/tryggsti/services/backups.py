"""The vault's encrypted backups, as the settings screen lists and restores them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tryggsti.domain.decoding import decode_vault
from tryggsti.services.session import VaultSession
from tryggsti.vault.storage import list_backups


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
    from tryggsti.vault.vault import restore_backup

    payload = restore_backup(session.vault, backup.path)
    data, _ = decode_vault(payload)
    session.data = data
