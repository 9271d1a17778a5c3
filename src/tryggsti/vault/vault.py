"""The encrypted vault: envelope encryption with two key slots, atomic saves, a lock.

The vault knows bytes, not records: callers hand it plaintext and get plaintext back.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from tryggsti.safe_read import VAULT_BYTES, UnreadableFile, read_file_bytes
from tryggsti.vault import format as fmt
from tryggsti.vault import kdf, payload, recovery, seen, storage
from tryggsti.vault.errors import (
    BackupDamaged,
    BackupMissing,
    SaveFailed,
    VaultBusy,
    VaultChangedOnDisk,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultMissing,
    VaultNotAFile,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryCode,
)

NONCE_SIZE = 12
SLOT_AAD = b"tryggsti key slot v1"
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"

KEY_ID_INFO = b"tryggsti key id"

RandomBytes = Callable[[int], bytes]


def key_id_for(data_key: bytes) -> str:
    """A name for a data key that does not reveal it: 16 bytes of HMAC-SHA256 keyed with it."""
    return fmt.b64(hmac.new(data_key, KEY_ID_INFO, hashlib.sha256).digest()[:16])


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM  # noqa: PLC0415 (docs/speed.md: keeps cryptography.hazmat.primitives.ciphers.aead off --version)

    return AESGCM(key)


def _wrap(kek: bytes, data_key: bytes, kind: str, kdf_params: dict[str, Any], rand: RandomBytes):
    nonce = rand(NONCE_SIZE)
    wrapped = _aesgcm(kek).encrypt(nonce, data_key, SLOT_AAD)
    return {
        "type": kind,
        "kdf": kdf_params,
        "nonce": fmt.b64(nonce),
        "wrapped_key": fmt.b64(wrapped),
    }


def _unwrap(kek: bytes, slot: dict[str, Any]) -> bytes | None:
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415 (docs/speed.md: keeps cryptography.exceptions off --version)

    nonce = fmt.unb64(slot.get("nonce"), "slot nonce")
    wrapped = fmt.unb64(slot.get("wrapped_key"), "wrapped key")
    if len(nonce) != NONCE_SIZE:
        raise VaultDamaged("slot nonce has the wrong length")
    try:
        return _aesgcm(kek).decrypt(nonce, wrapped, SLOT_AAD)
    except InvalidTag:
        return None


def _slot(header: dict[str, Any], kind: str) -> dict[str, Any]:
    slots = header.get("slots")
    if not isinstance(slots, list):
        raise VaultDamaged("no key slots")
    for slot in slots:
        if isinstance(slot, dict) and slot.get("type") == kind:
            return slot
    raise VaultDamaged(f"no {kind} slot")


@dataclass
class Vault:
    """An unlocked vault: the path, the data key, the header, and the lock we hold."""

    path: Path
    data_key: bytes
    header: dict[str, Any]
    _lock: FileLock | None = None
    _identity: storage.FileIdentity | None = None
    _backed_up: bool = False
    _rand: RandomBytes = field(default=secrets.token_bytes, repr=False)
    # Opened from a folder we cannot write (a read-only stick, someone else's folder):
    # reading and exporting work, saving says so in plain words.
    read_only: bool = False
    # seen.GENERATION_BACK or seen.RETIRED_KEY when the file opened is older than one
    # tryggsti saw before (a copy put back); None otherwise.
    rollback: str | None = None
    # After a passphrase change: whether some backups are still to be moved over to
    # the new key (the next unlock finishes them), and the rescue files it re-keyed.
    rekey_unfinished: bool = False
    rekeyed_rescue_files: list[Path] = field(default_factory=list)
    # The highest generation of this vault seen (in the file or the state file): the
    # next save writes one more, so a restored or put-back copy moves the count on.
    _generation: int = 0
    _seen: seen.SeenVaults = field(default_factory=seen.SeenVaults, repr=False)

    # ---- opening -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        plaintext: bytes,
        *,
        log_n: int | None = None,
        rand: RandomBytes = secrets.token_bytes,
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it and the recovery code (shown once, never stored)."""
        kdf.check_passphrase_strength(passphrase)
        path = real_path(path)
        storage.ensure_private_folder(path.parent)
        lock = _acquire_lock(path)
        assert lock is not None  # only a reader that allows read-only is given None
        try:
            if path.exists():
                raise VaultExists(path=str(path))
            data_key = rand(kdf.KEY_SIZE)
            code = recovery.new_code()
            header = {
                "payload_nonce": "",
                "slots": [
                    _passphrase_slot(passphrase, data_key, log_n, rand),
                    _recovery_slot(code, data_key, rand),
                ],
            }
            vault = cls(path=path, data_key=data_key, header=header, _lock=lock, _rand=rand)
            vault._backed_up = True
            # A vault made again where one was before counts on from it, so it is not
            # taken for an old copy put back.
            vault._generation = vault._seen.last_generation(path) or 0
            vault.save(plaintext)
            return vault, code
        except BaseException:
            lock.release()
            raise

    @classmethod
    def unlock(cls, path: Path, passphrase: str) -> tuple[Vault, bytes]:
        """Open with the passphrase: one KDF run, then the data key opens the payload."""
        return cls._open(path, PASSPHRASE_SLOT, kdf.normalise_passphrase(passphrase))

    @classmethod
    def unlock_with_recovery_code(cls, path: Path, code: str) -> tuple[Vault, bytes]:
        canonical = recovery.normalise_code(code)
        if canonical is None:
            raise WrongRecoveryCode()
        return cls._open(path, RECOVERY_SLOT, canonical.encode("ascii"))

    @classmethod
    def _open(cls, path: Path, kind: str, secret: bytes) -> tuple[Vault, bytes]:
        path = real_path(path)
        if not path.exists():
            raise VaultMissing(path=str(path))
        # Read and parsed before the lock is tried: what is no vault at all (a folder, a
        # FIFO, /dev/zero, /proc/self/environ) is said as such, not as a lock that failed.
        # A save made in between is caught by the identity check before any write.
        data, identity = _read(path)
        parsed = fmt.split(data)
        lock = _acquire_lock(path, allow_read_only=True)
        try:
            if lock is not None:
                storage.remove_stray_temp_files(path.parent)
                storage.remove_stray_temp_files(storage.backup_folder(path))
            slot = _slot(parsed.header, kind)
            kek = kdf.derive_from_params(secret, slot.get("kdf"))
            data_key = _unwrap(kek, slot)
            if data_key is None:
                raise WrongPassphrase() if kind == PASSPHRASE_SLOT else WrongRecoveryCode()
            plaintext = decrypt_payload(parsed, data_key)
            vault = cls(path, data_key, parsed.header, _lock=lock, _identity=identity)
            vault.read_only = lock is None
            vault._note_what_was_seen(parsed.generation)
            if not vault.read_only:
                vault._finish_interrupted_rekey()
            if kind == PASSPHRASE_SLOT and not vault.read_only and kdf.wants_rewrap(slot["kdf"]):
                vault._rewrap_passphrase(secret, plaintext)
            return vault, plaintext
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    def _note_what_was_seen(self, generation: int) -> None:
        """Compare with what tryggsti saw of this vault before, and remember this one."""
        self.rollback, self._generation = self._seen.opened(
            self.path, generation, key_id_for(self.data_key)
        )
        if self.rollback is not None:
            seen.tell_listener(self.rollback)

    def _rewrap_passphrase(self, secret: bytes, plaintext: bytes) -> None:
        """An old scrypt slot gets Argon2id: same passphrase, same data key, less memory.

        If the new header cannot be written (a full disk), the vault still opens as it is.
        """
        kek, params = kdf.calibrated_argon2id(secret, self._rand(kdf.SALT_SIZE))
        new_slot = _wrap(kek, self.data_key, PASSPHRASE_SLOT, params, self._rand)
        others = [s for s in self.header["slots"] if s.get("type") != PASSPHRASE_SLOT]
        previous = self.header
        self.header = dict(self.header, slots=[new_slot, *others])
        try:
            self.save(plaintext)
        except SaveFailed:
            self.header = previous

    # ---- using ---------------------------------------------------------------

    def save(self, plaintext: bytes | payload.Deflated) -> None:
        """Encrypt with a fresh nonce and replace the file atomically. No KDF runs here.

        `plaintext` is the payload's JSON, or that JSON already compressed."""
        if self.read_only:
            raise SaveFailed(str(self.path), reason="read_only")
        if self._lock is None:
            raise VaultBusy("vault is closed")
        if _changed_on_disk(self.path, self._identity):
            raise VaultChangedOnDisk(path=str(self.path))
        generation = self._generation + 1
        header = self._versioned(self.header, self.data_key, generation)
        data, header = self._encrypt(plaintext, header, self.data_key)
        storage.write_atomically(self.path, data, backup=not self._backed_up)
        self._backed_up = True
        self.header = header
        self._identity = storage.FileIdentity.of_bytes(data)
        self._generation = generation
        self._seen.saw(self.path, generation)

    @staticmethod
    def _versioned(header: dict[str, Any], data_key: bytes, generation: int) -> dict[str, Any]:
        return dict(header, generation=generation, key_id=key_id_for(data_key))

    def _encrypt(self, plaintext: bytes | payload.Deflated, header: dict[str, Any], data_key):
        body = payload.deflated(plaintext)
        nonce = self._rand(NONCE_SIZE)
        header = dict(header, payload_nonce=fmt.b64(nonce))
        authenticated = fmt.authenticated_part(header)
        ciphertext = _aesgcm(data_key).encrypt(nonce, body, authenticated)
        return authenticated + fmt.digest_for(authenticated) + ciphertext, header

    def save_as(self, target: Path, plaintext: bytes | payload.Deflated) -> Path:
        """Write the data, encrypted with the same key, to a NEW file (never over one).

        For the day the vault cannot be saved where it is (it changed on disk, the stick
        was pulled): what was typed is kept, and opens with the same passphrase.
        """
        target = Path(target)
        data, _ = self._encrypt(plaintext, self.header, self.data_key)
        storage.write_new_file(target, data)
        return target

    def rekey(
        self,
        new_passphrase: str,
        plaintext: bytes,
        *,
        keep_backups: bool = True,
        log_n: int | None = None,
        given: Sequence[tuple[str, str]] = (),
        rescue_files: Iterable[Path] = (),
    ) -> str:
        """A new passphrase, a new data key and a new recovery code; returns the code.

        Every kept backup is re-encrypted under the new key (or deleted, if the person
        chooses), and so is every file in `rescue_files` that holds this vault's data
        under its key, so afterwards the old passphrase and the old recovery code open
        nothing tryggsti keeps. `given` names the secrets the person typed (slot type and
        text): a backup left on another key by an older tryggsti is opened with them
        rather than lost.

        As the person sees it the change is one step. The new vault and every new copy
        are written beside the old files first; the vault's rename is the commit point;
        only then do the copies take the old files' places. A failure before the rename
        leaves everything as it was (SaveFailed: nothing changed); a crash after it is
        finished by the next unlock (_finish_interrupted_rekey). At every instant each
        file opens with exactly one of the two passphrases.
        """
        kdf.check_passphrase_strength(new_passphrase)
        if self.read_only:
            raise SaveFailed(str(self.path), reason="read_only")
        if self._lock is None:
            raise VaultBusy("vault is closed")
        if _changed_on_disk(self.path, self._identity):
            raise VaultChangedOnDisk(path=str(self.path))
        new_key = self._rand(kdf.KEY_SIZE)
        new_id = key_id_for(new_key)
        code = recovery.new_code()
        slots = {
            "payload_nonce": "",
            "slots": [
                _passphrase_slot(new_passphrase, new_key, log_n, self._rand),
                _recovery_slot(code, new_key, self._rand),
            ],
        }
        secrets_given = [(PASSPHRASE_SLOT, new_passphrase), *given]
        opener = _OldFileOpener(self.data_key, secrets_given)
        generation = self._generation + 1
        versioned = self._versioned(slots, new_key, generation)
        data, header = self._encrypt(plaintext, versioned, new_key)
        written: list[Path] = []
        staged: str | None = None
        rescued: list[Path] = []
        try:
            staged = storage.stage_in_folder(self.path, data)
            for backup in storage.list_backups(self.path):
                old = opener.open(backup)
                if keep_backups and old is not None:
                    copy = self._copy_under(old, slots, new_key)
                    written.append(storage.write_beside(backup, storage.REKEYED_SUFFIX, copy))
                else:
                    marker = new_id.encode("ascii")
                    written.append(storage.write_beside(backup, storage.RETIRED_SUFFIX, marker))
            for rescue in rescue_files:
                old = opener.open(rescue, only_current_key=True)
                if old is not None:
                    copy = self._copy_under(old, slots, new_key)
                    written.append(storage.write_beside(rescue, storage.REKEYED_SUFFIX, copy))
                    rescued.append(rescue)
            for folder in {path.parent for path in written}:
                storage.sync_folder(folder)
            storage.put_in_place(staged, self.path)  # the commit point
            staged = None
        except OSError as error:
            _discard_all(written)
            raise SaveFailed(str(error), reason=storage.reason_for(error)) from error
        except BaseException:
            _discard_all(written)
            raise
        finally:
            if staged is not None:
                storage.discard(staged)
        self._seen.retire(key_id_for(self.data_key))
        self.data_key, self.header = new_key, header
        self._identity = storage.FileIdentity.of_bytes(data)
        self._backed_up = True
        self._generation = generation
        self._seen.saw(self.path, generation)
        self.rekeyed_rescue_files = rescued
        self.rekey_unfinished = not self._finish_interrupted_rekey(rescued)
        return code

    def _copy_under(self, old: _OldFile, slots: dict[str, Any], new_key: bytes) -> bytes:
        """An old version's data under the new key and slots, keeping its generation."""
        header = self._versioned(slots, new_key, old.generation)
        data, _ = self._encrypt(old.plaintext, header, new_key)
        return data

    def _finish_interrupted_rekey(self, rescue_files: Iterable[Path] = ()) -> bool:
        """Finish a passphrase change that stopped after its commit point, and clear away
        what one that stopped before it left. True when nothing is left to do.

        A copy beside a file (REKEYED) that opens with the vault's key takes that file's
        place; one that does not, beside a file that does, was left by a change that
        never happened and goes. A RETIRED marker naming the vault's key id removes the
        file it stands beside. Anything else is left alone: it is not this vault's.
        """
        done = True
        rekeyed = storage.left_beside_backups(self.path, storage.REKEYED_SUFFIX)
        rekeyed += [p.with_name(p.name + storage.REKEYED_SUFFIX) for p in rescue_files]
        rekeyed += storage.rescue_files_of(self.path, suffix=storage.REKEYED_SUFFIX)
        for copy in dict.fromkeys(rekeyed):
            original = copy.with_name(copy.name.removesuffix(storage.REKEYED_SUFFIX))
            try:
                if _opens_with_key(copy, self.data_key):
                    storage.put_in_place(str(copy), original)
                elif _opens_with_key(original, self.data_key):
                    storage.remove_file(copy)
            except (OSError, SaveFailed):
                done = False
        current_id = key_id_for(self.data_key).encode("ascii")
        for marker in storage.left_beside_backups(self.path, storage.RETIRED_SUFFIX):
            original = marker.with_name(marker.name.removesuffix(storage.RETIRED_SUFFIX))
            try:
                with open(marker, "rb") as handle:
                    named = handle.read(len(current_id) + 1)
                if named == current_id:
                    storage.remove_file(original)
                storage.remove_file(marker)
            except (OSError, SaveFailed):
                done = False
        return done

    def passphrase_matches(self, passphrase: str) -> bool:
        """Run the passphrase slot's KDF and see whether it unwraps this vault's key."""
        slot = _slot(self.header, PASSPHRASE_SLOT)
        kek = kdf.derive_from_params(kdf.normalise_passphrase(passphrase), slot.get("kdf"))
        found = _unwrap(kek, slot)
        return found is not None and secrets.compare_digest(found, self.data_key)

    def recovery_code_matches(self, code: str) -> bool:
        canonical = recovery.normalise_code(code)
        if canonical is None:
            return False
        slot = _slot(self.header, RECOVERY_SLOT)
        found = _unwrap(kdf.derive_from_params(canonical.encode("ascii"), slot.get("kdf")), slot)
        return found is not None and secrets.compare_digest(found, self.data_key)

    def close(self) -> None:
        """Forget the key and release the lock."""
        self.data_key = b""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_without_writing(path: Path, passphrase: str) -> bytes:
    """Decrypt a vault file with the passphrase, taking no lock and never writing.

    For checking a copy (a USB stick, a new machine): nothing beside it is created or
    changed, not even an old scrypt slot's rewrap.
    """
    path = real_path(path)
    data, _identity = _read(path)
    parsed = fmt.split(data)
    slot = _slot(parsed.header, PASSPHRASE_SLOT)
    kek = kdf.derive_from_params(kdf.normalise_passphrase(passphrase), slot.get("kdf"))
    data_key = _unwrap(kek, slot)
    if data_key is None:
        raise WrongPassphrase()
    return decrypt_payload(parsed, data_key)


