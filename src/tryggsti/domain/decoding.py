"""A payload's JSON back into records, read by msgspec from the records' type hints.

msgspec checks each value's type as it reads it, in C (a string where a number belongs
is refused, and the error names its place), fills in defaults, and then calls each
record's __post_init__, which checks the record's own rules. A payload in the current
schema, as `encode_vault` writes it, is read into records in one pass. An older one is
parsed, migrated (domain.migrations) and then converted.
"""

from __future__ import annotations

import msgspec

from tryggsti.collector import long_lived, paused
from tryggsti.domain.codec import PayloadError, PayloadTooNew
from tryggsti.domain.migrations import migrate
from tryggsti.domain.records import SCHEMA_VERSION, InvalidRecord, VaultData

# How `encode_vault` begins a payload in the current schema: "schema" first, no spaces.
_CURRENT = b'{"schema":%d,' % SCHEMA_VERSION
_READER = msgspec.json.Decoder(VaultData)


def decode_vault(payload: bytes) -> tuple[VaultData, bool]:
    """Parse a payload; returns the data and whether it was migrated from an older schema."""
    # Tens of thousands of new records and strings, none of them garbage: the cyclic
    # collector would only walk them again and again while they are made.
    with paused():
        try:
            decoded = _decode(payload)
        except msgspec.ValidationError as error:
            raise PayloadError(_explained(error)) from None
        except msgspec.DecodeError as error:
            raise PayloadError(f"not JSON: {error}") from None
        long_lived()
        return decoded


def _decode(payload: bytes) -> tuple[VaultData, bool]:
    if payload.startswith(_CURRENT):
        return _READER.decode(payload), False
    document = msgspec.json.decode(payload)
    if not isinstance(document, dict) or type(document.get("schema")) is not int:
        raise PayloadError("no schema number")
    schema = document["schema"]
    if schema > SCHEMA_VERSION:
        raise PayloadTooNew(schema)
    migrated = migrate(document)
    migrated.pop("schema")
    return msgspec.convert(migrated, VaultData), schema != SCHEMA_VERSION


def _explained(error: msgspec.ValidationError) -> str:
    """msgspec's "problem - at `$.checkins[3]`" as "vault.checkins[3]: problem"; a rule
    a record's __post_init__ found broken is named down to its field."""
    problem, at, path = str(error).rpartition(" - at `$")
    where = "vault" + path.removesuffix("`") if at else "vault"
    broken = error.__context__
    if isinstance(broken, InvalidRecord):
        return f"{where}.{broken.field}: {broken.problem}"
    return f"{where}: {problem if at else error}"
