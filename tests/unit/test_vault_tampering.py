"""Damage anywhere in a vault file is noticed and explained; a damaged vault never opens."""

from __future__ import annotations

import struct

import pytest

from tryggsti.error_messages import message_for
from tryggsti.vault.errors import VaultDamaged, VaultError, VaultTooNew, WrongPassphrase
from tryggsti.vault.vault import Vault

PASSPHRASE = "ugle-kaffe-58"


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory):
    path = tmp_path_factory.mktemp("tamper") / "small.vault"
    vault, _ = Vault.create(path, PASSPHRASE, b'{"schema":2,"note":"hei"}', log_n=1)
    vault.close()
    return path, path.read_bytes()


def _open_error(path, data) -> VaultError | None:
    path.write_bytes(data)
    try:
        vault, _ = Vault.unlock(path, PASSPHRASE)
    except VaultError as error:
        return error
    vault.close()
    return None


def test_flipping_any_single_byte_is_detected(small_vault):
    path, original = small_vault
    header_length = struct.unpack_from(">I", original, 10)[0]
    body_start = 14 + header_length + 32  # prefix, header JSON, checksum
    undetected = []
    for position in range(len(original)):
        damaged = bytearray(original)
        damaged[position] ^= 0x01
        error = _open_error(path, bytes(damaged))
        if error is None:
            undetected.append(position)
            continue
        assert message_for(error)  # a Norwegian sentence, never a traceback
        if position >= body_start:
            assert isinstance(error, VaultDamaged), position
        else:
            # Inside the passphrase slot a flip looks exactly like a wrong passphrase.
            assert isinstance(error, VaultDamaged | VaultTooNew | WrongPassphrase), position
    assert undetected == []


def test_every_truncation_is_detected(small_vault):
    path, original = small_vault
    for length in range(len(original)):
        error = _open_error(path, original[:length])
        assert isinstance(error, VaultDamaged), length
        assert "skadet" in message_for(error)


def test_extra_bytes_at_the_end_are_detected(small_vault):
    path, original = small_vault
    assert isinstance(_open_error(path, original + b"\0"), VaultDamaged)
