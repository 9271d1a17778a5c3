"""The report: relapse reflections only when asked for; unanswered scales are «–», not 0."""

from __future__ import annotations

from datetime import UTC

from tests.unit.cli_helpers import PASSPHRASE, eksport, init_vault, logg


def _vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    logged = logg(monkeypatch, capsys, vault, "4", "--stress", "6")
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
    result = eksport(monkeypatch, capsys, vault, out.suffix[1:], out, "--med", sections)
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


def test_report_weeks_start_on_monday():
    from datetime import date

    from tryggsti.domain.report import Period, Report, weeks

    period = Period(date(2026, 11, 5), date(2026, 11, 25))  # a Thursday to a Wednesday
    report = Report(
        sections=("trender",),
        period=period,
        made_on=period.end,
        series={"mood": [5.0] * 21},
        used_days=[False] * 21,
    )
    starts = [row.start for row in weeks(report)]
    assert starts[0] == date(2026, 11, 5)
    assert all(day.weekday() == 0 for day in starts[1:])
    assert starts[1] == date(2026, 11, 9)


def test_a_commitment_note_has_no_doubled_punctuation():
    from datetime import date, datetime

    from tryggsti.domain.records import Commitment, CommitmentStatus, Profile, VaultData
    from tryggsti.domain.report import Period, _notes

    at = datetime(2026, 11, 20, 20, tzinfo=UTC)
    data = VaultData(profile=Profile(created_at=at))
    data.commitments.append(
        Commitment(
            id="c",
            text="Gå en tur i kveld.",
            created_at=at,
            status=CommitmentStatus.DONE,
            reflection="Det hjalp",
            done_at=at,
        )
    )
    [row] = _notes(data, [], Period(date(2026, 11, 1), date(2026, 11, 25)))
    assert row.text == "Gå en tur i kveld: Det hjalp"


def test_contacts_can_be_written_without_the_awkward_bar():
    """«|» is hard to find on a Norwegian keyboard: name, number and note without it."""
    from tryggsti.services.safety_plan import parse_contacts

    contacts = parse_contacts(
        "Kari 900 00 000 søsteren min\nFastlegen: 22 33 44 55\nNaboen\nOle | 12345678 | 2. etg"
    )
    got = [(c.name, c.phone, c.note) for c in contacts]
    assert got == [
        ("Kari", "900 00 000", "søsteren min"),
        ("Fastlegen", "22 33 44 55", ""),
        ("Naboen", "", ""),
        ("Ole", "12345678", "2. etg"),
    ]
