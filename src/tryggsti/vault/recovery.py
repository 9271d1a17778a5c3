"""Recovery codes: 28 characters of Crockford base32 (140 random bits), in groups of four."""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
CODE_LENGTH = 28
GROUP = 4
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def new_code(randbelow=secrets.randbelow) -> str:
    raw = "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalise_code(typed: str) -> str | None:
    """The canonical form of what a person typed, forgiving case, spaces, dashes, O/0, I/L/1."""
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum()).translate(_CONFUSABLE)
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def group_code(typed: str) -> str:
    """What a person typed, in upper case and groups of four, for showing while typing.

    Only letters and digits are kept; nothing is corrected here (normalise_code does that).
    """
    raw = "".join(ch for ch in typed.upper() if ch.isalnum())[: CODE_LENGTH + GROUP]
    return format_code(raw)
