"""A vault's records, just read, leave the collector's young generation without being
walked (speed.gc_pauses.long_lived): the young collection after reading a 100-year vault
walked every record once more, 32 ms in the middle of the unlock."""

from __future__ import annotations

import gc
from datetime import datetime, timedelta, timezone

from tryggsti.domain.codec import encode_vault
from tryggsti.domain.decoding import decode_vault
from tryggsti.domain.records import CheckIn, Profile, VaultData

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _payload() -> bytes:
    data = VaultData(profile=Profile(created_at=NOW))
    data.checkins += [CheckIn(f"k{n}", NOW, 5, 4, note="Et notat") for n in range(2000)]
    return encode_vault(data)


def _in_generation(thing, generation: int) -> bool:
    return any(found is thing for found in gc.get_objects(generation=generation))


def test_read_records_go_to_the_oldest_generation_and_nothing_stays_frozen():
    payload = _payload()
    frozen = gc.get_freeze_count()
    gc.unfreeze()  # as in a process where nothing is frozen (what a test left is kept)
    try:
        data, _ = decode_vault(payload)
        last = data.checkins[-1]
        assert gc.get_freeze_count() == 0
        assert _in_generation(last, 2) and _in_generation(data.checkins, 2)
    finally:
        if frozen:
            gc.freeze()


def test_while_objects_are_frozen_read_records_are_frozen_with_them():
    payload = _payload()
    gc.freeze()  # as speed.gc_pauses has it while a vault is open
    try:
        frozen = gc.get_freeze_count()
        data, _ = decode_vault(payload)
        assert gc.get_freeze_count() > frozen + 2000
        assert not any(_in_generation(data.checkins[-1], g) for g in (0, 1, 2))
    finally:
        gc.unfreeze()
