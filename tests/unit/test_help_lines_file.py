"""The help lines read at start from a copy kept when resources.toml last passed its check:
the same lines as checking the file, and checked again whenever the file, the checking
code or the copy is not what the copy was made from."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tryggsti.content import help_lines_file, single_file
from tryggsti.content.problems import ContentError
from tryggsti.speed import toml_cache


def _copies() -> list[Path]:
    return sorted((toml_cache.cache_dir() / "toml").glob("resources-*.marshal"))


def _checks(monkeypatch) -> list[Path]:
    """Counts the times resources.toml is read and checked in full."""
    seen: list[Path] = []
    check = single_file.checked_resources

    def counted(path, data=None):
        seen.append(path)
        return check(path, data)

    monkeypatch.setattr(single_file, "checked_resources", counted)
    return seen


def test_the_kept_copy_gives_the_same_help_lines_as_the_checked_file(monkeypatch):
    checks = _checks(monkeypatch)
    first = help_lines_file.load_resources()  # checked, and a copy kept
    again = help_lines_file.load_resources()  # from the copy
    assert len(checks) == 1 and len(_copies()) == 1
    assert first == again == single_file.load_resources()
    assert again.last_checked == single_file.load_resources().last_checked  # a date again
    assert all(type(line.checked).__name__ == "date" for line in again.lines)


def test_a_changed_check_checks_the_file_again(monkeypatch):
    checks = _checks(monkeypatch)
    help_lines_file.load_resources()
    monkeypatch.setattr(help_lines_file, "checker_key", lambda: b"a newer check")
    help_lines_file.load_resources()
    assert len(checks) == 2
    assert len(_copies()) == 1  # the copy made under the old check is gone


def test_the_checker_key_follows_each_checking_file(tmp_path, monkeypatch):
    before = help_lines_file.checker_key()
    package = tmp_path / "tryggsti"
    for name in help_lines_file.CHECKED_BY:
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("# kode\n")
    monkeypatch.setattr(help_lines_file, "_PACKAGE", str(package))
    keys = {before, help_lines_file.checker_key()}
    (package / "content/validate.py").write_text("# kode som sjekker mer\n")
    keys.add(help_lines_file.checker_key())
    assert len(keys) == 3


def test_a_damaged_copy_is_never_used(monkeypatch):
    checks = _checks(monkeypatch)
    expected = help_lines_file.load_resources()
    (copy,) = _copies()
    blob = bytearray(copy.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    copy.write_bytes(bytes(blob))
    assert help_lines_file.load_resources() == expected
    assert len(checks) == 2


def test_a_copy_of_another_shape_means_checking_again(monkeypatch):
    checks = _checks(monkeypatch)
    expected = help_lines_file.load_resources()
    (copy,) = _copies()
    toml_cache.keep_copy(copy, {"lines": [{"id": ("ukjent", "x")}]})
    assert help_lines_file.load_resources() == expected
    assert len(checks) == 2


def test_without_a_cache_folder_the_file_is_checked_each_time(tmp_path, monkeypatch):
    blocked = tmp_path / "ikke-en-mappe"
    blocked.write_text("")
    monkeypatch.setattr(toml_cache, "cache_dir", lambda: blocked)
    checks = _checks(monkeypatch)
    assert help_lines_file.load_resources() == help_lines_file.load_resources()
    assert len(checks) == 2


def test_a_missing_file_is_named_as_before(tmp_path, monkeypatch):
    monkeypatch.setattr(help_lines_file, "builtin_content_dir", lambda: tmp_path)
    with pytest.raises(ContentError) as caught:
        help_lines_file.load_resources()
    assert "resources.toml" in caught.value.report()


# The tryggsti modules the check imports that do not decide what is clean: the package,
# its start clock, paths, the cache itself, the string table (only the words of a
# problem), and the building of help lines, which runs from the copy too.
NOT_DECIDING = {
    "tryggsti",
    "tryggsti._start_time",
    "tryggsti.paths",
    "tryggsti.strings",
    "tryggsti.speed",
    "tryggsti.speed.toml_cache",
    "tryggsti.content",
    "tryggsti.domain",
    "tryggsti.content.build_help_lines",
    "tryggsti.content.help_lines_file",
}


def test_the_checker_key_covers_every_module_the_check_imports():
    probe = (
        "import sys; import tryggsti.content.single_file; "
        "print(' '.join(m for m in sys.modules if m.startswith('tryggsti')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60
    )
    imported = set(done.stdout.split()) - NOT_DECIDING
    named = {name.removesuffix(".py").replace("/", ".") for name in help_lines_file.CHECKED_BY}
    assert imported == {f"tryggsti.{name}" for name in named}, imported


START_PROBE = """
import sys
from tryggsti.content.help_lines_file import load_resources
lines = load_resources().lines
print(len(lines), sorted(m for m in ("tomllib", "tryggsti.content.validate",
      "tryggsti.content.single_file", "tryggsti.content.toml_text") if m in sys.modules))
"""


def test_a_second_start_reads_the_help_lines_without_tomllib_or_the_checks():
    runs = [
        subprocess.run(
            [sys.executable, "-c", START_PROBE],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.split(" ", 1)
        for _ in range(2)
    ]
    (first_count, first_modules), (count, modules) = runs
    assert "tomllib" in first_modules  # the first start checks the file
    assert count == first_count and modules.strip() == "[]"
