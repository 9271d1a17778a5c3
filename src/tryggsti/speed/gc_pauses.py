"""The garbage collector: off until the first frame, then short pauses while a vault is
open (issue 12).

A start makes many objects and little garbage (the imports, the first screen): collecting
while they are made cost the app 60–90 ms before its first frame, 3.7 % of its
instructions (docs/speed.md). So the command line runs with the collector `paused` and
the app switches it on once its first screen is shown (`started`).

Python's full collection walks every object that has lived a while. With ten years of
check-ins in memory and the screens kept for the session, one full collection took
130–280 ms, and it came in the middle of a key press: the screen after it showed late.

While a vault is open, what has survived a full collection is moved out of the
collector's sight (`gc.freeze`), so the next one walks only what is newer: 10–40 ms.
Memory is still freed the usual way when the last reference goes; only cycles made of
frozen objects wait, until the vault is locked or the person has been idle a while
(`tidy`), when everything is collected once and frozen again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection inside the block (the command line, until the app's first screen is
    shown: tryggsti.cli.main; a vault being decoded: domain.decoding); afterwards the
    collector is as it was before, unless code inside switched it on itself (`started`)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def long_lived() -> None:
    """What was made since the last collection lives on (a vault's records, just read, in
    `paused`): it leaves the young generation without being walked. Otherwise the young
    collection that comes next walks every record once more, in the middle of whatever
    runs then (32 ms after reading a 100-year vault). It goes to the oldest generation, or
    among the frozen objects when some are frozen already (`keep_pauses_short`);
    freezing and unfreezing move whole generations without walking them."""
    frozen_before = gc.get_freeze_count()
    gc.freeze()
    if not frozen_before:
        gc.unfreeze()


def started(*, freeze: bool = True) -> None:
    """Call once the first screen is shown: what lives now lives for the whole run (the
    code, the styles, the first screen), so it is frozen, and collecting starts (the
    command line starts with none: tryggsti.cli.main). `freeze` is False when a vault was
    opened and locked again before this came: `stop` gave everything back already."""
    if freeze:
        gc.freeze()
    gc.enable()


def _after_collection(phase: str, info: dict) -> None:
    if phase == "stop" and info.get("generation") == 2:
        gc.freeze()  # what a full collection left is alive: later ones need not walk it


def keep_pauses_short() -> None:
    """Call when a vault is open: freeze what lives now, and after each full collection."""
    if _after_collection not in gc.callbacks:
        gc.callbacks.append(_after_collection)
    gc.freeze()


def settled() -> None:
    """Call when what was just made will live as long as the vault is open (a kept screen
    once first shown, the screens' code once imported): frozen now, so that the next full
    collection, which comes in the middle of some key press, does not walk it. On the
    benchmark's session that collection walked 30,000 objects, the first visits' screens,
    and took 30 ms. Nothing happens while no vault is open."""
    if _after_collection in gc.callbacks:
        gc.freeze()


def stop() -> None:
    """Call when the vault is locked: everything is the collector's again (collect soon)."""
    if _after_collection in gc.callbacks:
        gc.callbacks.remove(_after_collection)
    gc.unfreeze()


def tidy() -> None:
    """One full collection of everything, then freeze again (call while nobody waits)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def collect_all() -> None:
    gc.collect()
