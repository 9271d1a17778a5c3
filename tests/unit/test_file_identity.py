"""Before a save, the vault checks that the file is still the version it opened or wrote,
by the version's header, tag and size: every other version is seen, and the check reads a
few hundred bytes however large the vault has grown."""

from __future__ import annotations

import builtins
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.cli_helpers import PASSPHRASE
from tryggsti.vault import format as fmt
from tryggsti.vault.errors import VaultChangedOnDisk
from tryggsti.vault.storage import FileIdentity
from tryggsti.vault.vault import Vault, read_without_writing


@pytest.fixture
def vault(tmp_path):
    vault, _ = Vault.create(tmp_path / "v.vault", PASSPHRASE, b'{"n":0}', log_n=1)
    yield vault
    vault.close()


def _header_end(data: bytes) -> int:
    span = fmt.version_span(data[: fmt.PREFIX_SIZE])
    assert span is not None
    return span


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda d: _flip(d, len(d) - 1), id="last byte of the tag"),
        pytest.param(lambda d: _flip(d, _header_end(d) - 40), id="a byte of the header"),
        pytest.param(lambda d: _flip(d, 9), id="the format version"),
        pytest.param(lambda d: d[:-1], id="one byte short"),
        pytest.param(lambda d: d + b"\0", id="one byte more"),
        pytest.param(lambda d: b"", id="emptied"),
        pytest.param(lambda d: b"not a vault at all", id="something else"),
    ],
)
def test_a_changed_file_is_never_overwritten(vault, change):
    changed = change(vault.path.read_bytes())
    vault.path.write_bytes(changed)
    with pytest.raises(VaultChangedOnDisk):
        vault.save(b'{"n":1}')
    assert vault.path.read_bytes() == changed


def test_another_version_of_the_same_vault_is_seen(vault, tmp_path):
    older = vault.path.read_bytes()
    vault.save(b'{"n":1}')  # a new version (fresh nonce), same size as the old one
    assert len(vault.path.read_bytes()) == len(older)
    vault.path.write_bytes(older)  # a sync tool puts the older version back
    with pytest.raises(VaultChangedOnDisk):
        vault.save(b'{"n":2}')
    assert vault.path.read_bytes() == older


def test_the_same_bytes_written_again_are_not_a_change(vault):
    same = vault.path.read_bytes()
    vault.path.unlink()
    vault.path.write_bytes(same)  # a new file (new inode and time) with the same bytes
    vault.save(b'{"n":1}')
    assert read_without_writing(vault.path, PASSPHRASE) == b'{"n":1}'


def test_the_check_reads_a_few_hundred_bytes_of_a_large_vault(tmp_path, monkeypatch):
    payload = b'"' + b"x" * 5_000_000 + b'"'
    large, _ = Vault.create(tmp_path / "v.vault", PASSPHRASE, payload, log_n=1)
    read = []
    opened = builtins.open

    class Counting(io.BufferedReader):
        def read(self, size=-1):
            data = super().read(size)
            read.append(len(data))
            return data

    def counting_open(path, mode="r", buffering=-1, *args, **kwargs):
        if mode == "rb":
            return Counting(opened(path, mode, 0, *args, **kwargs))
        return opened(path, mode, buffering, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.setattr(io, "open", counting_open)  # pathlib's read_bytes opens through io
    large.save(b'"a new version"')
    monkeypatch.undo()
    large.close()
    assert 0 < sum(read) < 70 * 1024  # header (capped at 64 KiB), checksum and tag


@settings(max_examples=200, deadline=None)
@given(data=st.one_of(st.binary(max_size=300), st.builds(lambda b: b"TRYGGSTI" + b, st.binary())))
def test_a_file_and_its_bytes_have_the_same_identity(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("identity") / "f"
    path.write_bytes(data)
    assert FileIdentity.of(path) == FileIdentity.of_bytes(data)


def test_a_real_vault_and_its_bytes_have_the_same_identity(vault):
    assert FileIdentity.of(vault.path) == FileIdentity.of_bytes(vault.path.read_bytes())


def test_a_missing_file_has_no_identity(tmp_path):
    assert FileIdentity.of(tmp_path / "gone.vault") is None
