"""Crash-safe file handling: atomic replace, fsync, backups by hard link, stray temp files."""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import re
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tryggsti.safe_read import VAULT_BYTES, UnreadableFile, read_file_bytes
from tryggsti.vault import format as fmt
from tryggsti.vault.errors import FileAlreadyThere, SaveFailed

TEMP_PREFIX = ".tryggsti-"
TEMP_SUFFIX = ".tmp"
# An export's temp file holds plaintext in a folder that is not the vault's, which no
# start sweeps: its own prefix lets the next export to that folder find it (services.files).
EXPORT_TEMP_PREFIX = ".tryggsti-eksport-"
BACKUP_DIR_NAME = "backups"
BACKUPS_KEPT = 10
# A backup's name: the vault's stem, the UTC time of the version to the microsecond, the
# vault's suffix. Matched exactly, so that «tryggsti.vault» never takes the backups of
# «tryggsti-reddet-2026-03-02-1400.vault» beside it for its own.
_BACKUP_STAMP = "%Y%m%dT%H%M%S%fZ"
_BACKUP_STAMP_PATTERN = r"\d{8}T\d{12}Z"
# The file «Lagre som ny fil» suggests (ui/unsaved.py) beside the vault: it holds the
# vault's data under the vault's key, so a passphrase change re-keys it too.
RESCUE_PREFIX = "tryggsti-reddet-"
# A passphrase change first writes, beside each backup, its copy under the new key
# (REKEYED) or a marker that it goes (RETIRED, holding the new key's id); only after the
# vault itself is on the new key do they take the place of the old files.
REKEYED_SUFFIX = ".rekeyed"
RETIRED_SUFFIX = ".retired"
_IS_WINDOWS = sys.platform == "win32"


@dataclass(frozen=True)
class FileIdentity:
    """Which version of the vault a file holds, read without reading the whole file.

    Every save writes a fresh random nonce into the header, and the GCM tag at the end
    seals the whole ciphertext, so two versions tryggsti wrote never share the header,
    the tag and the size. The identity is a SHA-256 of those (a few hundred bytes), so
    checking before a save costs the same for ten years of data as for one day (hashing
    all 18 MB of a 100-year vault took 12 ms, twice a save). Any other version written
    over it, older or newer, and any change to the header, the tag or the size is seen; a
    copy of the very same bytes is not a change. Bytes changed only inside the ciphertext
    are not seen: such a file no longer opens, and nothing in it could be kept. A file
    that is not a vault is known by all of its bytes.
    """

    digest: bytes

    @classmethod
    def of_bytes(cls, data: bytes) -> FileIdentity:
        span = fmt.version_span(data[: fmt.PREFIX_SIZE])
        if span is None or len(data) < span + fmt.GCM_TAG_SIZE:
            return cls(hashlib.sha256(data).digest())
        return cls._of_version(len(data), data[:span], data[-fmt.GCM_TAG_SIZE :])

    @classmethod
    def of(cls, path: Path) -> FileIdentity | None:
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                head = handle.read(fmt.PREFIX_SIZE)
                span = fmt.version_span(head)
                if span is None or size < span + fmt.GCM_TAG_SIZE:
                    return cls.of_bytes(head + handle.read())
                head += handle.read(span - len(head))
                handle.seek(size - fmt.GCM_TAG_SIZE)
                tail = handle.read(fmt.GCM_TAG_SIZE)
        except FileNotFoundError:
            return None
        return cls._of_version(size, head, tail)

    @classmethod
    def _of_version(cls, size: int, head: bytes, tail: bytes) -> FileIdentity:
        return cls(hashlib.sha256(b"%d\0" % size + head + tail).digest())


def ensure_private_folder(folder: Path) -> None:
    """Make `folder` if it is missing, readable only by this user (0700 on POSIX).

    A folder that already exists is left as it is: tryggsti never changes the mode of a
    folder it did not create (say a shared /tmp named with --vault /tmp/x.vault).
    """
    if folder.is_dir():
        return
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        folder.mkdir(mode=0o700)
        if not _IS_WINDOWS:
            os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    except FileExistsError:
        return
    except OSError as error:
        raise SaveFailed(str(error), reason=reason_for(error)) from error


