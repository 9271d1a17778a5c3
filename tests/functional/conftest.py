"""Fixtures for app tests: a vault in a temp folder, a fixed clock, no real user files."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

PASSPHRASE = "ugle-kaffe-58"
OSLO_WINTER = timezone(timedelta(hours=1))
FIXED_NOW = datetime(2026, 3, 2, 10, 0, tzinfo=OSLO_WINTER)  # mandag 2. mars 2026


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture(autouse=True)
def frozen_cursor(monkeypatch):
    """Text cursors do not blink in tests, so snapshots are the same every run."""
    from textual.widgets import Input, TextArea

    for widget_class in (Input, TextArea):
        original = widget_class._on_mount

        def without_blink(self, event, _original=original):
            self.cursor_blink = False
            return _original(self, event)

        monkeypatch.setattr(widget_class, "_on_mount", without_blink)


@pytest.fixture
def vault_path(tmp_path):
    return tmp_path / "data" / "tryggsti.vault"


@pytest.fixture
def make_vault(vault_path):
    """Create a vault (fast KDF) and let the test fill it: make_vault(lambda data: ...)."""
    from tryggsti.services.session import VaultSession

    def factory(fill=None):
        session, code = VaultSession.create(vault_path, PASSPHRASE, clock=fixed_clock, log_n=4)
        if fill is not None:
            fill(session.data)
            session.save()
        session.close()
        return code

    return factory


@pytest.fixture
def make_app(vault_path, tmp_path):
    """An app on the temp vault, with a fixed clock and its own config file."""
    from tryggsti.config import Config
    from tryggsti.ui.app import TryggstiApp

    def factory(**overrides):
        options = {
            "vault_path": vault_path,
            "clock": fixed_clock,
            "config": Config(),
            "config_path": tmp_path / "config" / "config.toml",
            "kdf_log_n": 4,
        }
        options.update(overrides)
        return TryggstiApp(**options)

    return factory


async def settle(pilot) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def unlock(pilot, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the unlock screen and wait for the home screen."""
    await settle(pilot)
    await pilot.press(*passphrase, "enter")
    await settle(pilot)
