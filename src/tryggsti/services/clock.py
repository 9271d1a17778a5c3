"""Time and id sources, passed in so tests can fix them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]
IdSource = Callable[[], str]


def system_clock() -> datetime:
    """Now, in the machine's local time zone (always timezone-aware)."""
    return datetime.now().astimezone()


def random_id() -> str:
    import secrets  # noqa: PLC0415 (the unlock screen's first frame needs no hashlib)

    return secrets.token_hex(8)
