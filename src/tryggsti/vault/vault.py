"""The encrypted vault: envelope encryption with two key slots, atomic saves, a lock.

The vault knows bytes, not records: callers hand it plaintext and get plaintext back.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from tryggsti.vault import format as fmt
from tryggsti.vault import kdf, payload, recovery, storage
from tryggsti.vault.errors import (
    BackupMissing,
    SaveFailed,
    VaultBusy,
    VaultChangedOnDisk,
    VaultDamaged,
    VaultExists,
    VaultMissing,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryCode,
)

NONCE_SIZE = 12
SLOT_AAD = b"tryggsti key slot v1"
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"

RandomBytes = Callable[[int], bytes]


def _aesgcm(key: bytes):
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

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
    from cryptography.exceptions import InvalidTag

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
        lock = _acquire_lock(path, allow_read_only=True)
        try:
            if lock is not None:
                storage.remove_stray_temp_files(path.parent)
            data, identity = _read(path)
            parsed = fmt.split(data)
            slot = _slot(parsed.header, kind)
            kek = kdf.derive_from_params(secret, slot.get("kdf"))
            data_key = _unwrap(kek, slot)
            if data_key is None:
                raise WrongPassphrase() if kind == PASSPHRASE_SLOT else WrongRecoveryCode()
            plaintext = decrypt_payload(parsed, data_key)
            vault = cls(path, data_key, parsed.header, _lock=lock, _identity=identity)
            vault.read_only = lock is None
            if kind == PASSPHRASE_SLOT and not vault.read_only and kdf.wants_rewrap(slot["kdf"]):
                vault._rewrap_passphrase(secret, plaintext)
            return vault, plaintext
        except BaseException:
            if lock is not None:
                lock.release()
            raise

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
        data, header = self._encrypt(plaintext, self.header, self.data_key)
        storage.write_atomically(self.path, data, backup=not self._backed_up)
        self._backed_up = True
        self.header = header
        self._identity = storage.FileIdentity.of_bytes(data)

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
    ) -> str:
        """A new passphrase, a new data key and a new recovery code; returns the code.

        Every kept backup is re-encrypted under the new key (or deleted, if the person
        chooses), so afterwards the old passphrase and the old recovery code open
        nothing on disk. Backups go first and the vault last: a crash half-way leaves
        the vault opening with the old passphrase and the backups with the new one.
        """
        kdf.check_passphrase_strength(new_passphrase)
        if self.read_only:
            raise SaveFailed(str(self.path), reason="read_only")
        if _changed_on_disk(self.path, self._identity):
            raise VaultChangedOnDisk(path=str(self.path))
        new_key = self._rand(kdf.KEY_SIZE)
        code = recovery.new_code()
        header = {
            "payload_nonce": "",
            "slots": [
                _passphrase_slot(new_passphrase, new_key, log_n, self._rand),
                _recovery_slot(code, new_key, self._rand),
            ],
        }
        for backup in storage.list_backups(self.path):
            self._reencrypt_backup(backup, header, new_key, keep=keep_backups)
        data, header = self._encrypt(plaintext, header, new_key)
        storage.write_atomically(self.path, data, backup=False)
        self.data_key, self.header = new_key, header
        self._identity = storage.FileIdentity.of_bytes(data)
        self._backed_up = True
        return code

    def _reencrypt_backup(self, backup: Path, header, new_key: bytes, *, keep: bool) -> None:
        try:
            old = decrypt_payload(fmt.split(backup.read_bytes()), self.data_key)
        except (VaultDamaged, VaultTooNew, OSError):
            old = None  # not ours to read: it may open with an old secret, so it goes
        if keep and old is not None:
            data, _ = self._encrypt(old, header, new_key)
            storage.rewrite_keeping_time(backup, data)
        else:
            storage.remove_file(backup)

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


def _changed_on_disk(path: Path, known: storage.FileIdentity | None) -> bool:
    return known is not None and storage.FileIdentity.of(path) != known


def decrypt_payload(parsed: fmt.VaultFile, data_key: bytes) -> bytes:
    """The payload's JSON (decompressed, from format version 2 on)."""
    from cryptography.exceptions import InvalidTag

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
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError as error:
        raise VaultMissing(path=str(path)) from error
    except IsADirectoryError as error:
        raise VaultDamaged("vault path is a folder") from error
    except PermissionError as error:
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
    plaintext = decrypt_payload(fmt.split(backup.read_bytes()), vault.data_key)
    vault._backed_up = False  # keep the version we are replacing
    vault.save(plaintext)
    return plaintext