@dataclass(frozen=True)
class _OldFile:
    plaintext: bytes
    generation: int


class _OldFileOpener:
    """Opens kept versions during a passphrase change: with the vault's key, or else with
    a secret the person typed through the file's own slots (each slot's KDF runs once)."""

    def __init__(self, data_key: bytes, given: Sequence[tuple[str, str]]) -> None:
        self.data_key = data_key
        self.given = [(kind, _canonical_secret(kind, text)) for kind, text in given]
        self._keys: dict[tuple[str, bytes, str], bytes | None] = {}

    def open(self, path: Path, *, only_current_key: bool = False) -> _OldFile | None:
        try:
            parsed = fmt.split(_read_small(path))
        except (VaultError, OSError):
            return None  # not a vault file we can read: it opens with nothing
        try:
            return _OldFile(decrypt_payload(parsed, self.data_key), parsed.generation)
        except VaultError:
            pass  # another key, or damage inside
        return None if only_current_key else self._open_with_secrets(parsed)

    def _open_with_secrets(self, parsed: fmt.VaultFile) -> _OldFile | None:
        for kind, secret in self.given:
            if secret is None:
                continue
            try:
                slot = _slot(parsed.header, kind)
                cache_key = (kind, secret, json.dumps(slot.get("kdf"), sort_keys=True))
                if cache_key not in self._keys:
                    kek = kdf.derive_from_params(secret, slot.get("kdf"))
                    self._keys[cache_key] = _unwrap(kek, slot)
                data_key = self._keys[cache_key]
                if data_key is not None:
                    return _OldFile(decrypt_payload(parsed, data_key), parsed.generation)
            except (VaultError, ValueError):  # damaged: it opens with nothing given
                continue
        return None


