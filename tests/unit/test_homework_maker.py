"""The HTML homework maker: generated from the content, the checker's rules embedded as data,
and in a real browser (chromedriver) filled by keyboard, saved with the browser's download
and accepted by `tryggsti lekse sjekk`, printed on one A4 page, with no network request."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.unit.cli_helpers import run_cli
from tests.unit.webdriver import ENTER, Browser
from tryggsti.strings import t

ROOT = Path(__file__).parents[2]
MAKER = ROOT / "docs" / "lag-hjemmeoppgave.html"
REGENERATE = "uv run python -m tryggsti.content.homework_maker docs/lag-hjemmeoppgave.html"


def _generated() -> str:
    from tryggsti.content.homework_maker import render_maker
    from tryggsti.content.loader import load_library

    return render_maker(load_library(()))


def _embedded(text: str) -> dict:
    found = re.search(r'<script type="application/json" id="data">(.*?)</script>', text, re.S)
    assert found
    return json.loads(found[1].replace("<\\/", "</"))


def test_the_committed_maker_is_the_one_the_content_makes():
    assert MAKER.read_text(encoding="utf-8") == _generated(), f"run: {REGENERATE}"


def test_its_rules_and_ids_are_the_checkers_and_the_loaders():
    from tryggsti.content.homework_file import rules
    from tryggsti.content.loader import load_library

    data = _embedded(MAKER.read_text(encoding="utf-8"))
    library = load_library(())
    assert data["rules"] == rules()
    assert [topic["id"] for topic in data["topics"]] == [t.id for t in library.topics_in_order()]
    assert {script["id"] for script in data["grounding"]} == set(library.grounding)
    assert {form["id"] for form in data["questionnaires"]} == set(library.questionnaires)
    assert data["text"]["lekse.expected.due_before_start"] == t("lekse.expected.due_before_start")


class _Controls(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.controls: list[str] = []
        self.labelled: set[str] = set()
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in ("input", "textarea", "select"):
            self.controls.append(attributes.get("id", ""))
        if tag == "label" and attributes.get("for"):
            self.labelled.add(attributes["for"])
        for name in ("src", "href", "action"):
            if name in attributes:
                self.external.append(f"{tag} {name}={attributes[name]}")


def test_it_is_self_contained_and_every_control_has_a_label():
    text = MAKER.read_text(encoding="utf-8")
    parser = _Controls()
    parser.feed(text)
    assert parser.controls and all(parser.controls)
    assert set(parser.controls) <= parser.labelled
    assert parser.external == []
    assert "default-src 'none'" in text  # the page may not ask for anything, ever
    lowered = text.lower()
    for forbidden in ("http:", "https:", "fetch(", "xmlhttprequest", "websocket", "@import"):
        assert forbidden not in lowered


def _wait_for(path: Path) -> Path:
    """The download lands a moment after the click (waiting, not timing: no limit on speed)."""
    for _ in range(400):
        if path.exists() and not list(path.parent.glob("*.crdownload")):
            return path
        time.sleep(0.05)
    raise AssertionError(f"no download at {path}: {list(path.parent.iterdir())}")


@pytest.fixture
def browser(tmp_path):
    downloads = tmp_path / "nedlastinger"
    downloads.mkdir()
    opened = Browser(tmp_path / "profil", downloads)
    opened.downloads = downloads
    yield opened
    opened.close()


@pytest.mark.browser
def test_filled_by_keyboard_saved_and_accepted_by_lekse_sjekk(
    browser, tmp_path, monkeypatch, capsys
):
    browser.open(MAKER.as_uri())
    browser.type("#terapeut", "Anne Berg")
    browser.type("#start", "3.12.2026")
    browser.type("#frist", "17.12.2026")
    browser.type("#emne-trygghet", " ")  # space ticks the box
    browser.type("#emne-jording", " ")
    browser.type("#jording-kaldt-vann", "3")
    browser.type("#forpliktelser", 'Ring en venn før fredag.\nSkriv ned "tre gode ting"')
    browser.type("#innsjekk", "4")
    browser.type("#skjema-soc13", " ")
    browser.type("#naar-soc13", "slutt")
    browser.type("#melding", "Gjør det du rekker.\nDet er nok.")
    preview = browser.text("#forhandsvisning")
    assert "Anne Berg" in preview and "Trygghet først" in preview
    assert "3 ganger i uka" in preview and "4 dager i uka" in preview
    browser.type("#lagre", ENTER)
    saved = _wait_for(browser.downloads / "hjemmeoppgave.toml")
    assert t("maker.saved", name="hjemmeoppgave.toml") in browser.text("#status")

    result = run_cli(monkeypatch, capsys, "lekse", "sjekk", saved)
    assert result.code == 0, result.err + saved.read_text(encoding="utf-8")
    for words in (
        "Fra: Anne Berg",
        "Emner (2): Trygghet først",
        "3 ganger i uka",
        '«Skriv ned "tre gode ting"»',
        "Skjema (1): Opplevelse av sammenheng (OAS-13): slutt",
        "Innsjekk: 4 dager i uka",
        "Melding: «Gjør det du rekker. Det er nok.»",
    ):
        assert words in result.out, (words, result.out)

    pdf = browser.print_pdf()
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf)) == 1

    sent = [
        e["params"] for e in browser.network_log() if e["method"] == "Network.requestWillBeSent"
    ]
    page = [p["request"]["url"] for p in sent if p.get("documentURL") == MAKER.as_uri()]
    assert MAKER.as_uri() in page, "the network log is empty: the log itself did not work"
    assert all(url.startswith(("file:", "blob:")) for url in page), page  # the page and the file
    anywhere = [p["request"]["url"] for p in sent]
    assert not [u for u in anywhere if u.split(":")[0] in ("http", "https", "ws", "wss", "ftp")]


@pytest.mark.browser
def test_a_due_date_before_start_is_said_as_lekse_sjekk_says_it_and_nothing_is_saved(browser):
    browser.open(MAKER.as_uri())
    browser.type("#start", "3.12.2026")
    browser.type("#frist", "20.11.2026")
    browser.type("#emne-trygghet", " ")
    browser.type("#lagre", ENTER)
    problems = browser.text("#feil")
    expected = t("lekse.expected.due_before_start", due="20.11.", start="3.12.")
    assert f"{t('maker.due')}: {expected}" in problems
    assert browser.script("return document.activeElement.id") == "feil"  # read first
    assert list(browser.downloads.iterdir()) == []


def test_ci_installs_the_driver_and_never_skips_the_browser_tests():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "chromium-driver" in ci
    assert "export TRYGGSTI_REQUIRE_BROWSER=1" in ci
