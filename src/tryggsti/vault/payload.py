"""The payload's plaintext from format version 2 on: its JSON as raw DEFLATE (RFC 1951).

A save may hand over the JSON (compressed here, whole) or a body already compressed in
pieces (`Deflated`): each piece ends on a full flush, so pieces made at different times
join into one stream, and a piece kept from the last save is used again as it is.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

from tryggsti.vault.errors import VaultDamaged

# The fastest level: a vault's JSON repeats its field names in every record, and even
# level 1 makes it several times smaller, so there is less to encrypt, write and sync.
LEVEL = 1
_RAW = -15  # window bits for raw DEFLATE: no zlib or gzip wrapper (GCM checks the bytes)


@dataclass(frozen=True)
class Deflated:
    """A payload's JSON compressed, ready to be encrypted: the whole stream, ended."""

    body: bytes


def _compressor():
    return zlib.compressobj(LEVEL, zlib.DEFLATED, _RAW)


def piece(json_part: bytes) -> bytes:
    """`json_part` compressed on its own, ending on a byte boundary with the stream open:
    pieces joined in order, then `END`, are the DEFLATE stream of their bytes joined."""
    compressor = _compressor()
    return compressor.compress(json_part) + compressor.flush(zlib.Z_FULL_FLUSH)


END = _compressor().flush()  # an empty final block


def joined(pieces: list[bytes]) -> Deflated:
    return Deflated(b"".join(pieces) + END)


def deflated(payload: bytes | Deflated) -> bytes:
    """The compressed body of a payload given as JSON or already compressed."""
    if isinstance(payload, Deflated):
        return payload.body
    compressor = _compressor()
    return compressor.compress(payload) + compressor.flush()


def inflate(body: bytes) -> bytes:
    """The JSON of a compressed body; a stream that is cut short, has bytes after its end
    or is not DEFLATE is damage (it authenticated, so only a writer's bug makes one)."""
    decompressor = zlib.decompressobj(_RAW)
    try:
        json_bytes = decompressor.decompress(body)
    except zlib.error as error:
        raise VaultDamaged("payload is not a DEFLATE stream") from error
    if not decompressor.eof or decompressor.unused_data:
        raise VaultDamaged("payload's DEFLATE stream is cut short or has bytes after it")
    return json_bytes
