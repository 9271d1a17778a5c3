"""The answers about thoughts of harm: their own section only when chosen, and a line that
always says whether they are in, so a reader never takes absence for «no»."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.unit.cli_helpers import PASSPHRASE, eksport
from tryggsti.domain.report import DEFAULT_SECTIONS, SECTIONS
from tryggsti.strings import t

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
YES_DAYS = (date(2026, 11, 10), date(2026, 11, 24))


def _vault(path, answers: dict[int, bool | None]):
    """Check-ins on the last days of November; `answers` maps days back to the answer."""
    from tryggsti.domain.records import CheckIn
    from tryggsti.services.session import VaultSession

    session, _ = VaultSession.create(path, PASSPHRASE, log_n=4, clock=lambda: NOW)
    for back in range(25):
        session.data.checkins.append(
            CheckIn(
                id=f"c{back}",
                at=NOW - timedelta(days=back, hours=2),
                mood=5,
                distress=4,
                harm_thoughts=answers.get(back),
            )
        )
    session.save()
    session.close()
    return path


def _answers_with_yes() -> dict[int, bool | None]:
    answers: dict[int, bool | None] = {back: False for back in range(0, 25, 3)}
    for day in YES_DAYS:
        answers[(NOW.date() - day).days] = True
    return answers


@pytest.fixture
def vault(tmp_path):
    return _vault(tmp_path / "ja.vault", _answers_with_yes())


def _export(monkeypatch, capsys, vault, name, *extra):
    out = vault.parent / name
    period = ("--fra", "1.11.2026", "--til", "30.11.2026")
    result = eksport(
        monkeypatch, capsys, vault, out.suffix[1:], out, *period, *extra, "--overskriv"
    )
    assert result.code == 0, result.err
    return out.read_text(encoding="utf-8")


def test_the_section_is_off_by_default_and_has_a_name_on_the_command_line():
    assert "tanker" in SECTIONS and "tanker" not in DEFAULT_SECTIONS


@pytest.mark.parametrize("name", ["r.md", "r.html"])
def test_left_out_the_report_says_so_and_reveals_nothing(
    tmp_path, monkeypatch, capsys, vault, name
):
    with_yes = _export(monkeypatch, capsys, vault, name)
    assert t("report.harm_left_out") in with_yes
    assert t("report.harm_included") not in with_yes
    # The same vault where nobody ever answered the question gives the very same report.
    never = _vault(tmp_path / "aldri.vault", {})
    assert _export(monkeypatch, capsys, never, name) == with_yes


@pytest.mark.parametrize("name", ["r.md", "r.html"])
def test_chosen_the_section_lists_the_days_with_yes(monkeypatch, capsys, vault, name):
    text = _export(monkeypatch, capsys, vault, name, "--med", "innsjekk,tanker")
    assert t("report.harm_included") in text
    assert t("report.harm_left_out") not in text
    assert t("report.section_tanker") in text
    assert "10. november 2026" in text and "24. november 2026" in text
    assert t("report.harm_yes_days", count=2) in text
    # 8 «nei» and 2 «ja» of the 25 check-ins: unanswered is told apart from «nei».
    assert len(_answers_with_yes()) == 10
    assert t("report.harm_answered", answered=10, asked=25) in text
    # The short summary at the top counts the days too.
    assert t("report.glance_harm", harm=2) in text


def test_chosen_with_no_yes_says_so_rather_than_staying_silent(tmp_path, monkeypatch, capsys):
    vault = _vault(tmp_path / "nei.vault", {0: False})
    text = _export(monkeypatch, capsys, vault, "r.md", "--med", "tanker")
    assert t("report.harm_no_yes") in text and t("report.harm_included") in text


def test_the_json_export_says_the_answers_are_in_and_lists_the_days(monkeypatch, capsys, vault):
    document = json.loads(_export(monkeypatch, capsys, vault, "alt.json"))
    report = document["report"]
    assert report["harm_thoughts_included"] is True
    assert report["harm_thoughts"]["yes_days"] == [day.isoformat() for day in YES_DAYS]
    assert sum(1 for c in document["checkins"] if c["harm_thoughts"] is True) == 2


def test_the_report_never_calls_use_a_relapse(monkeypatch, capsys, vault):
    for name in ("r.md", "r.html"):
        text = _export(monkeypatch, capsys, vault, name, "--med", ",".join(SECTIONS))
        assert "tilbakefall" not in text.lower()
    assert t("report.section_etter-rus") == "Se på det som skjedde (etter rus)"


def test_the_old_section_name_still_works_on_the_command_line(monkeypatch, capsys, vault):
    text = _export(monkeypatch, capsys, vault, "r.md", "--med", "tilbakefall")
    assert t("report.section_etter-rus") in text