def _full_fsync(fd: int) -> None:
    if sys.platform == "darwin":
        import fcntl  # noqa: PLC0415 (not for speed: POSIX only)

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
    staged = stage_in_folder(target, data)
    try:
        if backup and target.exists():
            keep_backup(target)
        put_in_place(staged, target)
    except OSError as error:
        discard(staged)
        raise SaveFailed(str(error), reason=reason_for(error)) from error
    except BaseException:
        discard(staged)
        raise


def stage_in_folder(target: Path, data: bytes) -> str:
    """`data` in a fresh, fsynced temporary file in `target`'s folder; returns its name."""
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
    except OSError as error:
        if temp_name is not None:
            discard(temp_name)
        raise SaveFailed(str(error), reason=reason_for(error)) from error
    return temp_name


def put_in_place(staged: str, target: Path) -> None:
    """Rename a staged file over `target` and fsync the folder: after this it is there."""
    _replace(staged, target)
    _fsync_folder(target.parent)


def discard(temp_name: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(temp_name)


def sync_folder(folder: Path) -> None:
    try:
        _fsync_folder(folder)
    except OSError as error:
        raise SaveFailed(str(error), reason=reason_for(error)) from error


def write_file(
    target: Path, data: bytes, *, overwrite: bool, temp_prefix: str = TEMP_PREFIX
) -> None:
    """Write a file the user asked for (an export, a «lagre som»), readable only by them.

    The bytes go to a fresh temporary file in the target's folder (mkstemp: created
    exclusively, so a symlink planted at that name is never followed), are flushed and
    fsynced, and only then take the target's name. Without `overwrite` an existing
    target is never replaced, even one that appears in the meantime.
    """
    folder = target.parent
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=temp_prefix, suffix=TEMP_SUFFIX, dir=folder)
        with os.fdopen(fd, "wb") as handle:
            if not _IS_WINDOWS:
                os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
            handle.flush()
            _full_fsync(handle.fileno())
        if overwrite:
            _replace(temp_name, target)
        else:
            _move_without_replacing(temp_name, target)
        temp_name = None
        _fsync_folder(folder)
    except FileExistsError as error:
        raise FileAlreadyThere(str(target), path=str(target)) from error
    except OSError as error:
        raise SaveFailed(str(error), reason=reason_for(error)) from error
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)


def _move_without_replacing(source: str, target: Path) -> None:
    # A hard link fails if the target exists, atomically; then the temp name goes.
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        # No hard links here (FAT on a USB stick, some Windows shares): check, then move.
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
        _replace(source, target)
        return
    os.unlink(source)


def write_new_file(target: Path, data: bytes) -> None:
    write_file(target, data, overwrite=False)


def write_beside(path: Path, suffix: str, data: bytes) -> Path:
    """Write `data` (fsynced) to `path` + `suffix`, replacing any leftover of that name,
    with `path`'s time when it has one (the list of backups shows it)."""
    beside = path.with_name(path.name + suffix)
    write_file(beside, data, overwrite=True)
    try:
        stat = path.stat()
        os.utime(beside, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    except FileNotFoundError:
        pass
    except OSError as error:
        raise SaveFailed(str(error), reason=reason_for(error)) from error
    return beside


def keep_aside(path: Path, infix: str) -> Path | None:
    """Keep the file at `path` under a new name beside it, `<name><infix><UTC time>`
    (a hard link, or a copy where links fail); None when there is no file."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}{infix}{stamp}")
    try:
        try:
            os.link(path, target)
        except FileNotFoundError:
            return None
        except FileExistsError:
            raise
        except OSError:
            write_new_file(target, path.read_bytes())
        _fsync_folder(path.parent)
    except FileExistsError as error:
        raise FileAlreadyThere(str(target), path=str(target)) from error
    except OSError as error:
        raise SaveFailed(str(error), reason=reason_for(error)) from error
    return target


def remove_file(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as error:
        raise SaveFailed(str(error), reason=reason_for(error)) from error


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


def trusted_backup_folder(folder: Path) -> bool:
    """Whether `folder` may hold this user's backups: a real folder (never a symlink,
    which anyone could plant beside a vault in /tmp), owned by this user on POSIX."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISDIR(info.st_mode) and mine


