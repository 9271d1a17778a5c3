"""A save's payload, compressed again only where the data changed since the last save.

Records in the long lists are frozen (domain.records): the same record objects in the
same stretch of a list encode, and compress, to the same bytes as at the last save. A
save of a ten-year vault then compresses the stretch that holds the new check-in and the
few small records, not ten years of check-ins. The bytes are exactly those of
`encode_vault`, compressed (vault.payload).

A save is made in two steps. `snapshot` runs where the data is changed (the UI thread):
it encodes the small records, which can change in place, and takes the long lists'
records as they stand. `Snapshot.deflated` does the compressing, in the save worker.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from operator import is_

from tryggsti.domain.codec import document_fields, encoded_value, lists_of_frozen_records
from tryggsti.domain.records import SCHEMA_VERSION, VaultData
from tryggsti.vault import payload
from tryggsti.vault.payload import Deflated

STRETCH = 256  # records per piece: a new check-in compresses 256 again, not 36,500


@dataclass(frozen=True)
class _Stretch:
    """Records `index * STRETCH` onwards of the list `name`, held as they were."""

    name: str
    index: int
    records: tuple


class PayloadCache:
    """The compressed stretches of the last save, to use again while unchanged."""

    def __init__(self) -> None:
        self._kept: dict[tuple[str, int], tuple[tuple, bytes]] = {}
        self._lock = threading.Lock()  # a save worker and a «save as» may meet

    def snapshot(self, data: VaultData) -> Snapshot:
        frozen = lists_of_frozen_records()
        parts: list[bytes | _Stretch] = []
        pending = [b'{"schema":', encoded_value(SCHEMA_VERSION)]
        for name in document_fields():
            value = getattr(data, name)
            pending += [b",", encoded_value(name), b":"]
            if name not in frozen or not value:
                pending.append(encoded_value(value))
                continue
            pending.append(b"[")
            parts.append(b"".join(pending))
            for index, start in enumerate(range(0, len(value), STRETCH)):
                parts.append(_Stretch(name, index, tuple(value[start : start + STRETCH])))
            pending = [b"]"]
        pending.append(b"}")
        parts.append(b"".join(pending))
        return Snapshot(self, tuple(parts))

    def _piece(self, stretch: _Stretch) -> bytes:
        key = (stretch.name, stretch.index)
        kept = self._kept.get(key)
        if kept is not None:
            records, piece = kept
            if len(records) == len(stretch.records) and all(map(is_, records, stretch.records)):
                return piece
        json_part = encoded_value(stretch.records)[1:-1]
        piece = payload.piece(b"," + json_part if stretch.index else json_part)
        self._kept[key] = (stretch.records, piece)
        return piece

    def _deflate(self, parts: tuple[bytes | _Stretch, ...]) -> Deflated:
        with self._lock:
            pieces = [
                payload.piece(part) if isinstance(part, bytes) else self._piece(part)
                for part in parts
            ]
            used = {(p.name, p.index) for p in parts if isinstance(p, _Stretch)}
            for key in self._kept.keys() - used:  # stretches a list no longer has
                del self._kept[key]
        return payload.joined(pieces)


@dataclass(frozen=True)
class Snapshot:
    """The data of one save, to be compressed (once) when it is written."""

    cache: PayloadCache
    parts: tuple[bytes | _Stretch, ...]

    def deflated(self) -> Deflated:
        return self.cache._deflate(self.parts)
