"""Time spent in the KDF, so a figure «beyond the KDF» can take off each run's own: the KDF
varies by a tenth of a second between calls on the project's machine, more than all else
an unlock or a `logg` does, so a KDF timed in another call would mostly measure that spread."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def kdf_timed(record: Callable[[float], None]) -> Iterator[None]:
    """Inside, every key derivation's seconds are passed to `record`."""
    from tryggsti.vault import kdf

    derive = kdf.derive_from_params

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return derive(*args, **kwargs)
        finally:
            record(time.perf_counter() - started)

    kdf.derive_from_params = timed
    try:
        yield
    finally:
        kdf.derive_from_params = derive