NAME_MAX = 255  # bytes in one file name on every file system tryggsti runs on
_STAMP_LENGTH = len("-20260101T000000000000Z")


def backup_stem(vault_path: Path) -> str:
    """The start of this vault's backup names: its stem, or for a name so long that the
    time would push a backup's name past 255 bytes, as much of it as fits and a short
    hash of the whole (every save of a vault named 235–255 bytes failed)."""
    stem = vault_path.stem
    room = NAME_MAX - _STAMP_LENGTH - len(vault_path.suffix.encode("utf-8"))
    if len(stem.encode("utf-8")) <= room:
        return stem
    digest = hashlib.sha256(stem.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    kept = stem.encode("utf-8", "surrogateescape")[: room - 9].decode("utf-8", "ignore")
    return f"{kept}~{digest}"


def is_backup_of(vault_path: Path, name: str) -> bool:
    pattern = re.escape(backup_stem(vault_path)) + "-" + _BACKUP_STAMP_PATTERN
    return re.fullmatch(pattern + re.escape(vault_path.suffix), name) is not None


def list_backups(vault_path: Path) -> list[Path]:
    """Backups of this vault, newest first (never those of another vault beside it)."""
    folder = backup_folder(vault_path)
    if not trusted_backup_folder(folder):
        return []
    found = folder.glob(f"{glob.escape(backup_stem(vault_path))}-*{glob.escape(vault_path.suffix)}")
    mine = [path for path in found if is_backup_of(vault_path, path.name)]
    return sorted(mine, key=lambda p: p.name, reverse=True)


def left_beside_backups(vault_path: Path, suffix: str) -> list[Path]:
    """The files a passphrase change left beside this vault's backups with `suffix`."""
    folder = backup_folder(vault_path)
    if not trusted_backup_folder(folder):
        return []
    found = folder.glob(
        f"{glob.escape(backup_stem(vault_path))}-*{glob.escape(vault_path.suffix)}{suffix}"
    )
    return sorted(p for p in found if is_backup_of(vault_path, p.name.removesuffix(suffix)))


def rescue_files_of(vault_path: Path, *, suffix: str = "") -> list[Path]:
    """The «Lagre som ny fil» files that may hold this vault's data: beside it, and in
    the home folder (where they go when the vault's folder is the problem). With
    `suffix`, what a passphrase change left beside them under that suffix."""
    found: list[Path] = []
    for folder in dict.fromkeys([vault_path.parent, Path.home()]):
        with contextlib.suppress(OSError):
            found += sorted(folder.glob(f"{RESCUE_PREFIX}*.vault{suffix}"))
    return [path for path in found if path != vault_path and path.is_file()]


def _bytes_or_none(path: Path) -> bytes | None:
    """A backup's bytes by the guarded reader; None for what is no backup (a FIFO planted
    in the folder, a file bigger than any vault), which is never waited on or read."""
    try:
        return read_file_bytes(path, VAULT_BYTES)
    except UnreadableFile:
        return None


def keep_backup(vault_path: Path) -> None:
    """Keep the current file as a backup (hard link, or a copy where links fail)."""
    folder = backup_folder(vault_path)
    ensure_private_folder(folder)
    if not trusted_backup_folder(folder):
        return  # a symlink or another user's folder: never write, read or prune there
    current = vault_path.read_bytes()
    existing = list_backups(vault_path)
    if existing and _bytes_or_none(existing[0]) == current:
        return  # keep only distinct versions
    stamp = datetime.now(UTC).strftime(_BACKUP_STAMP)
    target = folder / f"{backup_stem(vault_path)}-{stamp}{vault_path.suffix}"
    try:
        os.link(vault_path, target)
    except OSError:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(current)
            handle.flush()
            _full_fsync(handle.fileno())
    # The new name must be on disk before the vault's own name moves on to the new
    # version, or a power cut could leave neither name on the old one.
    _fsync_folder(folder)
    for old in list_backups(vault_path)[BACKUPS_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()
