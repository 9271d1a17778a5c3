"""An export never lands on the vault, its lock or backups, and never clobbers a file
without a yes."""

from __future__ import annotations

import os
import stat

import pytest

from tests.unit.cli_helpers import eksport, init_vault, logg, run_cli
from tryggsti.vault.storage import list_backups


@pytest.fixture
def vault(tmp_path, monkeypatch, capsys):
    path = tmp_path / "data" / "tryggsti.vault"
    init_vault(monkeypatch, capsys, path)
    for mood in ("4", "6"):
        logged = logg(monkeypatch, capsys, path, mood)
        assert logged.code == 0, logged.err
    return path


def _export(monkeypatch, capsys, vault, out, *extra, kind="json"):
    return eksport(monkeypatch, capsys, vault, kind, out, *extra)


def _every_protected_file(vault):
    return [vault, vault.with_name(vault.name + ".lock"), *list_backups(vault)]


@pytest.mark.parametrize("flag", [(), ("--overskriv",)])
def test_export_onto_the_vault_is_refused_and_the_vault_is_untouched(
    vault, monkeypatch, capsys, flag
):
    before = {p: p.read_bytes() for p in _every_protected_file(vault)}
    for target in _every_protected_file(vault):
        result = _export(monkeypatch, capsys, vault, target, *flag)
        assert result.code == 1
        assert "hvelvet ditt" in result.err
    assert {p: p.read_bytes() for p in _every_protected_file(vault)} == before


def test_export_into_the_backups_folder_is_refused(vault, monkeypatch, capsys):
    target = list_backups(vault)[0].parent / "rapport.json"
    assert _export(monkeypatch, capsys, vault, target).code == 1
    assert not target.exists()


def test_export_through_a_symlink_or_hard_link_to_the_vault_is_refused(
    vault, tmp_path, monkeypatch, capsys
):
    before = vault.read_bytes()
    link = tmp_path / "pek.json"
    link.symlink_to(vault)
    hard = tmp_path / "kopi.json"
    os.link(vault, hard)
    for target in (link, hard):
        assert _export(monkeypatch, capsys, vault, target, "--overskriv").code == 1
    assert vault.read_bytes() == before


def test_an_existing_file_is_kept_unless_overwrite_is_asked_for(
    vault, tmp_path, monkeypatch, capsys
):
    target = tmp_path / "rapport.md"
    target.write_text("mine egne notater", encoding="utf-8")
    refused = _export(monkeypatch, capsys, vault, target, kind="md")
    assert refused.code == 1 and "finnes fra før" in refused.err
    assert target.read_text(encoding="utf-8") == "mine egne notater"
    replaced = _export(monkeypatch, capsys, vault, target, "--overskriv", kind="md")
    assert replaced.code == 0, replaced.err
    assert target.read_text(encoding="utf-8") != "mine egne notater"


def test_overwriting_a_symlink_replaces_the_link_not_the_file_it_points_to(
    vault, tmp_path, monkeypatch, capsys
):
    victim = tmp_path / "annen-fil.txt"
    victim.write_text("ikke rør", encoding="utf-8")
    target = tmp_path / "rapport.md"
    target.symlink_to(victim)
    assert _export(monkeypatch, capsys, vault, target, "--overskriv", kind="md").code == 0
    assert victim.read_text(encoding="utf-8") == "ikke rør"
    assert not target.is_symlink()


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_an_export_is_readable_only_by_its_owner_and_leaves_no_temp_file(
    vault, tmp_path, monkeypatch, capsys
):
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    target = out_dir / "alt.json"
    assert _export(monkeypatch, capsys, vault, target).code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in out_dir.iterdir()] == ["alt.json"]


def test_export_to_a_folder_says_to_name_a_file(vault, tmp_path, monkeypatch, capsys):
    result = _export(monkeypatch, capsys, vault, tmp_path)
    assert result.code == 1 and "er en mappe" in result.err


def test_lekse_mal_never_writes_onto_the_vault(vault, monkeypatch, capsys):
    before = vault.read_bytes()
    result = run_cli(monkeypatch, capsys, "--vault", vault, "lekse", "mal", "--ut", vault)
    assert result.code == 1
    assert vault.read_bytes() == before


def test_a_reversed_period_is_an_error_and_a_very_long_one_needs_a_flag(
    vault, tmp_path, monkeypatch, capsys
):
    out = tmp_path / "r.md"
    reversed_period = _export(
        monkeypatch, capsys, vault, out, "--fra", "2026-11-20", "--til", "2026-11-01", kind="md"
    )
    assert reversed_period.code == 1 and "baklengs" in reversed_period.err
    decades = _export(monkeypatch, capsys, vault, out, "--fra", "1990-01-01", kind="md")
    assert decades.code == 1 and "--lang-periode" in decades.err
    assert not out.exists()
    allowed = _export(
        monkeypatch, capsys, vault, out, "--fra", "1990-01-01", "--lang-periode", kind="md"
    )
    assert allowed.code == 0, allowed.err
