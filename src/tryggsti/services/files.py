"""Writing the user's explicit exports to disk: never onto the vault, never over a file
without a yes, readable only by the user, with Norwegian errors on failure."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from tryggsti.vault.errors import ExportIsFolder, ExportTargetForbidden, FileAlreadyThere
from tryggsti.vault.storage import (
    EXPORT_TEMP_PREFIX,
    TEMP_SUFFIX,
    backup_folder,
    list_backups,
    write_file,
)
from tryggsti.vault.vault import lock_path, real_path

STALE_EXPORT_S = 60.0  # an export is written in well under a minute


def protected_paths(vault_path: Path) -> list[Path]:
    """The files an export may never land on: the vault, its lock and every backup."""
    vault = real_path(vault_path)
    return [vault, lock_path(vault), *list_backups(vault)]


def check_export_target(target: Path, vault_path: Path | None) -> None:
    """Refuse the vault, its lock and its backups folder, by name and by identity
    (a hard link or a symlink to the vault is the vault)."""
    if target.is_dir():
        raise ExportIsFolder(str(target), path=str(target))
    if vault_path is None:
        return
    resolved = real_path(target)
    vault = real_path(vault_path)
    backups = backup_folder(vault)
    if resolved.parent == backups or backups in resolved.parents:
        raise ExportTargetForbidden(str(target), path=str(target))
    for protected in protected_paths(vault):
        if resolved == protected or _same_file(resolved, protected):
            raise ExportTargetForbidden(str(target), path=str(target))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_export(
    path: Path, text: str | bytes, *, vault_path: Path | None = None, overwrite: bool = False
) -> None:
    """Write an export where the user asked, atomically, readable only by them.

    An existing file is replaced only with `overwrite` (the CLI's --overskriv, or a yes
    in the app's confirm dialog); the vault, its lock and backups are never replaced.
    """
    data = text.encode("utf-8") if isinstance(text, str) else text
    path = Path(path)
    check_export_target(path, vault_path)
    if not overwrite and os.path.lexists(path):
        raise FileAlreadyThere(str(path), path=str(path))
    remove_stale_export_temps(path.parent)
    write_file(path, data, overwrite=overwrite, temp_prefix=EXPORT_TEMP_PREFIX)


def remove_stale_export_temps(folder: Path, *, now: float | None = None) -> int:
    """Delete the plaintext temp files an export killed half-way left in `folder`: ours
    (regular files of this user, never through a symlink), older than a minute (so an
    export running in another tryggsti is left alone). Returns how many went."""
    now = time.time() if now is None else now
    removed = 0
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{EXPORT_TEMP_PREFIX}*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                info = os.lstat(leftover)
                mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
                if stat.S_ISREG(info.st_mode) and mine and now - info.st_mtime > STALE_EXPORT_S:
                    leftover.unlink()
                    removed += 1
    return removed
