"""Crash reports keep private text out, are private files, and never overwrite each other."""

from __future__ import annotations

import os
import stat

import pytest

from tests.unit.cli_helpers import run_cli
from tryggsti.crash_report import write_crash_report


def _error_with_secret() -> BaseException:
    try:
        raise RuntimeError("HEMMELIG dagboktekst")
    except RuntimeError as error:
        return error


def test_two_reports_in_the_same_second_are_two_files(tmp_path):
    first = write_crash_report(_error_with_secret(), tmp_path)
    second = write_crash_report(_error_with_secret(), tmp_path)
    assert first != second
    assert first.exists() and second.exists()
    assert "HEMMELIG" not in first.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_report_is_readable_only_by_its_owner(tmp_path):
    report = write_crash_report(_error_with_secret(), tmp_path)
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


@pytest.mark.skipif(os.name == "nt", reason="no core dumps on Windows")
def test_the_program_never_writes_a_core_dump(monkeypatch, capsys):
    import resource

    run_cli(monkeypatch, capsys, "--version")  # lowers this test process's limit too
    assert resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)
