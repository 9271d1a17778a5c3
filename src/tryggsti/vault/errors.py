"""Vault failures. Each names a key in the string table and a CLI exit status."""

from __future__ import annotations

EXIT_OK = 0
EXIT_USAGE = 1
EXIT_WRONG_SECRET = 2
EXIT_DAMAGED = 3


class VaultError(Exception):
    """A failure the user should be told about in plain words (never a traceback)."""

    message_key = "errors.vault_generic"
    exit_code = EXIT_USAGE

    def __init__(self, detail: str = "", **values: object) -> None:
        super().__init__(detail or self.message_key)
        self.detail = detail
        self.values = values


class WrongPassphrase(VaultError):
    message_key = "errors.wrong_passphrase"
    exit_code = EXIT_WRONG_SECRET


class WrongRecoveryCode(VaultError):
    message_key = "errors.wrong_recovery_code"
    exit_code = EXIT_WRONG_SECRET


class WeakPassphrase(VaultError):
    message_key = "errors.weak_passphrase"


class VaultDamaged(VaultError):
    message_key = "errors.vault_damaged"
    exit_code = EXIT_DAMAGED


class VaultNotAFile(VaultDamaged):
    """The vault path names a folder, a FIFO or a device: nothing tryggsti could open.
    A kind of VaultDamaged (whatever passes over a damaged backup passes over a FIFO in
    its place), but the person's mistake in naming it: exit 1 and its own message."""

    message_key = "errors.vault_not_a_file"
    exit_code = EXIT_USAGE


class Argon2idMissing(VaultError):
    """The vault is whole, but this machine's OpenSSL cannot run the KDF its slot names."""

    message_key = "errors.argon2id_missing"
    exit_code = EXIT_DAMAGED


class VaultTooNew(VaultError):
    message_key = "errors.vault_too_new"
    exit_code = EXIT_DAMAGED


class VaultMissing(VaultError):
    message_key = "errors.vault_missing"


class VaultExists(VaultError):
    message_key = "errors.vault_exists"


class VaultBusy(VaultError):
    message_key = "errors.vault_busy"


class VaultChangedOnDisk(VaultError):
    message_key = "errors.vault_changed"


class SaveFailed(VaultError):
    message_key = "errors.save_failed"


class BackupMissing(VaultError):
    message_key = "errors.backup_missing"


class BackupDamaged(VaultError):
    """The chosen backup does not open: damaged, or under a key this vault no longer has."""

    message_key = "errors.backup_damaged"
    exit_code = EXIT_DAMAGED


class FileAlreadyThere(VaultError):
    message_key = "errors.file_exists"


class ExportTargetForbidden(VaultError):
    """An export may never land on the vault, its lock or its backups."""

    message_key = "errors.export_onto_vault"


class ExportIsFolder(VaultError):
    message_key = "errors.export_is_folder"
