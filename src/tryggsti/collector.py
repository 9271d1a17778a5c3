"""The cyclic garbage collector held back while a burst of long-lived objects is made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection inside the block; afterwards the collector is as it was before (on,
    unless it was off already). Code inside may switch it on itself (ui.gc_pauses)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
