"""A rough passphrase strength hint (length and variety), never a gate beyond 8 characters."""

from __future__ import annotations

import unicodedata

MIN_LENGTH = 8


def strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong. Long sentences score well, as they should."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        return 0
    kinds = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    distinct = len(set(text))
    if len(text) >= 20 and distinct >= 8:
        return 3
    if len(text) >= 12 and (kinds >= 2 or distinct >= 8):
        return 2 if len(text) < 16 else 3
    return 1 if distinct < 5 or kinds < 2 else 2


WEAK = "errors.weak_passphrase"
DIFFERENT = "errors.passphrases_differ"


def choice_problem(first: str, second: str) -> str | None:
    """Why a new passphrase typed twice cannot be used (a string-table key), or None."""
    if len(first) < MIN_LENGTH:
        return WEAK
    if first != second:
        return DIFFERENT
    return None
