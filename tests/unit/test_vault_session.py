"""Opening old vaults, recovery codes, and the promise that no plaintext reaches the disk."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli
from tryggsti.domain.records import SCHEMA_VERSION
from tryggsti.services.session import VaultSession
from tryggsti.vault import recovery
from tryggsti.vault.vault import Vault

SCHEMA_1 = {
    "schema": 1,
    "profile": {"created_at": "2025-01-05T09:00:00+01:00"},
    "safety_plan": {
        "help_contacts": ["Kari 912 34 567", "Naboen"],
        "professionals": ["Fastlege: 22 33 44 55"],
    },
    "checkins": [
        {
            "id": "k1",
            "at": "2025-01-05T21:00:00+01:00",
            "mood": 4,
            "distress": 6,
            "safe_coping": "pust, gå tur , ringte Kari",
        }
    ],
}


def test_a_schema_1_vault_is_migrated_and_written_back_in_the_current_schema(tmp_path):
    path = tmp_path / "gammel.vault"
    vault, _ = Vault.create(path, PASSPHRASE, json.dumps(SCHEMA_1).encode(), log_n=1)
    vault.close()
    with VaultSession.unlock(path, PASSPHRASE) as session:
        plan = session.data.safety_plan
        assert [(c.name, c.phone) for c in plan.help_contacts] == [
            ("Kari", "912 34 567"),
            ("Naboen", ""),
        ]
        assert [(c.name, c.phone) for c in plan.professionals] == [("Fastlege", "22 33 44 55")]
        assert session.data.checkins[0].safe_coping == ("pust", "gå tur", "ringte Kari")
    vault, payload = Vault.unlock(path, PASSPHRASE)
    vault.close()
    assert json.loads(payload)["schema"] == SCHEMA_VERSION


def test_a_schema_2_vault_gains_relapse_reflections_and_keeps_its_check_ins(tmp_path):
    """Schema 3: reflections after a relapse are their own records; old zeros stay."""
    path = tmp_path / "to.vault"
    old = {
        "schema": 2,
        "profile": {"created_at": "2026-03-01T10:00:00+01:00"},
        "checkins": [
            {
                "id": "k",
                "at": "2026-03-02T10:00:00+01:00",
                "mood": 4,
                "distress": 5,
                "craving": 0,
                "substance_use": True,
            }
        ],
    }
    vault, _ = Vault.create(path, PASSPHRASE, json.dumps(old).encode(), log_n=1)
    vault.close()
    with VaultSession.unlock(path, PASSPHRASE) as session:
        [entry] = session.data.checkins
        assert (entry.craving, entry.harm_thoughts) == (0, None)
        assert session.data.relapse_reflections == []
    vault, payload = Vault.unlock(path, PASSPHRASE)
    vault.close()
    written = json.loads(payload)
    assert written["schema"] == SCHEMA_VERSION and written["relapse_reflections"] == []


@settings(max_examples=200)
@given(st.lists(st.sampled_from(recovery.ALPHABET), min_size=28, max_size=28))
def test_a_recovery_code_is_understood_however_it_is_copied(chars):
    code = recovery.format_code("".join(chars))
    canonical = "".join(chars)
    assert recovery.normalise_code(code) == canonical
    assert recovery.normalise_code(code.lower().replace("-", " ")) == canonical
    assert recovery.normalise_code(code.replace("0", "O").replace("1", "l")) == canonical


@given(st.text(max_size=40))
def test_anything_typed_is_either_a_code_or_refused(typed):
    result = recovery.normalise_code(typed)
    assert result is None or (len(result) == 28 and set(result) <= set(recovery.ALPHABET))


def test_new_codes_carry_at_least_128_bits():
    import math

    assert recovery.CODE_LENGTH * math.log2(len(recovery.ALPHABET)) >= 128
    code = recovery.new_code()
    assert len(code.split("-")) == 7


@settings(max_examples=25, deadline=None)
@given(st.binary(max_size=3000))
def test_any_payload_round_trips_through_the_file(tmp_path_factory, payload):
    path = tmp_path_factory.mktemp("rt") / "v.vault"
    vault, _ = Vault.create(path, PASSPHRASE, b"{}", log_n=1)
    vault.save(payload)
    vault.close()
    reopened, back = Vault.unlock(path, PASSPHRASE)
    reopened.close()
    assert back == payload


def test_no_file_outside_the_vault_holds_private_text(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    marker = "UNIK-MARKOER-93817"
    vault = tmp_path / "data" / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    for _ in range(3):
        result = run_cli(
            monkeypatch,
            capsys,
            "--vault",
            vault,
            "logg",
            "--humør",
            "2",
            "--notat",
            "-",
            "--passphrase-stdin",
            stdin=f"{PASSPHRASE}\n{marker} skammer meg\n",
        )
        assert result.code == 0, result.err
    monkeypatch.setattr("tryggsti.commands.logg.check_in", _explode_with(marker))
    run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "logg",
        "--humør",
        "2",
        "--notat",
        "-",
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{marker}\n",
    )
    checked = 0
    for root in (tmp_path, isolated_user_folders):
        for path in root.rglob("*"):
            if path.is_file():
                checked += 1
                assert marker.encode() not in path.read_bytes(), path
    assert checked >= 3  # the vault, its backups and the crash report were all looked at


def _explode_with(marker):
    def explode(*args, **kwargs):
        raise RuntimeError(marker)

    return explode
