"""The vault file layout: magic, version, authenticated JSON header, ciphertext.

See docs/vault-format.md. This module only splits and joins bytes; no keys here.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from dataclasses import dataclass
from typing import Any

from tryggsti.vault.errors import VaultDamaged, VaultTooNew

MAGIC = b"TRYGGSTI"
# 3: the header also names the data key (`key_id`) and counts the saves (`generation`),
# so a copy put back from before is seen (vault.seen). 2: the payload's plaintext is the
# JSON as raw DEFLATE (vault.payload); 1: the JSON. All three are read; 3 is written.
FORMAT_VERSION = 3
_PREFIX = struct.Struct(">8sHI")  # magic, format version, header length
DIGEST_SIZE = 32
MAX_HEADER_BYTES = 64 * 1024
GCM_TAG_SIZE = 16


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, field: str) -> bytes:
    if not isinstance(text, str):
        raise VaultDamaged(f"{field} is not base64 text")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as error:
        raise VaultDamaged(f"{field} is not valid base64") from error


@dataclass(frozen=True)
class VaultFile:
    """A parsed vault file: the header as a dict, the bytes it authenticates, and the body."""

    header: dict[str, Any]
    authenticated: bytes  # prefix + header JSON: the AAD of the payload
    ciphertext: bytes
    version: int  # the layout it was written in (1, 2 or 3)

    @property
    def generation(self) -> int:
        """How many saves came before this version; 0 for files from before version 3."""
        value = self.header.get("generation", 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise VaultDamaged("generation is not a whole number")
        return value


def encode_header(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def join(header: dict[str, Any], ciphertext: bytes) -> bytes:
    return authenticated_part(header) + digest_for(authenticated_part(header)) + ciphertext


def authenticated_part(header: dict[str, Any]) -> bytes:
    header_bytes = encode_header(header)
    return _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes


def digest_for(authenticated: bytes) -> bytes:
    # An unkeyed checksum: it cannot stop a forger (the AEAD does that), but it
    # tells accidental damage to the header apart from a wrong passphrase.
    return hashlib.sha256(authenticated).digest()


PREFIX_SIZE = _PREFIX.size


def version_span(prefix: bytes) -> int | None:
    """How many leading bytes of a vault file say which version of it this is: the fixed
    prefix, the header (with the fresh nonce of that save) and its checksum. None when
    `prefix` (at least PREFIX_SIZE bytes) does not start a vault file."""
    if len(prefix) < _PREFIX.size:
        return None
    magic, _version, header_length = _PREFIX.unpack_from(prefix)
    if magic != MAGIC or header_length > MAX_HEADER_BYTES:
        return None
    return _PREFIX.size + header_length + DIGEST_SIZE


def split(data: bytes) -> VaultFile:
    """Parse a vault file, refusing anything damaged or from a newer format."""
    if len(data) < _PREFIX.size:
        raise VaultDamaged("file shorter than the fixed prefix")
    magic, version, header_length = _PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise VaultDamaged("not a tryggsti vault (magic bytes differ)")
    if version > FORMAT_VERSION:
        # A newer layout may differ from here on: refuse before reading further.
        raise VaultTooNew(f"format version {version}", version=version)
    if version < 1:
        raise VaultDamaged("unknown format version")
    if header_length > MAX_HEADER_BYTES:
        raise VaultDamaged("header length out of range")
    header_end = _PREFIX.size + header_length
    body_start = header_end + DIGEST_SIZE
    if len(data) < body_start + GCM_TAG_SIZE:
        raise VaultDamaged("file is truncated")
    authenticated = data[:header_end]
    if digest_for(authenticated) != data[header_end:body_start]:
        raise VaultDamaged("header checksum does not match")
    try:
        header = json.loads(data[_PREFIX.size : header_end].decode("utf-8"))
    except (ValueError, RecursionError) as error:
        # ValueError covers bad UTF-8, bad JSON and json's limit on huge integers;
        # RecursionError a header nested thousands deep. All of them are damage.
        raise VaultDamaged("header is not valid JSON") from error
    if not isinstance(header, dict):
        raise VaultDamaged("header is not an object")
    return VaultFile(header, authenticated, data[body_start:], version)
