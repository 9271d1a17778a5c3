"""Crash-safe file handling: atomic replace, fsync, backups by hard link, stray temp files."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tryggsti.vault.errors import SaveFailed

TEMP_PREFIX = ".tryggsti-"
TEMP_SUFFIX = ".tmp"
BACKUP_DIR_NAME = "backups"
BACKUPS_KEPT = 10
_IS_WINDOWS = sys.platform == "win32"


@dataclass(frozen=True)
class FileIdentity:
    """Enough of a file's stat to notice that something else replaced or changed it."""

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return cls(st.st_ino, st.st_size, st.st_mtime_ns)


def ensure_private_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not _IS_WINDOWS:
            os.chmod(folder, 0o700)
    except OSError as error:
        raise SaveFailed(str(error), reason=error.strerror or str(error)) from error


def _full_fsync(fd: int) -> None:
    if sys.platform == "darwin":
        import fcntl

        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
            return
    os.fsync(fd)


def _fsync_folder(folder: Path) -> None:
    if _IS_WINDOWS:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(source: str, target: Path) -> None:
    # Virus scanners on Windows hold files open for a moment: retry briefly.
    attempts = 10 if _IS_WINDOWS else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def write_atomically(target: Path, data: bytes, *, backup: bool) -> None:
    """Write `data` to `target` so that a crash leaves either the old or the new file whole."""
    folder = target.parent
    ensure_private_folder(folder)
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            _full_fsync(handle.fileno())
        if not _IS_WINDOWS:
            os.chmod(temp_name, 0o600)
        if backup and target.exists():
            keep_backup(target)
        _replace(temp_name, target)
        temp_name = None
        _fsync_folder(folder)
    except OSError as error:
        raise SaveFailed(str(error), reason=reason_for(error)) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def reason_for(error: OSError) -> str:
    """A key in errors.save_reason for what went wrong on disk."""
    return {
        errno.ENOSPC: "disk_full",
        errno.EDQUOT: "disk_full",
        errno.EACCES: "read_only",
        errno.EPERM: "read_only",
        errno.EROFS: "read_only",
    }.get(error.errno or 0, "other")


def remove_stray_temp_files(folder: Path) -> int:
    """Delete temp files a crashed save left behind (they hold only ciphertext)."""
    removed = 0
    if not folder.is_dir():
        return 0
    for leftover in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def backup_folder(vault_path: Path) -> Path:
    return vault_path.parent / BACKUP_DIR_NAME


def list_backups(vault_path: Path) -> list[Path]:
    """Backups of this vault, newest first."""
    folder = backup_folder(vault_path)
    if not folder.is_dir():
        return []
    pattern = f"{vault_path.stem}-*{vault_path.suffix}"
    return sorted(folder.glob(pattern), key=lambda p: p.name, reverse=True)


def keep_backup(vault_path: Path) -> None:
    """Keep the current file as a backup (hard link, or a copy where links fail)."""
    folder = backup_folder(vault_path)
    ensure_private_folder(folder)
    current = vault_path.read_bytes()
    existing = list_backups(vault_path)
    if existing and existing[0].read_bytes() == current:
        return  # keep only distinct versions
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{vault_path.stem}-{stamp}{vault_path.suffix}"
    try:
        os.link(vault_path, target)
    except OSError:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(current)
            handle.flush()
            _full_fsync(handle.fileno())
    for old in list_backups(vault_path)[BACKUPS_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
