"""Key derivation for the key slots: scrypt for passphrases, HKDF for recovery codes."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from typing import Any

from tryggsti.vault.errors import VaultDamaged, WeakPassphrase
from tryggsti.vault.format import b64, unb64

KEY_SIZE = 32
SALT_SIZE = 16
MIN_PASSPHRASE_LENGTH = 8

# Calibration bounds from the design: start at 2^17, never past 2^19.
CALIBRATION_START_LOG_N = 17
CALIBRATION_MAX_LOG_N = 19
CALIBRATION_TARGET_S = 0.5
# Caps checked before deriving, because the header is only authenticated afterwards:
# a tampered header must not make us allocate gigabytes.
MAX_LOG_N = 20
MIN_LOG_N = 1
ALLOWED_R = 8
ALLOWED_P = 1


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so 'ø' typed on macOS (often decomposed) and on Linux give the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase_strength(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(minimum=MIN_PASSPHRASE_LENGTH)


def scrypt(secret: bytes, salt: bytes, log_n: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=KEY_SIZE, n=2**log_n, r=ALLOWED_R, p=ALLOWED_P).derive(secret)


def calibrated_scrypt(
    secret: bytes,
    salt: bytes,
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[bytes, dict[str, Any]]:
    """Derive at 2^17 and double while a derivation takes under about half a second.

    The last derivation is the real one, so calibration costs only the cheaper rounds.
    """
    log_n = CALIBRATION_START_LOG_N
    while True:
        started = clock()
        key = scrypt(secret, salt, log_n)
        elapsed = clock() - started
        if elapsed >= CALIBRATION_TARGET_S or log_n >= CALIBRATION_MAX_LOG_N:
            return key, scrypt_params(salt, log_n)
        log_n += 1


def scrypt_params(salt: bytes, log_n: int) -> dict[str, Any]:
    return {"name": "scrypt", "salt": b64(salt), "log_n": log_n, "r": ALLOWED_R, "p": ALLOWED_P}


def derive_from_params(secret: bytes, params: Any) -> bytes:
    """Run the KDF a slot names, after checking its parameters against the caps."""
    if not isinstance(params, dict):
        raise VaultDamaged("kdf parameters missing")
    name = params.get("name")
    salt = unb64(params.get("salt"), "kdf salt")
    if not 8 <= len(salt) <= 64:
        raise VaultDamaged("kdf salt has an impossible length")
    if name == "scrypt":
        log_n, r, p = params.get("log_n"), params.get("r"), params.get("p")
        if not isinstance(log_n, int) or isinstance(log_n, bool):
            raise VaultDamaged("scrypt log_n is not a number")
        if not MIN_LOG_N <= log_n <= MAX_LOG_N or r != ALLOWED_R or p != ALLOWED_P:
            raise VaultDamaged("scrypt parameters outside the allowed caps")
        return scrypt(secret, salt, log_n)
    if name == "hkdf-sha256":
        return hkdf(secret, salt)
    raise VaultDamaged(f"unknown kdf {name!r}")


def hkdf(secret: bytes, salt: bytes) -> bytes:
    # Recovery codes carry 140 random bits, so a fast KDF is enough for them.
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt, info=b"tryggsti recovery slot"
    ).derive(secret)


def hkdf_params(salt: bytes) -> dict[str, Any]:
    return {"name": "hkdf-sha256", "salt": b64(salt)}
