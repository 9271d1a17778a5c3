"""`tryggsti logg` adds its check-in without decoding the whole vault (issue 12.7): the
vault it leaves is the one the app would have written, old vaults are migrated, and a
refused value changes nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from tests.unit.cli_helpers import PASSPHRASE
from tryggsti.domain.codec import encode_vault
from tryggsti.domain.decoding import decode_vault
from tryggsti.domain.records import SCHEMA_VERSION, CheckIn, InvalidRecord, Profile, VaultData
from tryggsti.services.checkins import log_checkin_quickly
from tryggsti.services.session import VaultSession
from tryggsti.vault.vault import Vault

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _vault_with(tmp_path, document: bytes):
    path = tmp_path / "v.vault"
    vault, _ = Vault.create(path, PASSPHRASE, document, log_n=1)
    vault.close()
    return path


def _payload(path) -> bytes:
    vault, payload = Vault.unlock(path, PASSPHRASE)
    vault.close()
    return payload


def _some_data() -> VaultData:
    data = VaultData(profile=Profile(created_at=NOW - timedelta(days=30)))
    for day in range(3):
        at = NOW - timedelta(days=3 - day)
        data.checkins.append(CheckIn(id=f"k{day}", at=at, mood=5, distress=4, note="Før"))
    return data


def test_the_vault_is_what_the_app_would_have_written(tmp_path):
    data = _some_data()
    path = _vault_with(tmp_path, encode_vault(data))
    entry = log_checkin_quickly(
        path, PASSPHRASE, mood=6, distress=3, note="Gikk en tur", clock=lambda: NOW,
        new_id=lambda: "ny",
    )  # fmt: skip
    assert (entry.id, entry.at, entry.mood, entry.note) == ("ny", NOW, 6, "Gikk en tur")
    data.checkins.append(entry)
    assert _payload(path) == encode_vault(data)
    assert decode_vault(_payload(path)) == (data, False)
    with VaultSession.unlock(path, PASSPHRASE) as session:  # the lock was released
        assert session.data.checkins[-1] == entry


def test_an_older_vault_is_migrated_and_saved_whole(tmp_path):
    old = {
        "schema": SCHEMA_VERSION - 1,
        "profile": {"created_at": "2026-03-01T10:00:00+01:00"},
        "checkins": [{"id": "k", "at": "2026-03-02T10:00:00+01:00", "mood": 4, "distress": 5}],
    }
    path = _vault_with(tmp_path, json.dumps(old).encode())
    log_checkin_quickly(path, PASSPHRASE, mood=7, distress=2, clock=lambda: NOW)
    data, migrated = decode_vault(_payload(path))
    assert not migrated
    assert [c.mood for c in data.checkins] == [4, 7]


def test_a_refused_value_changes_nothing_and_releases_the_vault(tmp_path):
    path = _vault_with(tmp_path, encode_vault(_some_data()))
    before = path.read_bytes()
    with pytest.raises(InvalidRecord):
        log_checkin_quickly(path, PASSPHRASE, mood=11, distress=3, clock=lambda: NOW)
    assert path.read_bytes() == before
    with VaultSession.unlock(path, PASSPHRASE) as session:
        assert len(session.data.checkins) == 3


def test_text_is_cleaned_as_in_the_app(tmp_path):
    path = _vault_with(tmp_path, encode_vault(_some_data()))
    entry = log_checkin_quickly(
        path, PASSPHRASE, mood=5, distress=5, note="linje\x1b[31m\nto\x07", clock=lambda: NOW
    )
    assert "\x1b" not in entry.note and "\x07" not in entry.note
    assert entry.note.endswith("to")


def test_a_vault_every_other_command_refuses_is_refused_and_left_as_it_was(tmp_path):
    """The quick way once skipped the reader altogether (issue 12.7), and so wrote to
    vaults every other command calls damaged (issue 30.6): it reads them the same way now."""
    from tryggsti.vault.errors import VaultDamaged

    document = json.loads(encode_vault(_some_data()))
    document["checkins"][1]["id"] = document["checkins"][0]["id"]
    path = _vault_with(tmp_path, json.dumps(document, separators=(",", ":")).encode())
    before = path.read_bytes()
    with pytest.raises(VaultDamaged):
        log_checkin_quickly(path, PASSPHRASE, mood=6, distress=3, clock=lambda: NOW)
    assert path.read_bytes() == before


def test_a_number_past_2_64_outside_any_record_is_kept_exactly(tmp_path):
    """orjson reads 2^64 as a float: the quick way would have written it back as 1.8e19.
    Such a payload is saved the usual way instead (which keeps the records exactly)."""
    document = json.loads(encode_vault(_some_data()))
    document["profile"]["later_field"] = 2**64
    path = _vault_with(tmp_path, json.dumps(document, separators=(",", ":")).encode())
    log_checkin_quickly(path, PASSPHRASE, mood=6, distress=3, clock=lambda: NOW)
    assert b"e+19" not in _payload(path) and b"1.8446744073709552" not in _payload(path)
    data, _ = decode_vault(_payload(path))
    assert [c.mood for c in data.checkins] == [5, 5, 5, 6]
