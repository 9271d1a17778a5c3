"""Records to JSON: the payload a save writes, and JSON-ready dicts for exports.

Reading a payload back into records is domain.decoding.
"""

from __future__ import annotations

import dataclasses
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

import orjson

from tryggsti.domain import records
from tryggsti.domain.records import SCHEMA_VERSION, VaultData


class PayloadError(ValueError):
    """The decrypted payload does not have the shape of vault data."""


class PayloadTooNew(PayloadError):
    def __init__(self, schema: int) -> None:
        super().__init__(f"schema {schema} is newer than {SCHEMA_VERSION}")
        self.schema = schema


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: to_jsonable(item) for key, item in value.items()}
    return value


@cache
def _field_types(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(records))
    return {f.name: hints[f.name] for f in dataclasses.fields(cls)}


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _json_default(value: Any) -> Any:
    """What json cannot write by itself; lists, dicts and strings stay in its fast C code."""
    kind: type = type(value)
    if kind is datetime or kind is date:
        return value.isoformat()
    if hasattr(kind, "__dataclass_fields__"):
        names = _field_names(kind)
        fields = getattr(value, "__dict__", None)
        # A record's __dict__ holds exactly its fields, in order; anything else (a record
        # with slots, or more in its __dict__) is spelled out.
        if fields is not None and len(fields) == len(names):
            return fields
        return {name: getattr(value, name) for name in names}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"cannot encode {kind.__name__}")


def encode_vault(data: VaultData) -> bytes:
    """The same JSON as `json.dumps(to_jsonable(...), ensure_ascii=False,
    separators=(",", ":"))`, byte for byte (a test holds it to that), written by orjson:
    a ten-year vault in about 3 ms instead of 45, and saves are frequent. orjson writes
    records in field order, enums by value and dates as ISO 8601, as `to_jsonable` does."""
    return encoded_value({"schema": SCHEMA_VERSION, **_json_default(data)})


def encoded_value(value: Any) -> bytes:
    """One value as `encode_vault` writes it inside the document (a record, a list)."""
    try:
        return orjson.dumps(value, default=_json_default)
    except orjson.JSONEncodeError as error:
        raise TypeError(str(error)) from error


def document_fields() -> tuple[str, ...]:
    """The document's keys after "schema", in the order `encode_vault` writes them."""
    return _field_names(VaultData)


@cache
def lists_of_frozen_records() -> frozenset[str]:
    """The document's lists whose records are frozen: a record there never changes."""
    found = set()
    for name, hint in _field_types(VaultData).items():
        if typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint)
            params = getattr(item, "__dataclass_params__", None)
            if params is not None and params.frozen:
                found.add(name)
    return frozenset(found)


def with_record_added(payload: bytes, key: str, record: Any) -> bytes | None:
    """`payload` with `record` added at the end of its list `key`, the other records left
    as they are (not built, checked and written again: on a ten-year vault that work is
    most of a headless `logg`). The JSON is what `encode_vault` writes for the same data,
    byte for byte. None when the payload is not in the current schema or has no such list,
    or when writing it again would not give back the same bytes (a number past 2^64 read
    as a float, text another writer spaced out): then it must be decoded (and migrated)
    the usual way. The payload's records are not checked here (decoding does that)."""
    try:
        document = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(document, dict) or document.get("schema") != SCHEMA_VERSION:
        return None
    records_of_kind = document.get(key)
    if not isinstance(records_of_kind, list):
        return None
    if orjson.dumps(document) != payload:  # never a lossy round trip
        return None
    records_of_kind.append(record)
    return orjson.dumps(document, default=_json_default)
