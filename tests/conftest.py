"""Every test runs with its own home, data, config and cache folders, never the user's, so
the tests can run side by side (pytest-xdist, `-n auto` in pyproject.toml), and with the
cheap test KDF (scrypt 2^4), switched on in-process: the shipped program reads no variable
that could turn it on. Processes a test starts get it through tests/subprocess_site/ on
PYTHONPATH."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tryggsti.vault import kdf

TEST_KDF_LOG_N = 4  # scrypt 2^4: fast in tests; real vaults calibrate Argon2id
SUBPROCESS_SITE = Path(__file__).resolve().parent / "subprocess_site"


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
    # Tests run without a terminal, where `tryggsti` alone would start «enkel modus»: the
    # tests of the full app get the full app, and tests of enkel modus delete this.
    monkeypatch.setenv("TRYGGSTI_ENKEL", "0")
    return home


@pytest.fixture(autouse=True)
def cheap_test_kdf(monkeypatch):
    monkeypatch.setattr(kdf, "insecure_test_log_n", TEST_KDF_LOG_N)
    search_path = [str(SUBPROCESS_SITE), *filter(None, [os.environ.get("PYTHONPATH")])]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(search_path))
