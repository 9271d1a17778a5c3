"""Changing the passphrase from an open session: prove you own it first, then rekey."""

from __future__ import annotations

from tryggsti.services.session import VaultSession
from tryggsti.vault.errors import VaultBusy, WrongPassphrase


def change_passphrase(
    session: VaultSession | None,
    current: str,
    new: str,
    *,
    keep_backups: bool = True,
    log_n: int | None = None,
) -> str:
    """A new passphrase, data key and recovery code (returned), after `current` is shown
    to be the passphrase or the recovery code: someone passing an unlocked screen must
    not be able to lock the owner out."""
    if session is None:
        raise VaultBusy("vault is locked")
    if session.passphrase_matches(current):
        given = [("passphrase", current)]
    elif session.recovery_code_matches(current):
        given = [("recovery", current)]
    else:
        raise WrongPassphrase()
    return session.change_passphrase(new, keep_backups=keep_backups, log_n=log_n, given=given)
