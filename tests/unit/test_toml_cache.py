"""The kept copy of a parsed TOML file: used only when it is whole and of the same bytes,
and any trouble with it means parsing as before, never a wrong string."""

from __future__ import annotations

import sys
import tomllib

import pytest

from tryggsti.paths import builtin_content_dir
from tryggsti.speed import toml_cache


@pytest.fixture
def table_file(tmp_path):
    path = tmp_path / "ui.toml"
    path.write_text('[crisis]\nheading = "Trenger du hjelp nå?"\n', encoding="utf-8")
    return path


def _copies():
    return sorted((toml_cache.cache_dir() / "toml").glob("*.marshal"))


def test_the_string_table_reads_the_same_from_its_kept_copy():
    shipped = builtin_content_dir() / "ui.toml"
    parsed = tomllib.loads(shipped.read_text(encoding="utf-8"))
    assert toml_cache.cached_toml(shipped) == parsed  # parsed, and a copy kept
    assert len(_copies()) == 1
    assert toml_cache.cached_toml(shipped) == parsed  # from the copy


def test_the_copy_is_used_and_not_parsed_again(table_file, monkeypatch):
    toml_cache.cached_toml(table_file)
    monkeypatch.setattr(tomllib, "loads", lambda text: pytest.fail("parsed again"))
    assert toml_cache.cached_toml(table_file) == {"crisis": {"heading": "Trenger du hjelp nå?"}}


def test_an_edited_file_is_parsed_again_and_the_old_copy_goes(table_file):
    toml_cache.cached_toml(table_file)
    table_file.write_text('[crisis]\nheading = "Ring 113"\n', encoding="utf-8")
    assert toml_cache.cached_toml(table_file) == {"crisis": {"heading": "Ring 113"}}
    assert len(_copies()) == 1


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_a_damaged_copy_is_never_used(table_file, damage):
    toml_cache.cached_toml(table_file)
    (copy,) = _copies()
    blob = bytearray(copy.read_bytes())
    if damage == "flip":
        blob[-3] ^= 0x20  # a letter of the text changes case
    elif damage == "truncate":
        del blob[len(blob) // 2 :]
    elif damage == "empty":
        blob = bytearray()
    else:
        blob = bytearray(b"\x00" * 4 + b"not marshal at all")
    copy.write_bytes(bytes(blob))
    assert toml_cache.cached_toml(table_file) == {"crisis": {"heading": "Trenger du hjelp nå?"}}


def test_a_read_only_cache_folder_just_means_parsing(table_file, monkeypatch):
    import errno
    import tempfile

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    for _ in range(2):
        assert toml_cache.cached_toml(table_file)["crisis"]["heading"].startswith("Trenger")
    assert _copies() == []


def test_no_cache_folder_at_all_just_means_parsing(table_file, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(toml_cache, "cache_dir", lambda: blocker / "cache")  # under a file
    assert toml_cache.cached_toml(table_file)["crisis"]["heading"].startswith("Trenger")


def test_a_table_marshal_cannot_hold_is_parsed_each_time(tmp_path):
    dated = tmp_path / "resources.toml"
    dated.write_text("last_checked = 2026-11-25\n", encoding="utf-8")
    assert str(toml_cache.cached_toml(dated)["last_checked"]) == "2026-11-25"
    assert _copies() == []


def test_the_copy_is_private_to_the_user(table_file):
    toml_cache.cached_toml(table_file)
    (copy,) = _copies()
    if sys.platform != "win32":
        assert copy.stat().st_mode & 0o077 == 0
        assert copy.parent.stat().st_mode & 0o077 == 0
