"""Argon2id for new passphrase slots, scrypt vaults rewrapped, caps and a floor on every cost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, logg, run_cli
from tryggsti.vault import format as fmt
from tryggsti.vault import kdf
from tryggsti.vault.errors import VaultDamaged
from tryggsti.vault.vault import Vault


def _passphrase_kdf(path) -> dict:
    header = fmt.split(path.read_bytes()).header
    return next(s for s in header["slots"] if s["type"] == "passphrase")["kdf"]


@pytest.fixture
def outside_the_test_suite(monkeypatch):
    """As on a person's machine: the cheap test KDF is off, whatever the environment says
    (the variables that once switched it on are set, to show they no longer do)."""
    monkeypatch.setattr(kdf, "insecure_test_log_n", None)
    monkeypatch.setenv("TRYGGSTI_INSECURE_TEST_KDF", "4")
    monkeypatch.setenv("PYTEST_VERSION", "8")


def test_calibration_picks_passes_for_half_a_second_within_bounds(monkeypatch):
    monkeypatch.setattr(kdf, "argon2id", lambda *a, **k: b"k" * 32)
    fast = iter([0.0, 0.03])  # 10 ms a pass
    _, params = kdf.calibrated_argon2id(b"x", b"s" * 16, clock=lambda: next(fast))
    assert params["passes"] == kdf.ARGON2_CALIBRATION_MAX_PASSES
    medium = iter([0.0, 0.27])  # 90 ms a pass: five passes make 0.45 s
    _, params = kdf.calibrated_argon2id(b"x", b"s" * 16, clock=lambda: next(medium))
    assert params["passes"] == 5
    slow = iter([0.0, 0.9])
    _, params = kdf.calibrated_argon2id(b"x", b"s" * 16, clock=lambda: next(slow))
    assert params["passes"] == kdf.ARGON2_MIN_PASSES
    assert (params["memory_kib"], params["lanes"]) == (64 * 1024, 4)


def test_a_real_vault_gets_argon2id_whatever_the_environment_says(
    tmp_path, monkeypatch, capsys, outside_the_test_suite
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    params = _passphrase_kdf(vault)
    assert params["name"] == "argon2id"
    assert params["memory_kib"] == 64 * 1024 and params["lanes"] == 4
    assert params["passes"] >= 3
    opened, _ = Vault.unlock(vault, PASSPHRASE)
    opened.close()


def test_a_cost_below_the_floor_is_refused_as_damaged_outside_the_test_suite(
    tmp_path, monkeypatch, capsys
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)  # scrypt 2^4: allowed inside the suite only
    monkeypatch.setattr(kdf, "insecure_test_log_n", None)
    result = logg(monkeypatch, capsys, vault, "5")
    assert result.code == 3
    assert "skadet" in result.err
    assert "Passordet stemmer ikke" not in result.err


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("memory_kib", 4 * 1024 * 1024),
        ("passes", 1000),
        ("lanes", 0),
        ("memory_kib", "64"),
        ("passes", True),
    ],
)
def test_argon2id_parameters_past_the_caps_are_refused_before_deriving(
    tmp_path, monkeypatch, field, value
):
    vault, _ = Vault.create(tmp_path / "v.vault", PASSPHRASE, b"{}", log_n=1)
    vault.close()
    parsed = fmt.split(vault.path.read_bytes())
    header = parsed.header
    slot = next(s for s in header["slots"] if s["type"] == "passphrase")
    slot["kdf"] = kdf.argon2id_params(b"s" * 16, 3, 64 * 1024, 4) | {field: value}
    vault.path.write_bytes(fmt.join(header, parsed.ciphertext))
    monkeypatch.setattr(kdf, "argon2id", lambda *a, **k: pytest.fail("derived with unsafe cost"))
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault.path, PASSPHRASE)


def test_an_old_scrypt_vault_opens_and_is_rewrapped_with_argon2id(tmp_path):
    path = tmp_path / "v.vault"
    vault, _ = Vault.create(path, PASSPHRASE, b'{"gammel": true}', log_n=17)
    key = vault.data_key
    vault.close()
    assert _passphrase_kdf(path)["name"] == "scrypt"

    opened, payload = Vault.unlock(path, PASSPHRASE)
    opened.close()

    assert payload == b'{"gammel": true}'
    assert _passphrase_kdf(path)["name"] == "argon2id"
    assert opened.data_key == b"" and key  # closed; the data key itself was not changed:
    again, payload = Vault.unlock(path, PASSPHRASE)
    assert again.data_key == key and payload == b'{"gammel": true}'
    again.close()


def test_without_argon2id_new_slots_use_scrypt_at_a_fixed_cap(monkeypatch, outside_the_test_suite):
    monkeypatch.setattr(kdf, "has_argon2id", lambda: False)
    used = []
    monkeypatch.setattr(kdf, "scrypt", lambda secret, salt, log_n: used.append(log_n) or b"k" * 32)
    _, params = kdf.new_passphrase_key(b"x", b"s" * 16, test_log_n=4)
    assert params["name"] == "scrypt" and used == [18] and params["log_n"] == 18
    from tryggsti.cli import version_text

    assert "scrypt 2^18, fordi OpenSSL på denne maskinen ikke har Argon2id" in version_text()


def test_the_shipped_program_reads_no_switch_for_the_test_kdf():
    """The cheap KDF was once switched on by environment variables in shipped code: a
    variable left set on a person's machine (or set by someone else) would have made
    their new vault guessable. Now only code inside the process can set it."""
    source = Path(kdf.__file__).parent.parent
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("TRYGGSTI_INSECURE_TEST_KDF", "PYTEST_VERSION", "insecure_test_log_n ="):
            if path.name == "kdf.py" and name == "insecure_test_log_n =":
                continue
            assert name not in text, (path, name)


def test_a_process_the_tests_start_without_their_bootstrap_makes_a_real_vault(tmp_path):
    """Without tests/subprocess_site on the path, `tryggsti init` in a new process gets
    Argon2id even with the old variables set, as on a person's machine."""
    env = dict(os.environ, TRYGGSTI_INSECURE_TEST_KDF="4", PYTEST_VERSION="8")
    env.pop("PYTHONPATH")
    vault = tmp_path / "v.vault"
    done = subprocess.run(
        [sys.executable, "-m", "tryggsti", "--vault", str(vault), "init", "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert _passphrase_kdf(vault)["name"] == "argon2id"


def test_scrypt_above_two_to_the_nineteen_is_refused_before_deriving(tmp_path, monkeypatch):
    """2^20 costs 1 GiB an attempt; tryggsti never wrote more than 2^18."""
    vault, _ = Vault.create(tmp_path / "v.vault", PASSPHRASE, b"{}", log_n=1)
    vault.close()
    parsed = fmt.split(vault.path.read_bytes())
    slot = next(s for s in parsed.header["slots"] if s["type"] == "passphrase")
    slot["kdf"] = kdf.scrypt_params(b"s" * 16, 20)
    vault.path.write_bytes(fmt.join(parsed.header, parsed.ciphertext))
    monkeypatch.setattr(kdf, "scrypt", lambda *a, **k: pytest.fail("derived with 2^20"))
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault.path, PASSPHRASE)
    assert kdf.check_params(kdf.scrypt_params(b"s" * 16, 19))["log_n"] == 19


def test_an_argon2id_vault_where_openssl_has_none_says_so_and_not_damaged(
    tmp_path, monkeypatch, capsys
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    parsed = fmt.split(vault.read_bytes())
    slot = next(s for s in parsed.header["slots"] if s["type"] == "passphrase")
    slot["kdf"] = kdf.argon2id_params(b"s" * 16, 3, 64 * 1024, 4)
    vault.write_bytes(fmt.join(parsed.header, parsed.ciphertext))
    monkeypatch.setattr(kdf, "has_argon2id", lambda: False)
    result = logg(monkeypatch, capsys, vault, "5")
    assert result.code == 3
    assert "OpenSSL 3.2" in result.err and "ikke skadet" in result.err
    assert "ser ut til å være skadet" not in result.err


def test_version_says_which_kdf_new_vaults_get(monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "--version")
    assert result.code == 0
    assert "tryggsti" in result.out and ("Argon2id" in result.out or "scrypt" in result.out)
    assert "lanes" not in result.out  # said in Norwegian: «baner»
