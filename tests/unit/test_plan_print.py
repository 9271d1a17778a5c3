"""The safety plan on paper: `eksport --format plan` writes one self-contained HTML page that
headless Chromium prints to exactly one A4 page, the pocket card and the crisis lines on it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from datetime import UTC, datetime

import pytest

from tests.unit.cli_helpers import PASSPHRASE, eksport
from tests.unit.test_report_browser import run_browser
from tryggsti.domain.plan_sections import PLAN_SECTIONS
from tryggsti.strings import t

NOW = datetime(2026, 11, 30, 20, 0, tzinfo=UTC)
LONG = "og så ringer jeg noen jeg stoler på før det blir for mye, selv om det er sent"


def _vault(path, plan_filler):
    from tryggsti.services.session import VaultSession

    session, _ = VaultSession.create(path, PASSPHRASE, log_n=4, clock=lambda: NOW)
    plan_filler(session.data.safety_plan)
    session.data.profile.display_name = "Mina"
    session.save()
    session.close()
    return path


def a_full_plan(plan):
    from tryggsti.domain.records import Contact

    plan.warning_signs = ["Jeg sover dårlig", "Jeg trekker meg unna folk", "Sug etter piller"]
    plan.inner_coping = ["Kaldt vann i ansiktet", "Gå en tur rundt vannet", "Jording: 5-4-3-2-1"]
    plan.distractions = ["Biblioteket", "Kafeen på hjørnet", "Trening med Ali på tirsdager"]
    plan.help_contacts = [Contact("Kari", "900 00 000", "søster"), Contact("Ole", "41 22 33 44")]
    plan.professionals = [Contact("Fastlegen", "22 33 44 55"), Contact("DPS poliklinikk", "")]
    plan.safer_surroundings = ["Pillene hos Kari", "Ingen alkohol hjemme"]
    plan.reasons_to_live = ["Datteren min", "Hunden Pelle", "Å bli bestemor en dag"]


def a_long_plan(plan):
    """Every part with many long items: the worst a person is likely to write."""
    from tryggsti.domain.records import Contact

    for section in (
        "warning_signs",
        "inner_coping",
        "distractions",
        "safer_surroundings",
        "reasons_to_live",
    ):
        setattr(plan, section, [f"{n}. {LONG}" for n in range(1, 7)])
    plan.help_contacts = [Contact(f"Venn {n}", "900 00 00{n}", LONG[:60]) for n in range(6)]
    plan.professionals = [Contact(f"Tjeneste {n}", "22 33 44 5{n}", LONG[:60]) for n in range(4)]


def _export(tmp_path, monkeypatch, capsys, filler):
    vault = _vault(tmp_path / "v.vault", filler)
    out = tmp_path / "plan.html"
    result = eksport(monkeypatch, capsys, vault, "plan", out)
    assert result.code == 0, result.err
    return result, out


def test_the_plan_page_holds_every_part_the_lines_and_the_checked_date(
    tmp_path, monkeypatch, capsys
):
    from tryggsti.content.loader import load_library
    from tryggsti.dates import long_date_with_year

    result, out = _export(tmp_path, monkeypatch, capsys, a_full_plan)
    assert "ikke kryptert" in result.err and str(out) in result.err  # said before writing
    text = out.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text.split("\n", 1)[1])  # well-formed, strict XML
    lowered = text.lower()
    for forbidden in ("<script", "http:", "https:", "url(", "<link", "src=", "@import"):
        assert forbidden not in lowered
    assert "@page" in text and "A4" in text
    assert t("plan_print.title_for", name="Mina") in text
    for words in ("Pillene hos Kari", "900 00 000", "Hunden Pelle", "Biblioteket"):
        assert words in text
    resources = load_library().resources
    assert t("plan_print.checked", date=long_date_with_year(resources.last_checked)) in text
    for number in ("113", "116 123", "116 117"):
        assert number in "".join(root.find(".//*[@id='hjelpetelefoner']").itertext())
        assert number in "".join(root.find(".//*[@id='lommekort']").itertext())
    assert t("plan_print.notice") in text


def test_an_empty_plan_prints_with_every_part_marked_empty(tmp_path, monkeypatch, capsys):
    _, out = _export(tmp_path, monkeypatch, capsys, lambda plan: None)
    text = out.read_text(encoding="utf-8")
    assert text.count(t("plan.section_empty")) == len(PLAN_SECTIONS)
    assert "113" in text


def test_user_text_is_shown_literally(tmp_path, monkeypatch, capsys):
    def tricky(plan):
        plan.warning_signs = ["<b>fet</b> & [red]rød[/red]\x1b[31m"]

    _, out = _export(tmp_path, monkeypatch, capsys, tricky)
    text = out.read_text(encoding="utf-8")
    assert "&lt;b&gt;fet&lt;/b&gt; &amp; [red]rød[/red]" in text and "\x1b" not in text


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


@pytest.mark.browser
@pytest.mark.parametrize("filler", [a_full_plan, a_long_plan], ids=["full", "long"])
def test_the_plan_prints_on_exactly_one_a4_page(tmp_path, monkeypatch, capsys, filler):
    _, out = _export(tmp_path, monkeypatch, capsys, filler)
    pdf = tmp_path / "plan.pdf"
    run_browser(f"--print-to-pdf={pdf}", out.as_uri(), tmp_path=tmp_path)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert _pages(data) == 1
    [box] = re.findall(rb"/MediaBox\s*\[\s*([\d.\s]+)\]", data)
    *_, width, height = box.split()
    assert abs(float(width) - 595) < 2 and abs(float(height) - 842) < 2
