"""Every test runs with its own home, data, config and cache folders, never the user's."""

from __future__ import annotations

import pytest

TEST_KDF_LOG_N = "4"  # scrypt 2^4: fast in tests; real vaults calibrate from 2^17 up


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
    # Tests run without a terminal, where `tryggsti` alone would start «enkel modus»: the
    # tests of the full app get the full app, and tests of enkel modus delete this.
    monkeypatch.setenv("TRYGGSTI_ENKEL", "0")
    return home
