"""A payload's JSON back into records, read by msgspec from the records' type hints.

msgspec checks each value's type as it reads it, in C (a string where a number belongs
is refused, and the error names its place), fills in defaults, and then calls each
record's __post_init__, which checks the record's own rules. A payload in the current
schema, as `encode_vault` writes it, is read into records in one pass. An older one is
parsed, migrated (domain.migrations) and then converted.
"""

from __future__ import annotations

import msgspec

from tryggsti.domain.codec import PayloadError, PayloadTooNew, encode_vault, to_jsonable
from tryggsti.domain.migrations import MigrationError, migrate
from tryggsti.domain.records import SCHEMA_VERSION, InvalidRecord, VaultData
from tryggsti.speed.gc_pauses import long_lived, paused

# The lists whose records the app tells apart by id: in a table row's key, in a widget's
# id (which Textual allows letters, digits, «-» and «_» in), in the calendar's UID.
ID_LISTS = (
    "commitments",
    "checkins",
    "grounding_sessions",
    "questionnaire_results",
    "homework",
    "relapse_reflections",
)
ID_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
ID_LIMIT = 64

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
        except RecursionError:
            raise PayloadError("nested too deeply") from None
        except MigrationError as error:
            raise PayloadError(f"vault{error}") from None
        check_identities(decoded[0])
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


def check_identities(data: VaultData) -> None:
    """Every record's id is 1–64 letters, digits, «-» or «_», and no two records of a kind
    share one (the app's own ids are 16 hex digits). An imported export or a crafted
    vault with a repeated or odd id would otherwise break the screen that lists them."""
    for name in ID_LISTS:
        ids = [record.id for record in getattr(data, name)]
        if not ids:
            continue
        lengths = list(map(len, ids))  # checked all at once: a ten-year vault has 36 500
        if min(lengths) == 0 or max(lengths) > ID_LIMIT or not set("".join(ids)) <= ID_CHARACTERS:
            bad = next(i for i, id_ in enumerate(ids) if not _is_id(id_))
            raise PayloadError(
                f"vault.{name}[{bad}].id: not 1 to {ID_LIMIT} letters, digits, - or _"
            )
        if len(set(ids)) != len(ids):
            seen: set[str] = set()
            for index, id_ in enumerate(ids):
                if id_ in seen:
                    raise PayloadError(f"vault.{name}[{index}].id: the same as an earlier record's")
                seen.add(id_)


def _is_id(text: str) -> bool:
    return 0 < len(text) <= ID_LIMIT and set(text) <= ID_CHARACTERS


def dropped_by_reading(payload: bytes, data: VaultData) -> list[str]:
    """The fields and kinds of a current-schema payload that `data` does not hold (from a
    newer tryggsti, or another program): a full save leaves them out, so the person is
    told. Empty for every payload tryggsti wrote, which it writes back byte for byte (the
    one check most opens make); only a payload that differs is walked, and then only
    where it has keys the records do not. Names are paths without list indices:
    ["later_kind", "checkins[].extra"]."""

    if not payload.startswith(_CURRENT) or encode_vault(data) == payload:
        return []
    found: dict[str, None] = {}
    _walk(msgspec.json.decode(payload), to_jsonable(data), "", found)
    return list(found)


def _walk(given, kept, where: str, found: dict[str, None]) -> None:
    if isinstance(given, dict) and isinstance(kept, dict):
        for key, value in given.items():
            name = f"{where}.{key}" if where else key
            if key not in kept and not (where == "" and key == "schema"):
                found.setdefault(name, None)
            elif key in kept:
                _walk(value, kept[key], name, found)
    elif isinstance(given, list) and isinstance(kept, list):
        for value, kept_value in zip(given, kept, strict=False):
            _walk(value, kept_value, f"{where}[]", found)


def _explained(error: msgspec.ValidationError) -> str:
    """msgspec's "problem - at `$.checkins[3]`" as "vault.checkins[3]: problem"; a rule
    a record's __post_init__ found broken is named down to its field."""
    problem, at, path = str(error).rpartition(" - at `$")
    where = "vault" + path.removesuffix("`") if at else "vault"
    broken = error.__context__
    if isinstance(broken, InvalidRecord):
        return f"{where}.{broken.field}: {broken.problem}"
    return f"{where}: {problem if at else error}"
