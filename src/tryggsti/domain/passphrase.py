"""Choosing a new passphrase: the same rule as the vault's (vault.kdf: at least 8
characters and 10^10 guesses by the zxcvbn estimate), and a hint while it is typed."""

from __future__ import annotations

import unicodedata

from tryggsti.vault import kdf

MIN_LENGTH = kdf.MIN_PASSPHRASE_LENGTH
STRONG_GUESSES_LOG10 = 14  # well past the floor: the hint says «Sterkt»


def strength(passphrase: str) -> int:
    """0 too short, 1 too easy to guess (refused), 2 good enough, 3 strong."""
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_LENGTH:
        return 0
    guesses = kdf.estimated_guesses_log10(passphrase)
    if guesses < kdf.MIN_GUESSES_LOG10:
        return 1
    return 3 if guesses >= STRONG_GUESSES_LOG10 else 2


WEAK = "errors.weak_passphrase"
DIFFERENT = "errors.passphrases_differ"


def choice_problem(first: str, second: str) -> str | None:
    """Why a new passphrase typed twice cannot be used (a string-table key), or None."""
    if not kdf.passphrase_is_strong(first):
        return WEAK
    if first != second:
        return DIFFERENT
    return None