def _canonical_secret(kind: str, text: str) -> bytes | None:
    if kind == RECOVERY_SLOT:
        canonical = recovery.normalise_code(text)
        return canonical.encode("ascii") if canonical is not None else None
    return kdf.normalise_passphrase(text)


def _read_small(path: Path) -> bytes:
    """A kept version's bytes, by the same guarded reader as the vault's."""
    return _read(path)[0]


def _opens_with_key(path: Path, data_key: bytes) -> bool:
    try:
        decrypt_payload(fmt.split(_read_small(path)), data_key)
    except (VaultDamaged, VaultTooNew, VaultMissing, FileNotFoundError):
        return False
    return True


def _discard_all(paths: Iterable[Path]) -> None:
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()


def _changed_on_disk(path: Path, known: storage.FileIdentity | None) -> bool:
    return known is not None and storage.FileIdentity.of(path) != known


def decrypt_payload(parsed: fmt.VaultFile, data_key: bytes) -> bytes:
    """The payload's JSON (decompressed, from format version 2 on)."""
    from cryptography.exceptions import InvalidTag  # noqa: PLC0415 (docs/speed.md: keeps cryptography.exceptions off --version)

    nonce = fmt.unb64(parsed.header.get("payload_nonce"), "payload nonce")
    if len(nonce) != NONCE_SIZE:
        raise VaultDamaged("payload nonce has the wrong length")
    try:
        plaintext = _aesgcm(data_key).decrypt(nonce, parsed.ciphertext, parsed.authenticated)
    except InvalidTag as error:
        raise VaultDamaged("payload does not authenticate") from error
    return plaintext if parsed.version == 1 else payload.inflate(plaintext)


