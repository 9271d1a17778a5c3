"""The report: relapse reflections only when asked for; unanswered scales are «–», not 0."""

from __future__ import annotations

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli


def _vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    logged = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "logg",
        "--humør",
        "4",
        "--stress",
        "6",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert logged.code == 0, logged.err
    from tryggsti.services.relapse import save_reflection
    from tryggsti.services.session import VaultSession

    with VaultSession.unlock(vault, PASSPHRASE) as session:
        save_reflection(
            session,
            checkin_id=None,
            before="Kranglet med broren min",
            next_step="Gå en tur når det koker",
        )
    return vault


def _export(monkeypatch, capsys, vault, out, sections):
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "eksport",
        "--format",
        out.suffix[1:],
        "--ut",
        out,
        "--med",
        sections,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0, result.err
    return out.read_text(encoding="utf-8")


def test_relapse_reflections_go_into_the_report_only_when_ticked(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    without = _export(monkeypatch, capsys, vault, tmp_path / "a.md", "innsjekk")
    assert "Kranglet" not in without
    for name in ("b.md", "b.html"):
        shown = _export(monkeypatch, capsys, vault, tmp_path / name, "innsjekk,tilbakefall")
        assert "Kranglet med broren min" in shown and "Gå en tur når det koker" in shown


def test_an_unanswered_craving_is_not_counted_as_zero(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path, monkeypatch, capsys)
    text = _export(monkeypatch, capsys, vault, tmp_path / "r.md", "innsjekk")
    assert "sug –" in text and "uro 6,0" in text
    data = _export(monkeypatch, capsys, vault, tmp_path / "alt.json", "innsjekk")
    assert '"craving": null' in data
    assert '"relapse_reflections"' in data
