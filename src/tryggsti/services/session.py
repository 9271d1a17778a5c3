"""An open vault with its decoded data: unlock, save, change passphrase, close."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tryggsti.domain.codec import PayloadError, PayloadTooNew, encode_vault
from tryggsti.domain.decoding import decode_vault, dropped_by_reading
from tryggsti.domain.records import Profile, VaultData
from tryggsti.services.clock import Clock, IdSource, random_id, system_clock
from tryggsti.services.payload_cache import PayloadCache, Snapshot
from tryggsti.vault.errors import VaultDamaged, VaultTooNew
from tryggsti.vault.storage import rescue_files_of
from tryggsti.vault.vault import Vault


def checked_payload(payload: bytes) -> tuple[VaultData, bool]:
    """The payload's data and whether it was migrated; VaultDamaged (rc 3) or VaultTooNew
    when it cannot be read, the same for every command and the app."""
    try:
        return decode_vault(payload)
    except PayloadTooNew as error:
        raise VaultTooNew(str(error)) from error
    except PayloadError as error:
        raise VaultDamaged(str(error)) from error


@dataclass
class VaultSession:
    vault: Vault
    data: VaultData
    clock: Clock = system_clock
    new_id: IdSource = field(default=random_id)
    # The app sets this to save off the UI thread (the snapshot is compressed and written
    # there); headless commands save at once.
    deferred_save: Callable[[Snapshot], None] | None = field(default=None, repr=False)
    # Counts the saves: every change is saved, so a screen that drew at this number and
    # on the same day has nothing new to draw (kept screens skip the work on resume).
    revision: int = field(default=0, repr=False)
    _payloads: PayloadCache = field(default_factory=PayloadCache, repr=False)
    # Fields of the payload the records do not hold (domain.decoding.dropped_by_reading):
    # the next full save leaves them out, so the app and `flytt sjekk` say so.
    dropped: tuple[str, ...] = field(default=(), repr=False)

    @property
    def path(self) -> Path:
        return self.vault.path

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        clock: Clock = system_clock,
        new_id: IdSource = random_id,
        log_n: int | None = None,
    ) -> tuple[VaultSession, str]:
        """A new, empty vault. Returns the session and the recovery code to show once."""
        data = VaultData(profile=Profile(created_at=clock()))
        vault, code = Vault.create(Path(path), passphrase, encode_vault(data), log_n=log_n)
        return cls(vault, data, clock, new_id), code

    @classmethod
    def unlock(
        cls,
        path: Path,
        passphrase: str,
        *,
        clock: Clock = system_clock,
        new_id: IdSource = random_id,
    ) -> VaultSession:
        vault, payload = Vault.unlock(Path(path), passphrase)
        return cls.from_payload(vault, payload, clock, new_id)

    @classmethod
    def recover(
        cls, path: Path, code: str, *, clock: Clock = system_clock, new_id: IdSource = random_id
    ) -> VaultSession:
        vault, payload = Vault.unlock_with_recovery_code(Path(path), code)
        return cls.from_payload(vault, payload, clock, new_id)

    @classmethod
    def from_payload(cls, vault: Vault, payload: bytes, clock: Clock, new_id: IdSource):
        """A session on an unlocked vault's payload (migrated and saved if older); the
        vault is closed if the payload cannot be read."""
        try:
            data, migrated = checked_payload(payload)
        except BaseException:
            vault.close()
            raise
        session = cls(vault, data, clock, new_id)
        if not migrated:
            session.dropped = tuple(dropped_by_reading(payload, data))
        if migrated and not vault.read_only:
            session.save()  # written back in the current schema
        return session

    def encoded(self) -> bytes:
        return encode_vault(self.data)

    def save(self) -> None:
        """Persist the data: at once, or through `deferred_save` when the app has set it."""
        self.revision += 1
        snapshot = self._payloads.snapshot(self.data)
        if self.deferred_save is not None:
            self.deferred_save(snapshot)
        else:
            self.vault.save(snapshot.deflated())

    def change_passphrase(
        self,
        new_passphrase: str,
        *,
        keep_backups: bool = True,
        log_n: int | None = None,
        given: Sequence[tuple[str, str]] = (),
    ) -> str:
        """A new passphrase and a new data key; returns the new recovery code to show once.

        Afterwards the old passphrase and the old recovery code open nothing on disk:
        kept backups are re-encrypted under the new key (or deleted, if so chosen), and
        so are the «Lagre som ny fil» files that hold this vault's data. `given` names
        the secret the person opened with (slot type, text), to open old copies with.
        """

        return self.vault.rekey(
            new_passphrase,
            self.encoded(),
            keep_backups=keep_backups,
            log_n=log_n,
            given=given,
            rescue_files=rescue_files_of(self.path),
        )

    def passphrase_matches(self, passphrase: str) -> bool:
        """Whether `passphrase` is the vault's current one (runs the KDF once)."""
        return self.vault.passphrase_matches(passphrase)

    def recovery_code_matches(self, code: str) -> bool:
        return self.vault.recovery_code_matches(code)

    @property
    def read_only(self) -> bool:
        return self.vault.read_only

    def close(self) -> None:
        self.vault.close()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
