"""The cyclic garbage collector held back while a burst of long-lived objects is made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection inside the block; afterwards the collector is as it was before (on,
    unless it was off already). Code inside may switch it on itself (speed.gc_pauses)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def long_lived() -> None:
    """What was made since the last collection lives on (a vault's records, just read):
    it leaves the young generation without being walked. Otherwise the young collection
    that comes next walks every record once more, in the middle of whatever runs then
    (32 ms after reading a 100-year vault). It goes to the oldest generation, or among the
    frozen objects when some are frozen already (speed.gc_pauses freezes while a vault is
    open); freezing and unfreezing move whole generations without walking them."""
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    if not frozen_before:
        gc.unfreeze()
