"""What app tests share, imported by name (`from tests.helpers import settle, unlock`):
the passphrase of the test vaults, a fixed clock, and the steps that let the app catch up.
The fixtures that use them live in tests/functional/conftest.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone

PASSPHRASE = "ugle-kaffe-58"
OSLO_WINTER = timezone(timedelta(hours=1))
FIXED_NOW = datetime(2026, 3, 2, 10, 0, tzinfo=OSLO_WINTER)  # mandag 2. mars 2026


def fixed_clock() -> datetime:
    return FIXED_NOW


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def unlock(pilot, passphrase: str = PASSPHRASE) -> None:
    """Fill in the passphrase on the unlock screen, press Enter and wait for Hjem. The
    field is filled, not typed: typing key by key is tested where it matters
    (test_paste_burst.py, test_unlock_and_first_run.py)."""
    await settle(pilot)
    pilot.app.screen.query_one("#passphrase").value = passphrase
    await pilot.press("enter")
    await settle(pilot)


async def wait_until(pilot, condition: Callable[[], bool], what: str) -> None:
    """Let the app run until `condition()` holds. Tests assert what happens in which order,
    not how fast: the bound (30 s) only stops a test that would otherwise hang."""
    for _ in range(600):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"never happened: {what}")
