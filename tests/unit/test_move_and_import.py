"""Moving to a new machine: `flytt`, `flytt sjekk` and `importer` (a full JSON export)."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

import pytest

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli
from tests.unit.report_fixtures import fill_vault


def _every_record_type(path):
    """fill_vault plus what it leaves out: a relapse reflection and plan contacts."""
    from tryggsti.domain.records import Contact, RelapseReflection
    from tryggsti.services.session import VaultSession

    now = fill_vault(path)
    with VaultSession.unlock(path, PASSPHRASE) as session:
        data = session.data
        data.relapse_reflections.append(
            RelapseReflection(
                id="r1",
                at=now - timedelta(days=1),
                checkin_id="c0",
                before="Lang dag",
                helped="Gikk ut",
                next_time="Ringe tidligere",
                tell_someone="Søster",
                next_step="Gå tur",
                commitment_id="k2",
            )
        )
        data.safety_plan.help_contacts.append(Contact("Søster", "+47 900 00 000", "kveld"))
        data.safety_plan.professionals.append(Contact("Fastlegen", "22 00 00 00", ""))
        data.safety_plan.reasons_to_live.append("Hunden min")
        session.save()
        for field in dataclasses.fields(data):
            assert getattr(data, field.name), f"{field.name} is empty: the round trip misses it"


def _export(monkeypatch, capsys, vault, out):
    result = run_cli(
        monkeypatch, capsys, "--vault", vault, "eksport", "--format", "json", "--ut", out,
        "--passphrase-stdin", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    document = json.loads(out.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def test_export_import_export_gives_the_same_json(tmp_path, monkeypatch, capsys):
    first = tmp_path / "first.vault"
    _every_record_type(first)
    exported = _export(monkeypatch, capsys, first, tmp_path / "one.json")

    second = tmp_path / "new" / "second.vault"
    second.parent.mkdir()
    result = run_cli(
        monkeypatch, capsys, "--vault", second, "importer", tmp_path / "one.json",
        "--passphrase-stdin", stdin="nytt-passord-42\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Hvelvet er laget fra eksporten" in result.out
    assert "ikke kryptert" in result.err

    again = run_cli(
        monkeypatch, capsys, "--vault", second, "eksport", "--format", "json",
        "--ut", tmp_path / "two.json", "--passphrase-stdin", stdin="nytt-passord-42\n",
    )  # fmt: skip
    assert again.code == 0, again.err
    document = json.loads((tmp_path / "two.json").read_text(encoding="utf-8"))
    document.pop("exported_at")
    assert document == exported


def test_import_refuses_to_overwrite_an_existing_vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    before = vault.read_bytes()
    export = tmp_path / "e.json"
    export.write_text(json.dumps({"schema": 1, "profile": {}}), encoding="utf-8")
    result = run_cli(
        monkeypatch, capsys, "--vault", vault, "importer", export, "--passphrase-stdin",
        stdin="nytt-passord-42\n",
    )  # fmt: skip
    assert result.code != 0
    assert vault.read_bytes() == before


@pytest.mark.parametrize(
    "text", ["ikke json", "[]", '{"schema": 1}', '{"schema": 1, "profile": 3}']
)
def test_import_of_a_file_that_is_no_export_says_so_and_makes_nothing(
    tmp_path, monkeypatch, capsys, text
):
    source = tmp_path / "x.json"
    source.write_text(text, encoding="utf-8")
    vault = tmp_path / "v.vault"
    result = run_cli(
        monkeypatch, capsys, "--vault", vault, "importer", source, "--passphrase-stdin",
        stdin="nytt-passord-42\n",
    )  # fmt: skip
    assert result.code == 1
    assert "ikke en full eksport" in result.err
    assert "Traceback" not in result.err
    assert not vault.exists()


def test_flytt_says_where_the_file_is_and_what_to_copy(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    result = run_cli(monkeypatch, capsys, "--vault", vault, "flytt")
    assert result.code == 0, result.err
    assert str(vault.resolve()) in result.out
    assert "tryggsti flytt sjekk" in result.out


def test_flytt_sjekk_opens_a_copy_without_changing_anything(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    fill_vault(vault)
    copy_folder = tmp_path / "minnepinne"
    copy_folder.mkdir()
    copy = copy_folder / "tryggsti.vault"
    copy.write_bytes(vault.read_bytes())
    result = run_cli(
        monkeypatch, capsys, "flytt", "sjekk", copy, "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.code == 0, result.err
    assert "Kopien åpner seg" in result.out
    assert "21 innsjekk" in result.out and "2 forpliktelser" in result.out
    assert copy.read_bytes() == vault.read_bytes()
    assert sorted(p.name for p in copy_folder.iterdir()) == ["tryggsti.vault"]  # no lock left


def test_flytt_sjekk_with_the_wrong_passphrase(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    result = run_cli(
        monkeypatch, capsys, "flytt", "sjekk", vault, "--passphrase-stdin", stdin="feil-passord\n"
    )
    assert result.code == 2
