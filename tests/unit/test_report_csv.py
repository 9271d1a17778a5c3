"""The check-ins for a spreadsheet: one row each, the chosen sections' columns, as Norwegian
Excel opens them (UTF-8 with BOM, «;»), documented column by column."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.unit.cli_helpers import PASSPHRASE, eksport
from tryggsti.services.report_csv import COLUMNS, header
from tryggsti.strings import t

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
DOC = Path(__file__).parents[2] / "docs" / "csv-kolonner.md"


def _vault(path):
    from tryggsti.domain.records import CheckIn
    from tryggsti.services.session import VaultSession

    session, _ = VaultSession.create(path, PASSPHRASE, log_n=4, clock=lambda: NOW)
    session.data.checkins += [
        CheckIn(id="a", at=NOW - timedelta(days=2), mood=4, distress=None, sleep_hours=6.5),
        CheckIn(
            id="b",
            at=NOW - timedelta(days=1),
            mood=6,
            distress=3,
            craving=2,
            substance_use=True,
            substance_what="=HYPERLINK(x);øl",
            note="to\nlinjer; og «sitat»",
            harm_thoughts=True,
        ),
        CheckIn(id="c", at=NOW, mood=7, distress=2, harm_thoughts=False),
    ]
    session.save()
    session.close()
    return path


def _export(tmp_path, monkeypatch, capsys, *extra):
    vault = _vault(tmp_path / "v.vault")
    out = tmp_path / "innsjekk.csv"
    period = ("--fra", "1.11.2026", "--til", "30.11.2026")
    result = eksport(monkeypatch, capsys, vault, "csv", out, *period, *extra)
    assert result.code == 0, result.err
    return result, out.read_bytes()


def _rows(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))


def test_one_row_per_checkin_with_the_default_columns(tmp_path, monkeypatch, capsys):
    result, raw = _export(tmp_path, monkeypatch, capsys)
    rows = _rows(raw)
    assert rows[0] == ["dato", "klokkeslett", "humør", "uro", "sug", "søvn_timer", "rus", "utrygt"]
    assert [row[0] for row in rows[1:]] == ["2026-11-28", "2026-11-29", "2026-11-30"]
    assert rows[1][2:6] == ["4", "", "", "6,5"]  # unanswered is empty, never 0
    assert rows[2][6] == "ja" and rows[3][6] == "nei"
    assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n") == 4
    assert "ikke kryptert" in result.err  # the same warning as every export
    assert t("report.harm_left_out") in result.out


def test_left_out_the_file_holds_nothing_about_thoughts_of_harm(tmp_path, monkeypatch, capsys):
    _, raw = _export(tmp_path, monkeypatch, capsys, "--med", "innsjekk,rus")
    assert t("report_csv.col_harm_thoughts").encode() not in raw
    assert b"=HYPERLINK" not in raw and b"linjer" not in raw


def test_chosen_sections_bring_their_columns_and_text_stays_text(tmp_path, monkeypatch, capsys):
    result, raw = _export(tmp_path, monkeypatch, capsys, "--med", "innsjekk,tanker,notater")
    rows = _rows(raw)
    names = rows[0]
    assert "tanker" in names and "notat" in names and "rus" not in names
    harm = names.index("tanker")
    assert [row[harm] for row in rows[1:]] == ["", "ja", "nei"]
    second = dict(zip(names, rows[2], strict=True))
    assert second["rusmiddel"] == "'=HYPERLINK(x);øl"  # not a formula
    assert second["notat"] == "to linjer; og «sitat»"  # one line, the «;» quoted
    assert t("report.harm_left_out") not in result.out


def test_every_column_is_documented_with_the_section_that_brings_it():
    doc = DOC.read_text(encoding="utf-8")
    documented = dict(re.findall(r"^\| `([^`]+)` \| `?([a-zæøå]+)`? \|", doc, flags=re.M))
    all_sections = tuple({section for _, section, _ in COLUMNS if section})
    assert list(documented) == header(all_sections)
    for (_, section, _), name in zip(COLUMNS, header(all_sections), strict=True):
        assert documented[name] == (section or "alltid"), name
