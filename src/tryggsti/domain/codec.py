"""Records to JSON-ready dicts and back, driven by the dataclasses' type hints."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

import orjson

from tryggsti.collector import paused
from tryggsti.domain import records
from tryggsti.domain.migrations import migrate
from tryggsti.domain.records import SCHEMA_VERSION, InvalidRecord, VaultData


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


class _Wrong(Exception):
    """A value of the wrong shape; the path is added on the way out (only when it fails)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.path: list[str] = []

    def at(self, step: str) -> _Wrong:
        self.path.append(step)
        return self

    def where(self, root: str) -> str:
        return root + "".join(reversed(self.path))


def from_jsonable(cls: Any, raw: Any, where: str = "") -> Any:
    """Build a value of type `cls` from JSON data, naming the path of anything wrong."""
    try:
        return _converter(cls)(raw)
    except _Wrong as wrong:
        raise PayloadError(f"{wrong.where(where)}: {wrong.problem}") from None


@cache
def _converter(cls: Any) -> typing.Callable[[Any], Any]:
    """One function per type, built once from the type hints: decoding a ten-year vault
    then costs a dict lookup and a call per value, not a walk through `typing`."""
    union = _union_parts(cls)
    if union is not None:
        inner, nullable = union
        return _optional(_converter(inner), nullable)
    origin = typing.get_origin(cls)
    if origin is list:
        (item_type,) = typing.get_args(cls)
        return _list_of(_converter(item_type))
    if origin is tuple:  # only tuple[X, ...]: a frozen record's list of values
        item_type, _ = typing.get_args(cls)
        return _tuple_of(_list_of(_converter(item_type)))
    if origin is dict:
        return _dict_of(_converter(typing.get_args(cls)[1]))
    if dataclasses.is_dataclass(cls):
        return _record_of(cls)
    return _scalar(cls)


def _union_parts(cls: Any) -> tuple[Any, bool] | None:
    """For `X | None` (or a Union), the type converted and whether None is allowed."""
    if typing.get_origin(cls) not in (typing.Union, types.UnionType):
        return None
    options = typing.get_args(cls)
    real = [option for option in options if option is not type(None)]
    return real[0], type(None) in options


def _optional(inner, nullable: bool):
    def convert(raw: Any) -> Any:
        return None if raw is None and nullable else inner(raw)

    return convert


def _list_of(item):
    def convert(raw: Any) -> list:
        if not isinstance(raw, list):
            raise _Wrong("expected a list")
        out = []
        for index, value in enumerate(raw):
            try:
                out.append(item(value))
            except _Wrong as wrong:
                raise wrong.at(f"[{index}]") from None
        return out

    return convert


def _tuple_of(as_list):
    def convert(raw: Any) -> tuple:
        return tuple(as_list(raw))

    return convert


def _dict_of(value_converter):
    def convert(raw: Any) -> dict:
        if not isinstance(raw, dict):
            raise _Wrong("expected an object")
        out = {}
        for key, value in raw.items():
            try:
                out[str(key)] = value_converter(value)
            except _Wrong as wrong:
                raise wrong.at(f".{key}") from None
        return out

    return convert


def _record_of(cls: type):
    # A value JSON already gives in its final type (a str for a str field, None for an
    # optional one) is taken as it is, with no call: most of a ten-year vault's values.
    # The record is made as its __init__ would make it (every field, in order, defaults
    # filled in, then __post_init__ checks it), without the __init__: a frozen record's
    # __init__ sets each field through object.__setattr__, four times the cost.
    if not all(f.init for f in dataclasses.fields(cls)):
        raise TypeError(f"{cls.__name__}: a field outside __init__ is not decoded")
    fields = [
        (name, _converter(hint), _taken_as_is(hint), _default_of(cls, name))
        for name, hint in _field_types(cls).items()
    ]
    check = getattr(cls, "__post_init__", None)

    def convert(raw: Any) -> Any:
        if not isinstance(raw, dict):
            raise _Wrong("expected an object")
        values = {}
        for name, field_converter, as_is, default in fields:
            if name not in raw:
                if default is _REQUIRED:
                    raise _Wrong(f"missing field {name!r}")
                values[name] = default()
                continue
            value = raw[name]
            if type(value) in as_is:
                values[name] = value
                continue
            try:
                values[name] = field_converter(value)
            except _Wrong as wrong:
                raise wrong.at(f".{name}") from None
        record = object.__new__(cls)
        object.__setattr__(record, "__dict__", values)
        if check is not None:
            try:
                check(record)
            except InvalidRecord as error:
                raise _Wrong(error.problem).at(f".{error.field}") from None
        return record

    return convert


