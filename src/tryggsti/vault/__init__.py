"""The encrypted vault file: format, key derivation, atomic save, backups, lock."""

from tryggsti.vault.errors import VaultError
from tryggsti.vault.vault import Vault

__all__ = ["Vault", "VaultError"]
