"""Format version 3 (key id and generation in the header) is written; 1 and 2 still open."""

from __future__ import annotations

import json
import struct
import zlib

import pytest

from tests.unit.cli_helpers import PASSPHRASE
from tryggsti.domain.records import SCHEMA_VERSION
from tryggsti.services.session import VaultSession
from tryggsti.vault import format as fmt
from tryggsti.vault import payload, storage
from tryggsti.vault.errors import VaultDamaged
from tryggsti.vault.vault import Vault, restore_backup

DOCUMENT = {"schema": 3, "profile": {"created_at": "2026-03-02T10:00:00+01:00"}}


def _version_of(path) -> int:
    return struct.unpack_from(">H", path.read_bytes(), 8)[0]


def _version_1_vault(path, monkeypatch, document=DOCUMENT):
    """A vault as tryggsti wrote it before version 2: the JSON itself, encrypted."""
    with monkeypatch.context() as old_writer:
        old_writer.setattr(fmt, "FORMAT_VERSION", 1)
        old_writer.setattr(payload, "deflated", lambda plaintext: plaintext)
        vault, _ = Vault.create(path, PASSPHRASE, json.dumps(document).encode(), log_n=4)
        vault.close()
    assert _version_of(path) == 1


def _version_2_vault(path, monkeypatch, document=DOCUMENT):
    """A vault as tryggsti wrote it before version 3: no key id, no generation."""
    with monkeypatch.context() as old_writer:
        old_writer.setattr(fmt, "FORMAT_VERSION", 2)
        old_writer.setattr(Vault, "_versioned", staticmethod(lambda header, key, n: header))
        vault, _ = Vault.create(path, PASSPHRASE, json.dumps(document).encode(), log_n=4)
        vault.close()
    assert _version_of(path) == 2
    assert "generation" not in fmt.split(path.read_bytes()).header


def test_a_new_vault_is_version_3_with_a_compressed_payload(tmp_path):
    path = tmp_path / "v.vault"
    session, _ = VaultSession.create(path, PASSPHRASE, log_n=4)
    session.close()
    assert _version_of(path) == 3
    header = fmt.split(path.read_bytes()).header
    assert header["generation"] == 1
    assert isinstance(header["key_id"], str)
    vault, plaintext = Vault.unlock(path, PASSPHRASE)
    vault.close()
    assert json.loads(plaintext)["schema"] == SCHEMA_VERSION


def test_a_version_1_vault_opens_and_its_next_save_is_version_3(tmp_path, monkeypatch):
    path = tmp_path / "v.vault"
    _version_1_vault(path, monkeypatch)
    with VaultSession.unlock(path, PASSPHRASE) as session:
        assert session.data.profile.display_name == ""
        session.data.profile.display_name = "Kari"
        session.save()
    assert _version_of(path) == 3
    with VaultSession.unlock(path, PASSPHRASE) as session:
        assert session.data.profile.display_name == "Kari"
    # The version kept from before the save is the old file, and it still opens.
    [backup] = storage.list_backups(path)
    assert _version_of(backup) == 1
    vault, _ = Vault.unlock(path, PASSPHRASE)
    try:
        restored = restore_backup(vault, backup)
    finally:
        vault.close()
    assert json.loads(restored) == DOCUMENT
    assert _version_of(path) == 3


def test_a_version_2_vault_opens_loses_nothing_and_its_next_save_is_version_3(
    tmp_path, monkeypatch
):
    path = tmp_path / "v.vault"
    document = dict(DOCUMENT, checkins=[], future_field={"kept": True})
    _version_2_vault(path, monkeypatch, document)
    vault, plaintext = Vault.unlock(path, PASSPHRASE)
    try:
        assert json.loads(plaintext) == document
        vault.save(plaintext)
    finally:
        vault.close()
    assert _version_of(path) == 3
    parsed = fmt.split(path.read_bytes())
    assert parsed.generation >= 1 and parsed.header["key_id"]
    again, plaintext = Vault.unlock(path, PASSPHRASE)
    again.close()
    assert json.loads(plaintext) == document
    [backup] = storage.list_backups(path)
    assert _version_of(backup) == 2  # the version from before, as it was


def test_a_version_1_vault_keeps_opening_after_a_passphrase_change(tmp_path, monkeypatch):
    path = tmp_path / "v.vault"
    _version_1_vault(path, monkeypatch)
    with VaultSession.unlock(path, PASSPHRASE) as session:
        session.change_passphrase("en-helt-ny-passfrase-42", log_n=4)
    assert _version_of(path) == 3
    with VaultSession.unlock(path, "en-helt-ny-passfrase-42") as session:
        assert session.data.profile.created_at.year == 2026


@pytest.mark.parametrize(
    "body",
    [
        b"not deflate at all \xff\xff\xff",
        payload.deflated(json.dumps(DOCUMENT).encode())[:-3],  # cut short
        payload.deflated(json.dumps(DOCUMENT).encode()) + b"\x00",  # bytes after its end
        payload.piece(json.dumps(DOCUMENT).encode()),  # never ended
    ],
    ids=["not-deflate", "cut-short", "trailing-bytes", "no-final-block"],
)
def test_a_payload_that_is_not_a_whole_deflate_stream_is_damage(tmp_path, body):
    path = tmp_path / "v.vault"
    vault, _ = Vault.create(path, PASSPHRASE, payload.Deflated(body), log_n=4)
    vault.close()
    with pytest.raises(VaultDamaged):
        Vault.unlock(path, PASSPHRASE)


def test_pieces_joined_are_one_stream_any_deflate_reader_takes():
    parts = [b'{"schema":3,', b'"a":[1,2', b",3]", b"}"]
    joined = payload.joined([payload.piece(part) for part in parts]).body
    assert zlib.decompress(joined, wbits=-15) == b"".join(parts)
    assert payload.inflate(joined) == b"".join(parts)