def _passphrase_slot(passphrase: str, data_key: bytes, log_n: int | None, rand: RandomBytes):
    secret = kdf.normalise_passphrase(passphrase)
    kek, params = kdf.new_passphrase_key(secret, rand(kdf.SALT_SIZE), test_log_n=log_n)
    return _wrap(kek, data_key, PASSPHRASE_SLOT, params, rand)


def _recovery_slot(code: str, data_key: bytes, rand: RandomBytes) -> dict[str, Any]:
    canonical = recovery.normalise_code(code)
    assert canonical is not None
    salt = rand(kdf.SALT_SIZE)
    kek = kdf.hkdf(canonical.encode("ascii"), salt)
    return _wrap(kek, data_key, RECOVERY_SLOT, kdf.hkdf_params(salt), rand)


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def real_path(path: Path) -> Path:
    """The file a vault path names, through any symlinks: a vault linked in from a USB
    stick or a sync folder is saved there, with its lock and backups beside it."""
    return Path(os.path.realpath(Path(path).expanduser()))


def _acquire_lock(path: Path, *, allow_read_only: bool = False) -> FileLock | None:
    """The lock that keeps a second tryggsti from writing; None where the folder is
    read-only and the caller can make do with reading."""
    lock = FileLock(lock_path(path), timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout as error:
        raise VaultBusy(path=str(path)) from error
    except OSError as error:  # a read-only or vanished folder: say so, never a traceback
        reason = storage.reason_for(error)
        if allow_read_only and reason == "read_only" and os.access(path, os.R_OK):
            return None
        raise SaveFailed(str(error), reason=reason) from error
    return lock


def _read(path: Path) -> tuple[bytes, storage.FileIdentity | None]:
    """A vault's or a backup's bytes, by the guarded reader: never a wait on a FIFO, never
    /dev/zero read into memory, never more than a vault can be."""
    try:
        data = read_file_bytes(path, VAULT_BYTES)
    except UnreadableFile as error:
        if error.reason == "missing":
            raise VaultMissing(path=str(path)) from error
        if error.reason == "not_regular":
            raise VaultNotAFile(path=str(path)) from error
        if error.reason == "too_big":
            raise VaultDamaged("larger than any vault") from error
        raise SaveFailed(str(error), reason="no_access") from error
    return data, storage.FileIdentity.of_bytes(data)


def read_header(path: Path) -> dict[str, Any]:
    """The plaintext header of a vault or backup (no secret needed)."""
    data, _ = _read(Path(path))
    return fmt.split(data).header


def restore_backup(vault: Vault, backup: Path) -> bytes:
    """Check that `backup` opens with this vault's key, then make it the current vault."""
    if not backup.is_file():
        raise BackupMissing(path=str(backup))
    # Every kept version shares the current data key (a new passphrase re-encrypts the
    # backups), and the current header keeps the current passphrase and recovery slots.
    try:
        plaintext = decrypt_payload(fmt.split(_read_small(backup)), vault.data_key)
    except (VaultDamaged, VaultTooNew, OSError) as error:
        raise BackupDamaged(str(error)) from error
    vault._backed_up = False  # keep the version we are replacing
    vault.save(plaintext)
    return plaintext


DAMAGED_SUFFIX = ".skadet-"


def restore_over_damaged(
    path: Path, backup: Path, passphrase: str
) -> tuple[Vault, bytes, Path | None]:
    """Put `backup` in place of a vault that does not open (damaged, cut short, gone).

    The vault cannot be unlocked, so the backup is opened with `passphrase` through its
    own slot. The damaged file is kept as `<name>.skadet-<UTC time>` beside it, and the
    backup's data is written into place atomically under the backup's key and slots,
    with a generation above any seen (a restore moves the count on). Returns the open
    vault, its payload, and where the damaged file was kept (None when there was none).
    """
    path = real_path(path)
    if not backup.is_file():
        raise BackupMissing(path=str(backup))
    lock = _acquire_lock(path)
    assert lock is not None  # None only with allow_read_only; a read-only folder raised
    try:
        try:
            parsed = fmt.split(_read_small(backup))
            slot = _slot(parsed.header, PASSPHRASE_SLOT)
            kek = kdf.derive_from_params(kdf.normalise_passphrase(passphrase), slot.get("kdf"))
            data_key = _unwrap(kek, slot)
            if data_key is None:
                raise WrongPassphrase()
            plaintext = decrypt_payload(parsed, data_key)
        except (VaultDamaged, VaultTooNew, OSError) as error:
            raise BackupDamaged(str(error)) from error
        kept = storage.keep_aside(path, DAMAGED_SUFFIX)
        vault = Vault(path, data_key, parsed.header, _lock=lock)
        vault._backed_up = True  # the damaged file is kept aside, not among the backups
        last = vault._seen.last_generation(path)
        vault._generation = max(parsed.generation, last if last is not None else 0)
        try:
            vault.save(plaintext)
        except BaseException:
            if kept is not None:  # the damaged file is still in its place: no second name
                with contextlib.suppress(OSError):
                    kept.unlink()
            raise
        return vault, plaintext, kept
    except BaseException:
        lock.release()
        raise
