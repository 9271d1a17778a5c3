"""Every Windows and macOS branch, exercised here on Linux by flipping the module's flag.

docs/plattformer.md lists the branches; each has a test below.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from tryggsti.vault import storage

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and fcntl")


@pytest.fixture
def windows(monkeypatch):
    monkeypatch.setattr(storage, "_IS_WINDOWS", True)
    return monkeypatch


def _record(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def test_windows_save_sets_no_posix_modes_and_skips_the_folder_fsync(tmp_path, windows):
    chmods = _record(windows, os, "chmod")
    fchmods = _record(windows, os, "fchmod")

    real_open = os.open

    def no_folder_open(path, flags, *rest):
        assert not os.path.isdir(path), "a folder is opened for fsync on Windows"
        return real_open(path, flags, *rest)

    windows.setattr(storage.os, "open", no_folder_open)
    target = tmp_path / "hvelv" / "tryggsti.vault"
    storage.write_atomically(target, b"en", backup=True)
    storage.write_atomically(target, b"to", backup=True)
    storage.write_file(tmp_path / "eksport.json", b"{}", overwrite=False)
    assert target.read_bytes() == b"to"
    assert storage.list_backups(target)  # backups still kept
    assert chmods == [] and fchmods == []


@posix_only
def test_posix_save_makes_the_file_0600_and_the_folder_0700(tmp_path):
    target = tmp_path / "hvelv" / "tryggsti.vault"
    storage.write_atomically(target, b"en", backup=False)
    assert target.stat().st_mode & 0o777 == 0o600
    assert target.parent.stat().st_mode & 0o777 == 0o700


def test_windows_replace_retries_while_a_virus_scanner_holds_the_file(tmp_path, windows):
    attempts = []
    real_replace = os.replace

    def busy_twice(source, target):
        attempts.append(source)
        if len(attempts) < 3:
            raise PermissionError(13, "in use")
        real_replace(source, target)

    windows.setattr(storage.os, "replace", busy_twice)
    windows.setattr(storage.time, "sleep", lambda seconds: None)
    source = tmp_path / "ny"
    source.write_bytes(b"x")
    storage._replace(str(source), tmp_path / "mål")
    assert len(attempts) == 3
    assert (tmp_path / "mål").read_bytes() == b"x"


def test_windows_replace_gives_up_after_a_bounded_number_of_tries(tmp_path, windows):
    attempts = []

    def always_busy(source, target):
        attempts.append(source)
        raise PermissionError(13, "in use")

    windows.setattr(storage.os, "replace", always_busy)
    windows.setattr(storage.time, "sleep", lambda seconds: None)
    with pytest.raises(PermissionError):
        storage._replace("a", tmp_path / "b")
    assert len(attempts) == 10


def test_posix_replace_does_not_retry(tmp_path, monkeypatch):
    attempts = []

    def busy(source, target):
        attempts.append(source)
        raise PermissionError(13, "nope")

    monkeypatch.setattr(storage.os, "replace", busy)
    with pytest.raises(PermissionError):
        storage._replace("a", tmp_path / "b")
    assert len(attempts) == 1


@posix_only
def test_macos_uses_full_fsync(tmp_path, monkeypatch):
    import fcntl

    calls = []
    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", lambda fd, op: calls.append(op))
    monkeypatch.setattr(storage.sys, "platform", "darwin")
    fsyncs = _record(monkeypatch, storage.os, "fsync")
    with open(tmp_path / "f", "wb") as handle:
        storage._full_fsync(handle.fileno())
    assert calls == [51]
    assert fsyncs == []  # F_FULLFSYNC took its place


@posix_only
def test_macos_falls_back_to_fsync_where_full_fsync_fails(tmp_path, monkeypatch):
    import fcntl

    def refuse(fd, op):
        raise OSError(45, "not supported")  # some network and FAT volumes

    monkeypatch.setattr(fcntl, "F_FULLFSYNC", 51, raising=False)
    monkeypatch.setattr(fcntl, "fcntl", refuse)
    monkeypatch.setattr(storage.sys, "platform", "darwin")
    fsyncs = _record(monkeypatch, storage.os, "fsync")
    with open(tmp_path / "f", "wb") as handle:
        storage._full_fsync(handle.fileno())
    assert len(fsyncs) == 1


def test_windows_new_folder_gets_no_chmod(tmp_path, windows):
    chmods = _record(windows, os, "chmod")
    storage.ensure_private_folder(tmp_path / "ny")
    assert (tmp_path / "ny").is_dir()
    assert chmods == []


def test_backup_is_a_copy_where_hard_links_fail(tmp_path, monkeypatch):
    """FAT on a USB stick and some Windows shares have no hard links."""
    target = tmp_path / "tryggsti.vault"
    target.write_bytes(b"gammel")

    def no_links(*args):
        raise OSError(1, "no links here")

    monkeypatch.setattr(storage.os, "link", no_links)
    storage.keep_backup(target)
    [backup] = storage.list_backups(target)
    assert backup.read_bytes() == b"gammel"
    target.write_bytes(b"ny")
    assert backup.read_bytes() == b"gammel"  # a copy, not the same file


def test_windows_has_no_core_dump_limit_to_set(monkeypatch):
    from tryggsti import cli

    monkeypatch.setitem(sys.modules, "resource", None)  # import fails, as on Windows
    cli.disable_core_dumps()  # no error


class _Pipe(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty
        self.encoding_set = None

    def isatty(self) -> bool:
        return self.tty

    def reconfigure(self, encoding=None, **kwargs) -> None:
        self.encoding_set = encoding


def test_windows_pipes_are_read_and_written_as_utf8(monkeypatch):
    from tryggsti import cli

    streams = {name: _Pipe(tty=False) for name in ("stdin", "stdout", "stderr")}
    streams["stderr"] = _Pipe(tty=True)  # a console is left alone
    for name, stream in streams.items():
        monkeypatch.setattr(sys, name, stream)
    monkeypatch.setattr(cli, "_IS_WINDOWS", True)
    cli.utf8_pipes_on_windows()
    assert streams["stdin"].encoding_set == "utf-8"
    assert streams["stdout"].encoding_set == "utf-8"
    assert streams["stderr"].encoding_set is None


def test_posix_streams_are_left_alone(monkeypatch):
    from tryggsti import cli

    pipe = _Pipe(tty=False)
    monkeypatch.setattr(sys, "stdin", pipe)
    monkeypatch.setattr(cli, "_IS_WINDOWS", False)
    cli.utf8_pipes_on_windows()
    assert pipe.encoding_set is None


def test_the_vault_folder_is_the_platforms_data_folder_without_a_doubled_name(monkeypatch):
    import platformdirs

    from tryggsti import paths

    seen = {}

    def fake(name, appauthor=None):
        seen["appauthor"] = appauthor
        return str(Path("C:/Users/kari/AppData/Local") / name)

    monkeypatch.setattr(platformdirs, "user_data_dir", fake)
    assert paths.default_vault_path().parts[-2:] == ("tryggsti", "tryggsti.vault")
    assert seen["appauthor"] is False
