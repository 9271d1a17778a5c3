"""Key derivation for the key slots: Argon2id for passphrases (scrypt for old vaults),
HKDF for recovery codes. Every cost a header names is checked before deriving."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from typing import Any

from tryggsti.vault.errors import Argon2idMissing, VaultDamaged, WeakPassphrase
from tryggsti.vault.format import b64, unb64

KEY_SIZE = 32
SALT_SIZE = 16

# A new passphrase. The vault file is open to offline guessing, at whatever speed the
# attacker's hardware runs Argon2id (64 MiB): a few thousand guesses a second on a GPU.
# zxcvbn estimates how many guesses a smart attacker needs (dictionaries, names, dates,
# keyboard patterns, l33t); 10^10 (its top score, 4) is about a month at 4 000 a second,
# where its score 3 (10^8) falls in a few hours. It knows English words, not Norwegian
# ones, so the words of this program are added; it reads at most 72 characters (anything
# past them only adds). Old passphrases keep unlocking: only a new one is checked.
MIN_PASSPHRASE_LENGTH = 8
MIN_GUESSES_LOG10 = 10
STRENGTH_MAX_LENGTH = 72
OWN_WORDS = ("tryggsti", "trygg", "sti", "passord", "passordet", "hvelv", "hvelvet")

# Argon2id as RFC 9106 recommends for machines with little memory: 64 MiB, 4 lanes,
# passes calibrated at creation so that unlocking takes 0.3-0.6 s, never fewer than 3.
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 4
ARGON2_MIN_PASSES = 3
ARGON2_CALIBRATION_MAX_PASSES = 24
ARGON2_TARGET_S = 0.45
# Caps checked before deriving, because the header is only authenticated afterwards:
# a tampered header must not make us allocate gigabytes or run for minutes.
ARGON2_MAX_MEMORY_KIB = 256 * 1024
ARGON2_MAX_PASSES = 32
ARGON2_MAX_LANES = 16

# scrypt: vaults made before Argon2id. They keep opening and are rewrapped at unlock.
SCRYPT_FLOOR_LOG_N = 17  # the cheapest cost tryggsti ever calibrated to
SCRYPT_FALLBACK_LOG_N = 18  # new slots where the OpenSSL build has no Argon2id
# Earlier versions calibrated scrypt between 2^17 and 2^19, and never wrote more, so
# 2^19 is the cap: 2^20 would take 1 GiB for each attempt, which a tampered header must
# not be able to ask for.
MAX_LOG_N = 19
ALLOWED_R = 8
ALLOWED_P = 1

# Tests make vaults with a tiny cost: scrypt 2^insecure_test_log_n for new slots, and
# headers below the floor accepted. Nothing in the shipped program sets it, and nothing
# outside the process can: no environment variable or file is read. The test suite sets
# it in-process (tests/conftest.py, and tests/subprocess_site/ for the processes the
# tests start themselves).
insecure_test_log_n: int | None = None


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so 'ø' typed on macOS (often decomposed) and on Linux give the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def estimated_guesses_log10(passphrase: str) -> float:
    """log10 of the guesses zxcvbn reckons a passphrase takes (offline, no I/O)."""
    from zxcvbn import zxcvbn  # noqa: PLC0415 (its word lists load only for the strength meter)

    text = unicodedata.normalize("NFC", passphrase)[:STRENGTH_MAX_LENGTH]
    return float(zxcvbn(text, user_inputs=list(OWN_WORDS))["guesses_log10"]) if text else 0.0


def passphrase_is_strong(passphrase: str) -> bool:
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        return False
    return estimated_guesses_log10(passphrase) >= MIN_GUESSES_LOG10


def check_passphrase_strength(passphrase: str) -> None:
    """Refuse a new passphrase that is short or easy to guess (errors.weak_passphrase)."""
    if not passphrase_is_strong(passphrase):
        raise WeakPassphrase(minimum=MIN_PASSPHRASE_LENGTH)


def insecure_test_costs_allowed() -> bool:
    return insecure_test_log_n is not None


def test_cost_override() -> int | None:
    """The scrypt log_n the test suite set for new slots, or None (always, outside tests)."""
    return insecure_test_log_n


def has_argon2id() -> bool:
    """Whether this cryptography build can run Argon2id (it needs OpenSSL 3.2 or newer)."""
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: PLC0415 (not for speed: kdf must import where cryptography lacks Argon2id)
    except ImportError:
        return False
    try:
        Argon2id(salt=b"\0" * 16, length=KEY_SIZE, iterations=1, lanes=1, memory_cost=8)
    except Exception:  # UnsupportedAlgorithm on builds without it
        return False
    return True


def argon2id(secret: bytes, salt: bytes, *, passes: int, memory_kib: int, lanes: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: PLC0415 (not for speed: kdf must import where cryptography lacks Argon2id)

    return Argon2id(
        salt=salt, length=KEY_SIZE, iterations=passes, lanes=lanes, memory_cost=memory_kib
    ).derive(secret)


def argon2id_params(salt: bytes, passes: int, memory_kib: int, lanes: int) -> dict[str, Any]:
    return {
        "name": "argon2id",
        "salt": b64(salt),
        "memory_kib": memory_kib,
        "passes": passes,
        "lanes": lanes,
    }


def calibrated_argon2id(
    secret: bytes,
    salt: bytes,
    *,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[bytes, dict[str, Any]]:
    """Time one run at the minimum passes, then derive for real with enough passes for
    about half a second on this machine (a slow machine stays at the minimum)."""
    started = clock()
    key = argon2id(
        secret, salt, passes=ARGON2_MIN_PASSES, memory_kib=ARGON2_MEMORY_KIB, lanes=ARGON2_LANES
    )
    per_pass = max(clock() - started, 1e-6) / ARGON2_MIN_PASSES
    passes = min(
        max(ARGON2_MIN_PASSES, round(ARGON2_TARGET_S / per_pass)),
        ARGON2_CALIBRATION_MAX_PASSES,
    )
    if passes != ARGON2_MIN_PASSES:
        key = argon2id(
            secret, salt, passes=passes, memory_kib=ARGON2_MEMORY_KIB, lanes=ARGON2_LANES
        )
    return key, argon2id_params(salt, passes, ARGON2_MEMORY_KIB, ARGON2_LANES)


def scrypt(secret: bytes, salt: bytes, log_n: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt  # noqa: PLC0415 (docs/speed.md: keeps cryptography.hazmat.primitives.kdf.scrypt off a logg)

    return Scrypt(salt=salt, length=KEY_SIZE, n=2**log_n, r=ALLOWED_R, p=ALLOWED_P).derive(secret)


def scrypt_params(salt: bytes, log_n: int) -> dict[str, Any]:
    return {"name": "scrypt", "salt": b64(salt), "log_n": log_n, "r": ALLOWED_R, "p": ALLOWED_P}


def new_passphrase_key(
    secret: bytes, salt: bytes, *, test_log_n: int | None = None
) -> tuple[bytes, dict[str, Any]]:
    """The KEK and parameters for a new passphrase slot.

    Argon2id where the build has it; scrypt at a fixed 2^18 where it does not. A test
    cost (scrypt 2^test_log_n) is honoured only inside the test suite.
    """
    if test_log_n is not None and insecure_test_costs_allowed():
        return scrypt(secret, salt, test_log_n), scrypt_params(salt, test_log_n)
    if has_argon2id():
        return calibrated_argon2id(secret, salt)
    return scrypt(secret, salt, SCRYPT_FALLBACK_LOG_N), scrypt_params(salt, SCRYPT_FALLBACK_LOG_N)


def _whole_number(value: Any, field: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise VaultDamaged(f"{field} is not a whole number")
    return value


def check_params(params: Any) -> dict[str, Any]:
    """Refuse a slot whose KDF parameters are outside what tryggsti writes.

    Above the caps would exhaust memory or time; below the floor tryggsti never writes,
    so such a header was damaged or tampered with. Either way: «skadet», before deriving.
    """
    if not isinstance(params, dict):
        raise VaultDamaged("kdf parameters missing")
    salt = unb64(params.get("salt"), "kdf salt")
    if not 8 <= len(salt) <= 64:
        raise VaultDamaged("kdf salt has an impossible length")
    name = params.get("name")
    testing = insecure_test_costs_allowed()
    if name == "argon2id":
        memory = _whole_number(params.get("memory_kib"), "argon2id memory")
        passes = _whole_number(params.get("passes"), "argon2id passes")
        lanes = _whole_number(params.get("lanes"), "argon2id lanes")
        floor_memory, floor_passes = (
            (8 * max(lanes, 1), 1) if testing else (ARGON2_MEMORY_KIB, ARGON2_MIN_PASSES)
        )
        if not 1 <= lanes <= ARGON2_MAX_LANES:
            raise VaultDamaged("argon2id lanes outside the allowed range")
        if not floor_memory <= memory <= ARGON2_MAX_MEMORY_KIB:
            raise VaultDamaged("argon2id memory outside the allowed range")
        if not floor_passes <= passes <= ARGON2_MAX_PASSES:
            raise VaultDamaged("argon2id passes outside the allowed range")
    elif name == "scrypt":
        log_n = _whole_number(params.get("log_n"), "scrypt log_n")
        floor = 1 if testing else SCRYPT_FLOOR_LOG_N
        if not floor <= log_n <= MAX_LOG_N:
            raise VaultDamaged("scrypt cost outside the allowed range")
        if params.get("r") != ALLOWED_R or params.get("p") != ALLOWED_P:
            raise VaultDamaged("scrypt r and p must be 8 and 1")
    elif name != "hkdf-sha256":
        raise VaultDamaged(f"unknown kdf {name!r}")
    return params


def derive_from_params(secret: bytes, params: Any) -> bytes:
    """Run the KDF a slot names, after checking its parameters against the caps and floor."""
    params = check_params(params)
    salt = unb64(params["salt"], "kdf salt")
    if params["name"] == "argon2id":
        if not has_argon2id():
            raise Argon2idMissing("this cryptography build has no Argon2id")
        return argon2id(
            secret,
            salt,
            passes=params["passes"],
            memory_kib=params["memory_kib"],
            lanes=params["lanes"],
        )
    if params["name"] == "scrypt":
        return scrypt(secret, salt, params["log_n"])
    return hkdf(secret, salt)


def wants_rewrap(params: dict[str, Any]) -> bool:
    """A real scrypt slot (at or above the floor) is rewrapped with Argon2id at unlock."""
    return (
        params.get("name") == "scrypt"
        and params.get("log_n", 0) >= SCRYPT_FLOOR_LOG_N
        and has_argon2id()
    )


def hkdf(secret: bytes, salt: bytes) -> bytes:
    # Recovery codes carry 140 random bits, so a fast KDF is enough for them.
    from cryptography.hazmat.primitives import hashes  # noqa: PLC0415 (docs/speed.md: keeps cryptography.hazmat.primitives off innhold sjekk)
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF  # noqa: PLC0415 (docs/speed.md: keeps cryptography.hazmat.primitives.kdf.hkdf off a logg)

    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_SIZE, salt=salt, info=b"tryggsti recovery slot"
    ).derive(secret)


def hkdf_params(salt: bytes) -> dict[str, Any]:
    return {"name": "hkdf-sha256", "salt": b64(salt)}


def description() -> tuple[str, dict[str, int]]:
    """For `tryggsti --version`: which KDF new passphrase slots get on this machine, as a
    string-table key (under cli.) and its values; the command line says it in Norwegian."""
    if has_argon2id():
        return "kdf_argon2id", {"memory": ARGON2_MEMORY_KIB // 1024, "lanes": ARGON2_LANES}
    return "kdf_scrypt", {"log_n": SCRYPT_FALLBACK_LOG_N}
