"""Reports and calendars: exactly the chosen sections, nothing private unless ticked."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import datetime, time

import pytest

from tests.unit.cli_helpers import PASSPHRASE, run_cli
from tests.unit.report_fixtures import MARKERS, PRIVATE_SECTIONS, fill_vault, today
from tryggsti.domain.report import DEFAULT_SECTIONS, SECTIONS
from tryggsti.strings import t


@pytest.fixture
def vault(tmp_path):
    path = tmp_path / "t.vault"
    fill_vault(path)
    return path


def export(monkeypatch, capsys, vault, kind, *extra):
    out = vault.parent / f"rapport.{kind}"
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "eksport",
        "--passphrase-stdin",
        "--format",
        kind,
        "--ut",
        out,
        *extra,
        stdin=PASSPHRASE + "\n",
    )
    return result, out


def headings(markdown: str) -> set[str]:
    """The sections' headings (the summary on top is always there)."""
    found = {line[3:] for line in markdown.splitlines() if line.startswith("## ")}
    return found - {t("report.glance_title")}


def heading_of(section: str) -> str:
    return t(f"report.section_{section}")


def test_default_report_has_the_default_sections_and_no_private_text(vault, monkeypatch, capsys):
    result, out = export(monkeypatch, capsys, vault, "md")
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    assert headings(text) == {heading_of(s) for s in DEFAULT_SECTIONS}
    for marker in MARKERS.values():
        assert marker not in text
    assert "ikke kryptert" in result.err and str(out) in result.err


@pytest.mark.parametrize("kind", ["md", "html"])
def test_exactly_the_chosen_sections_come_out(vault, monkeypatch, capsys, kind):
    result, out = export(monkeypatch, capsys, vault, kind, "--med", "oas,notater")
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert (heading_of(section) in text) == (section in ("oas", "notater")), section
    for key, marker in MARKERS.items():
        assert (marker in text) == (key in PRIVATE_SECTIONS), key


def test_plan_and_reflections_only_when_ticked(vault, monkeypatch, capsys):
    _, out = export(monkeypatch, capsys, vault, "md", "--med", "trygghetsplan,refleksjoner")
    text = out.read_text(encoding="utf-8")
    assert MARKERS["plan"] in text and MARKERS["answer"] in text
    assert MARKERS["note"] not in text
    assert headings(text) == {heading_of("trygghetsplan"), heading_of("refleksjoner")}


def test_markdown_has_the_numbers(vault, monkeypatch, capsys):
    _, out = export(monkeypatch, capsys, vault, "md", "--med", "jording,oas,lekser,forpliktelser")
    text = out.read_text(encoding="utf-8")
    assert "| 8 | 4 | −4 |" in text  # grounding before, after, change
    from tryggsti.content.loader import load_library
    from tryggsti.domain.scoring import score

    soc13 = load_library().questionnaires["soc13"]
    for answers in ([4] * 13, [5] * 13):
        assert f"| {score(soc13, answers).total} |" in text
    assert "Anne" in text and "Delvis" in text


def test_html_is_well_formed_self_contained_and_escaped(vault, monkeypatch, capsys):
    result, out = export(monkeypatch, capsys, vault, "html", "--med", ",".join(SECTIONS))
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text.split("\n", 1)[1])  # strict XML parse after the doctype
    assert root.tag == "html" and root.get("lang") == "nb"
    assert len(root.findall(".//svg")) == 2  # trends and OAS
    lowered = text.lower()
    for forbidden in ("<script", "http:", "https:", "url(", "<link", "src=", "@import"):
        assert forbidden not in lowered
    assert "&lt;script&gt;x&lt;/script&gt;" in text
    assert "@page" in text and "A4" in text


def test_ics_is_neutral_unless_text_is_asked_for(vault, monkeypatch, capsys):
    result, out = export(monkeypatch, capsys, vault, "ics")
    assert result.code == 0, result.err
    raw = out.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    text = raw.decode("utf-8")
    assert text.count("BEGIN:VEVENT") == 2  # the open commitment with a due date, the homework
    assert "Ringe" not in text and "SUMMARY:Påminnelse" in text

    # The same file again: an export replaces a file only when asked to.
    result, out = export(monkeypatch, capsys, vault, "ics", "--med", "tekst", "--overskriv")
    assert result.code == 0, result.err
    raw = out.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    unfolded = raw.decode("utf-8").replace("\r\n ", "")
    assert "SUMMARY:Forpliktelse: Ringe søster på søndag\\, før middag" in unfolded


def test_unknown_section_is_explained_with_a_suggestion(vault, monkeypatch, capsys):
    result, out = export(monkeypatch, capsys, vault, "md", "--med", "jordig")
    assert result.code != 0
    assert "«jording»" in result.err
    assert not out.exists()


def test_period_limits_what_is_counted(vault, monkeypatch, capsys):
    assert_one_checkin_today(monkeypatch, capsys, vault)


def test_period_counts_a_vault_filled_just_after_midnight(tmp_path, monkeypatch, capsys):
    """CI once ran this file at 00:0x: the newest check-in, an hour earlier, was yesterday's."""
    path = tmp_path / "t.vault"
    fill_vault(path, now=datetime.combine(today(), time(0, 30)).astimezone())
    assert_one_checkin_today(monkeypatch, capsys, path)


def assert_one_checkin_today(monkeypatch, capsys, vault):
    start = today().isoformat()
    _, out = export(monkeypatch, capsys, vault, "md", "--fra", start, "--med", "innsjekk")
    text = out.read_text(encoding="utf-8")
    assert re.search(r"1 innsjekk på 1 av 1 dager", text), text
