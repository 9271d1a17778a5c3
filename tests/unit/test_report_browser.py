"""The HTML report in a real browser: headless Chromium prints it to an A4 PDF and a PNG."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.unit.report_fixtures import fill_vault
from tryggsti.domain.report import SECTIONS

pytestmark = pytest.mark.browser

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-extensions",
    "--disable-background-networking",
    "--no-pdf-header-footer",
]


def chromium() -> str:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("TRYGGSTI_REQUIRE_BROWSER"):
        pytest.fail("Chromium is required here (TRYGGSTI_REQUIRE_BROWSER is set)")
    pytest.skip("no Chromium on this machine")


def render_report_html(tmp_path) -> str:
    from tests.unit.cli_helpers import PASSPHRASE
    from tryggsti.content.loader import load_library
    from tryggsti.services.report import render_report
    from tryggsti.services.session import VaultSession

    path = tmp_path / "t.vault"
    now = fill_vault(path)
    with VaultSession.unlock(path, PASSPHRASE, clock=lambda: now) as session:
        return render_report(session, load_library(), "html", sections=SECTIONS)


def run_browser(*args: str, tmp_path) -> None:
    profile = tmp_path / "profile"
    subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
        check=True,
        capture_output=True,
        timeout=120,
    )


def test_the_report_prints_to_a4_pdf_and_renders_to_png(tmp_path):
    page = tmp_path / "rapport.html"
    page.write_text(render_report_html(tmp_path), encoding="utf-8")
    pdf, png = tmp_path / "rapport.pdf", tmp_path / "rapport.png"
    run_browser(f"--print-to-pdf={pdf}", page.as_uri(), tmp_path=tmp_path)
    run_browser(f"--screenshot={png}", "--window-size=900,1800", page.as_uri(), tmp_path=tmp_path)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    # A4 is 595 × 842 points; every page of the PDF must say so.
    boxes = [box.split() for box in _media_boxes(data)]
    assert boxes and all(abs(float(w) - 595) < 2 and abs(float(h) - 842) < 2 for *_, w, h in boxes)
    assert 2 <= len(boxes) <= 12
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 20_000
    keep = os.environ.get("TRYGGSTI_KEEP_REPORT")
    if keep:
        for made in (page, pdf, png):
            shutil.copy(made, os.path.join(keep, made.name))


def _media_boxes(data: bytes) -> list[str]:
    import re

    pattern = rb"/MediaBox\s*\[\s*([\d.\s]+)\]"
    return [match.decode() for match in re.findall(pattern, data)]
