"""Fixtures for app tests: a vault in a temp folder, a fixed clock, no real user files.
The helpers they use are in tests/helpers.py, imported by name."""

from __future__ import annotations

from contextlib import asynccontextmanager

import pytest

from tests.helpers import PASSPHRASE, fixed_clock, unlock


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


@pytest.fixture
def unlocked_app(make_app):
    """An app run and unlocked, for the tests that begin on Hjem:
    `async with unlocked_app(app, size=(80, 24)) as pilot:` (without an app, a new one)."""

    @asynccontextmanager
    async def opened(app=None, *, size=(80, 24), passphrase: str = PASSPHRASE):
        app = make_app() if app is None else app
        async with app.run_test(size=size) as pilot:
            await unlock(pilot, passphrase)
            yield pilot

    return opened
