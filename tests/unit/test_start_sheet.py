"""docs/slik-kommer-du-i-gang.html, the patient's one-page sheet: self-contained, true to the
app (keys, passphrase length, help numbers), spelled right, and one A4 page in Chromium."""

from __future__ import annotations

import json
import re
import tomllib
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHEET = ROOT / "docs" / "slik-kommer-du-i-gang.html"
RESOURCES = ROOT / "content" / "nb" / "resources.toml"
NOT_TEXT = ("style", "script", "code", "kbd")


class _Text(HTMLParser):
    """The words a reader sees (code and key caps apart), and every tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.all_text: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._skip += tag in NOT_TEXT

    def handle_endtag(self, tag):
        self._skip -= tag in NOT_TEXT

    def handle_data(self, data):
        if self.lasttag != "style":
            self.all_text.append(data)
        if not self._skip:
            self.words.append(data)


def parsed() -> _Text:
    parser = _Text()
    parser.feed(SHEET.read_text(encoding="utf-8"))
    return parser


def visible_text() -> str:
    return re.sub(r"\s+", " ", " ".join(parsed().all_text))


def test_the_sheet_is_self_contained_with_no_scripts_and_a4_print_css():
    html = SHEET.read_text(encoding="utf-8")
    lowered = html.lower()
    for forbidden in ("<script", "http:", "https:", "url(", "<link", "src=", "@import", "href"):
        assert forbidden not in lowered, forbidden
    assert not any(name.startswith("on") for _, attrs in parsed().tags for name in attrs)
    assert '<html lang="nb">' in html and '<meta charset="utf-8">' in html
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", html)
    assert "@media print" in html


def test_the_sheet_says_how_to_start_as_the_readme_does():
    text = visible_text()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for way in ("tryggsti.exe", "./tryggsti/tryggsti"):
        assert way in text and way in readme


def test_the_sheet_has_no_developer_command_and_opens_on_macos_15():
    """Issue 32.8: a patient's sheet has no «uv run» or Python; macOS 15 no longer opens an
    unsigned program by right-click, «Åpne»; it is Personvern og sikkerhet, «Åpne likevel»."""
    text = visible_text()
    assert "uv run" not in text and "Python" not in text
    assert "høyreklikk" not in text.lower()
    assert "Personvern og sikkerhet" in text and "«Åpne likevel»" in text
    installing = (ROOT / "docs" / "installere.md").read_text(encoding="utf-8")
    assert "høyreklikker" not in installing and "«Åpne likevel»" in installing


def test_the_sheet_ends_with_how_to_begin():
    text = visible_text()
    assert "Slik begynner du" in text
    begin = text.split("Slik begynner du", 1)[1]
    assert "trygghetsplanen" in begin and "én person" in begin and "én innsjekk" in begin


def test_the_sheet_gets_passphrase_and_recovery_code_right():
    from tryggsti.vault.kdf import MIN_PASSPHRASE_LENGTH

    text = visible_text()
    assert f"minst {MIN_PASSPHRASE_LENGTH} tegn" in text
    assert "gjenopprettingskode" in text and "bare denne ene gangen" in text
    assert "Mister du både passordet og koden, kan ingen åpne det du har skrevet" in text


def test_the_sheet_names_the_keys_the_app_binds_everywhere():
    from tryggsti.strings import t
    from tryggsti.ui.keys import ALWAYS

    bound = {binding.key_display: binding.description for binding in ALWAYS}
    text = visible_text()
    for key, label in (("F1", "keys.help_now"), ("F2", "keys.grounding"), ("F12", "keys.hide")):
        assert bound[key] == t(label)
        assert f"{key} {t(label)}:" in text, key
    assert bound["Ctrl+Q"] == t("keys.quit") and "Ctrl+Q avslutter" in text


def test_the_help_numbers_at_the_bottom_are_those_in_the_resources_file():
    lines = tomllib.loads(RESOURCES.read_text(encoding="utf-8"))["lines"]
    by_number: dict[str, list[dict]] = {}
    for line in lines:
        if "number" in line:
            by_number.setdefault(line["number"], []).append(line)
    html = SHEET.read_text(encoding="utf-8")
    box = html[html.index('<div class="help">') :]
    found = re.findall(r'<span class="number">([^<]+)</span>\s*([^,<]+)', box)
    assert [number for number, _ in found] == ["113", "112", "116 117", "116 123"]
    for number, name in found:
        assert name.strip() in [line["name"] for line in by_number[number]], number
    # «hele døgnet» only for a line that is open round the clock every day.
    assert "116 123</span> Mental Helse Hjelpetelefonen, hele døgnet" in box
    (helpline,) = by_number["116 123"]
    assert helpline["hours"] == [{"days": "man-søn", "from": "00:00", "to": "24:00"}]


def test_the_sheet_is_spelled_correctly():
    from tests.unit.test_spelling import _hunspell_or_skip, unknown_words
    from tests.unit.test_therapist_guide import DOC_ONLY_WORDS

    _hunspell_or_skip()
    assert unknown_words(" ".join(parsed().words)) - DOC_ONLY_WORDS == set()


def _page_requests(net_log: Path) -> list[str]:
    """URLs the page itself asked for (Chromium's own background requests have no origin)."""
    log = json.loads(net_log.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [
        event["params"]["url"]
        for event in log["events"]
        if event["type"] == start_job
        and "url" in event.get("params", {})
        and event["params"].get("initiator") != "not an origin"
        and not event["params"]["url"].startswith("file:")
    ]


def _print(page: Path, tmp_path: Path) -> tuple[bytes, list[str]]:
    from tests.unit.test_report_browser import run_browser

    pdf, net_log = tmp_path / f"{page.stem}.pdf", tmp_path / f"{page.stem}.json"
    run_browser(
        f"--print-to-pdf={pdf}", f"--log-net-log={net_log}", page.as_uri(), tmp_path=tmp_path
    )
    return pdf.read_bytes(), _page_requests(net_log)


@pytest.mark.browser
def test_the_sheet_prints_on_one_a4_page_without_a_single_request(tmp_path):
    from tests.unit.test_report_browser import _media_boxes

    data, requests = _print(SHEET, tmp_path)
    assert data.startswith(b"%PDF")
    boxes = [box.split() for box in _media_boxes(data)]
    assert len(boxes) == 1, f"{len(boxes)} pages"
    ((*_, width, height),) = boxes
    assert abs(float(width) - 595) < 2 and abs(float(height) - 842) < 2
    assert requests == []


@pytest.mark.browser
def test_the_request_check_would_see_a_page_that_loads_from_outside(tmp_path):
    page = tmp_path / "ute.html"
    page.write_text('<!DOCTYPE html><img src="http://example.invalid/x.png">', encoding="utf-8")
    _, requests = _print(page, tmp_path)
    assert requests == ["http://example.invalid/x.png"]
