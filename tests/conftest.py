"""Every test runs with its own home, data, config and cache folders, never the user's, so
the tests can run side by side (pytest-xdist, `-n auto` in pyproject.toml)."""

from __future__ import annotations

import os

import pytest

TEST_KDF_LOG_N = "4"  # scrypt 2^4: fast in tests; real vaults calibrate from 2^17 up


def pytest_xdist_auto_num_workers(config) -> int:
    """Two workers per CPU: an app test spends most of its time waiting for the app (a
    serial run of the suite took 12 minutes for 3.5 minutes of CPU)."""
    return 2 * (os.cpu_count() or 1)


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, name in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(variable, str(home / name))
    monkeypatch.delenv("TRYGGSTI_VAULT", raising=False)
    monkeypatch.setenv("TRYGGSTI_INSECURE_TEST_KDF", TEST_KDF_LOG_N)
    return home