_REQUIRED = object()


def _default_of(cls: type, name: str) -> Any:
    """A function giving the field's default (a new one each time for a factory), or
    _REQUIRED for a field without one."""
    found = cls.__dataclass_fields__[name]
    if found.default_factory is not dataclasses.MISSING:
        return found.default_factory
    if found.default is not dataclasses.MISSING:
        value = found.default
        return lambda: value
    return _REQUIRED


_PLAIN = (str, int, bool, float)


@cache
def _taken_as_is(cls: Any) -> frozenset[type]:
    """The exact types of JSON value that `_converter(cls)` returns unchanged."""
    union = _union_parts(cls)
    if union is not None:
        inner, nullable = union
        return _taken_as_is(inner) | ({type(None)} if nullable else frozenset())
    return frozenset({cls}) if cls in _PLAIN else frozenset()


def _parsed_by(parse):
    """A converter that parses (a date, a time, an enum value) and names what was wrong."""

    def convert(raw: Any) -> Any:
        try:
            return parse(raw)
        except (TypeError, ValueError) as error:
            raise _Wrong(str(error)) from None

    return convert


def _scalar(cls: Any):
    if cls is datetime or cls is date:
        return _parsed_by(cls.fromisoformat)
    if isinstance(cls, type) and issubclass(cls, Enum):
        return _parsed_by(cls)
    expected = f"expected {getattr(cls, '__name__', cls)}"

    def convert(raw: Any) -> Any:
        if cls is float and isinstance(raw, int) and not isinstance(raw, bool):
            return float(raw)
        if cls is Any or (isinstance(raw, cls) and not (cls is int and isinstance(raw, bool))):
            return raw
        raise _Wrong(expected)

    return convert


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _json_default(value: Any) -> Any:
    """What json cannot write by itself; lists, dicts and strings stay in its fast C code."""
    kind = type(value)
    if kind is datetime or kind is date:
        return value.isoformat()
    if hasattr(kind, "__dataclass_fields__"):
        fields = vars(value)
        names = _field_names(kind)
        # A record's __dict__ holds exactly its fields, in order; anything else is spelled out.
        return fields if len(fields) == len(names) else {n: fields[n] for n in names}
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
    byte for byte. None when the payload is not in the current schema or has no such list:
    then it must be decoded (and migrated) the usual way."""
    try:
        document = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(document, dict) or document.get("schema") != SCHEMA_VERSION:
        return None
    records_of_kind = document.get(key)
    if not isinstance(records_of_kind, list):
        return None
    records_of_kind.append(record)
    return orjson.dumps(document, default=_json_default)


def decode_vault(payload: bytes) -> tuple[VaultData, bool]:
    """Parse a payload; returns the data and whether it was migrated from an older schema."""
    # Tens of thousands of new dicts and records, none of them garbage: the cyclic
    # collector would only walk them again and again while they are made (orjson's dicts
    # count as much as the records: on a 100-year vault the collections grew faster than
    # the vault did).
    with paused():
        return _decode(payload)


def _decode(payload: bytes) -> tuple[VaultData, bool]:
    try:
        document = orjson.loads(payload)
    except orjson.JSONDecodeError as error:
        raise PayloadError(f"not JSON: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("schema"), int):
        raise PayloadError("no schema number")
    schema = document["schema"]
    if schema > SCHEMA_VERSION:
        raise PayloadTooNew(schema)
    migrated = migrate(document)
    migrated.pop("schema")
    return from_jsonable(VaultData, migrated, "vault"), schema != SCHEMA_VERSION
