"""Write the test vectors in this folder (docs/vault-format.md, «Test vectors»).

    TRYGGSTI_INSECURE_TEST_KDF=1 uv run python tests/vectors/make_vectors.py

Each file is named `<exit code>-<message class>-<what it is>.<vault|json>`; the test
tests/unit/test_vectors.py runs the commands that read it and holds each file to its
name. The files are committed: run this again only to add vectors, never to "fix" a
vector whose outcome changed (that change is what the vectors are there to catch).
Vaults use the cheap test KDF (scrypt 2^1) and open only with the test switch set.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PASSPHRASE = "vektor-passord-1"
OTHER_PASSPHRASE = "et-annet-passord-2"
AT = "2026-03-02T10:00:00+01:00"
PROFILE = {"created_at": AT}
CHECKIN = {"id": "k1", "at": AT, "mood": 3, "distress": 1, "note": "en dag"}
COMMITMENT = {"id": "f1", "text": "Ringe Kari", "created_at": AT}
SESSION = {"id": "g1", "script_id": "5-4-3-2-1", "started_at": AT, "duration_s": 60}
RESULT = {"id": "q1", "instrument_id": "soc13", "instrument_version": "1", "at": AT}


def raw(document) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def deep(schema: int, depth: int = 50_000) -> bytes:
    head = b'{"schema":%d,"profile":{"created_at":"%s"},"x":' % (schema, AT.encode())
    return head + b"[" * depth + b"]" * depth + b"}"


def current(**lists) -> dict:
    return {"schema": 3, "profile": PROFILE, **lists}


GOOD = {
    "schema-1": raw({
        "schema": 1, "profile": PROFILE,
        "safety_plan": {"help_contacts": ["Kari 912 34 567"], "warning_signs": ["uro"]},
        "checkins": [{**CHECKIN, "safe_coping": "pust, gå tur"}],
    }),
    "schema-2": raw({"schema": 2, "profile": PROFILE, "checkins": [CHECKIN]}),
    "schema-3": raw(current(checkins=[CHECKIN], commitments=[COMMITMENT],
                            grounding_sessions=[SESSION])),
    "schema-3-unknown-field": raw({**current(checkins=[CHECKIN]), "later_kind": [1, 2]}),
}  # fmt: skip

REFUSED_PAYLOADS = {
    "same-checkin-twice": raw(current(checkins=[CHECKIN, CHECKIN])),
    "same-commitment-id-twice": raw(
        current(commitments=[COMMITMENT, {**COMMITMENT, "text": "Gå tur"}])
    ),
    "id-with-a-space": raw(current(commitments=[{**COMMITMENT, "id": "f 1"}])),
    "empty-id": raw(current(checkins=[{**CHECKIN, "id": ""}])),
    "int-2-64-in-a-record": raw(current(grounding_sessions=[{**SESSION, "duration_s": 2**64}])),
    "int-of-5000-digits": raw(current(grounding_sessions=[SESSION])).replace(
        b'"duration_s":60', b'"duration_s":' + b"9" * 5000
    ),
    "mood-11": raw(current(checkins=[{**CHECKIN, "mood": 11}])),
    "lone-surrogate-in-a-note": raw(current(checkins=[CHECKIN])).replace(
        b'"note":"en dag"', b'"note":"en \\ud800 dag"'
    ),
    "schema-1-checkins-x": raw({"schema": 1, "profile": PROFILE, "checkins": ["x"]}),
    "schema-1-plan-a-list": raw({"schema": 1, "profile": PROFILE, "safety_plan": [1]}),
    "schema-1-help-contacts-5": raw(
        {"schema": 1, "profile": PROFILE, "safety_plan": {"help_contacts": 5}}
    ),
    "nested-50000-deep": deep(3),
    "schema-1-nested-50000-deep": deep(1),
    "no-profile": raw({"schema": 3}),
    "schema-a-string": raw({"schema": "3", "profile": PROFILE}),
    "not-json": b"{ikke json",
}


def make_vault(path: Path, payload: bytes, passphrase: str = PASSPHRASE) -> bytes:
    from tryggsti.vault.vault import Vault

    vault, _code = Vault.create(path, passphrase, payload, log_n=1)
    vault.close()
    data = path.read_bytes()
    path.unlink()
    Path(f"{path}.lock").unlink(missing_ok=True)
    return data


def with_header(data: bytes, change) -> bytes:
    """The file with its header changed and the header checksum made to match again, as a
    forger would: only the AEAD (after the KDF) could tell, so the KDF caps must."""
    from tryggsti.vault import format as fmt

    parsed = fmt.split(data)
    header = json.loads(json.dumps(parsed.header))
    change(header)
    return fmt.join(header, parsed.ciphertext)


def kdf_of(header) -> dict:
    return header["slots"][0]["kdf"]


def flipped(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def main() -> None:
    if os.environ.get("TRYGGSTI_INSECURE_TEST_KDF") != "1":
        sys.exit("set TRYGGSTI_INSECURE_TEST_KDF=1 (the vectors use scrypt 2^1)")
    from tryggsti.vault import format as fmt

    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as scratch:
        spot = Path(scratch) / "v.vault"
        for name, payload in GOOD.items():
            files[f"0-ok-{name}.vault"] = make_vault(spot, payload)
        for name, payload in REFUSED_PAYLOADS.items():
            files[f"3-damaged-payload-{name}.vault"] = make_vault(spot, payload)
        files["3-too-new-schema-5.vault"] = make_vault(spot, raw({"schema": 5, "profile": PROFILE}))
        files["0-ok-schema-4-profile-only.vault"] = make_vault(
            spot, raw({"schema": 4, "profile": PROFILE})
        )
        good = files["0-ok-schema-3.vault"]
        files["2-wrong-secret-other-passphrase.vault"] = make_vault(
            spot, GOOD["schema-3"], OTHER_PASSPHRASE
        )

    span = fmt.version_span(good[: fmt.PREFIX_SIZE])
    files.update({
        "3-damaged-empty.vault": b"",
        "3-damaged-not-a-vault.vault": b"not a vault at all, just some text\n",
        "3-damaged-truncated-to-the-prefix.vault": good[: fmt.PREFIX_SIZE],
        "3-damaged-truncated-half.vault": good[: len(good) // 2],
        "3-damaged-one-byte-short.vault": good[:-1],
        "3-damaged-one-byte-more.vault": good + b"\0",
        "3-damaged-flipped-last-tag-byte.vault": flipped(good, len(good) - 1),
        "3-damaged-flipped-ciphertext-byte.vault": flipped(good, span + 4),
        "3-damaged-flipped-header-checksum.vault": flipped(good, span - 1),
        "3-damaged-flipped-header-byte.vault": flipped(good, fmt.PREFIX_SIZE + 5),
        "3-damaged-format-version-0.vault": good[:8] + b"\0\0" + good[10:],
        "3-too-new-format-version-99.vault": good[:8] + b"\0\x63" + good[10:],
        "3-damaged-payload-nonce-changed.vault": with_header(
            good, lambda h: h.update(payload_nonce=fmt.b64(b"\1" * 12))
        ),
        "2-wrong-secret-key-slot-from-another-vault.vault": with_header(
            good,
            lambda h: h["slots"].__setitem__(
                0, fmt.split(files["2-wrong-secret-other-passphrase.vault"]).header["slots"][0]
            ),
        ),
        "3-damaged-no-passphrase-slot.vault": with_header(
            good, lambda h: h.update(slots=h["slots"][1:])
        ),
        "3-damaged-kdf-unknown.vault": with_header(
            good, lambda h: kdf_of(h).update(name="pbkdf2")
        ),
        "3-damaged-kdf-scrypt-log-n-21.vault": with_header(
            good, lambda h: kdf_of(h).update(log_n=21)
        ),
        "3-damaged-kdf-scrypt-log-n-0.vault": with_header(
            good, lambda h: kdf_of(h).update(log_n=0)
        ),
        "3-damaged-kdf-scrypt-r-16.vault": with_header(good, lambda h: kdf_of(h).update(r=16)),
        "3-damaged-kdf-scrypt-log-n-a-string.vault": with_header(
            good, lambda h: kdf_of(h).update(log_n="20")
        ),
        "3-damaged-kdf-salt-empty.vault": with_header(good, lambda h: kdf_of(h).update(salt="")),
        "3-damaged-kdf-argon2id-memory-over-the-cap.vault": with_header(
            good,
            lambda h: h["slots"][0].update(kdf={
                "name": "argon2id", "salt": kdf_of(h)["salt"],
                "memory_kib": 256 * 1024 + 1, "passes": 3, "lanes": 4,
            }),
        ),
        "3-damaged-kdf-argon2id-passes-33.vault": with_header(
            good,
            lambda h: h["slots"][0].update(kdf={
                "name": "argon2id", "salt": kdf_of(h)["salt"],
                "memory_kib": 64 * 1024, "passes": 33, "lanes": 4,
            }),
        ),
        "3-damaged-kdf-argon2id-lanes-17.vault": with_header(
            good,
            lambda h: h["slots"][0].update(kdf={
                "name": "argon2id", "salt": kdf_of(h)["salt"],
                "memory_kib": 64 * 1024, "passes": 3, "lanes": 17,
            }),
        ),
    })  # fmt: skip

    export = {"exported_at": AT, **json.loads(GOOD["schema-3"])}
    files["0-ok-export.json"] = json.dumps(export, ensure_ascii=False, indent=2).encode()
    files["0-ok-export-schema-1.json"] = GOOD["schema-1"]
    for name, payload in REFUSED_PAYLOADS.items():
        files[f"1-not-an-export-{name}.json"] = payload
    files["3-too-new-export-schema-5.json"] = raw({"schema": 5, "profile": PROFILE})
    files["0-ok-export-schema-4-profile-only.json"] = raw({"schema": 4, "profile": PROFILE})

    for old in HERE.glob("[0-9]-*"):
        old.unlink()
    for name, data in sorted(files.items()):
        (HERE / name).write_bytes(data)
    print(f"{len(files)} vectors in {HERE}")


if __name__ == "__main__":
    main()
