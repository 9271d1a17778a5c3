"""CONTENT-GUIDE.md, "Forms and terms" (issue 32.7), in the Norwegian documents: «tryggsti» is
written in lower case, so no sentence starts with it, and the one term is «hjelpetelefon», never
«krisetelefon». docs/ and the interface use the same words; the content and ui.toml are checked by
test_wording_rules.py, README.md and docs/*.md, docs/*.html here.

Code is not prose: fenced code blocks, inline code, <code>, <pre>, <style>, <script> and HTML
comments are left out. A heading or a <title> is a title, not a sentence (as the content test
leaves out `title`). English documents and English sentences may start with "tryggsti" as a name.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.test_wording_rules import FORMS, SENTENCE_START

ROOT = Path(__file__).resolve().parents[2]

ENGLISH = re.compile(r"\b(the|is|are|and|of|it|its|with|that|this|you|your|never|when)\b")
NORWEGIAN = re.compile(r"\b(er|og|det|som|ikke|på|du|deg|har|seg|når|hva|av|skal|kan)\b")


def _is_english(text: str) -> bool:
    return len(ENGLISH.findall(text)) > len(NORWEGIAN.findall(text))


def _documents() -> list[Path]:
    docs = ROOT / "docs"
    paths = [ROOT / "README.md", *sorted(docs.glob("*.md")), *sorted(docs.glob("*.html"))]
    return [path for path in paths if path.is_file()]


def _norwegian_documents() -> list[Path]:
    found = []
    for path in _documents():
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            language = re.search(r"<html[^>]*\blang=\"([^\"]+)\"", text)
            if language and language.group(1) in {"nb", "no", "nn"}:
                found.append(path)
        elif not _is_english(_markdown_prose(text)):
            found.append(path)
    return found


def _markdown_blocks(text: str):
    """(first line number, prose) for each paragraph, list item, quote and table cell.

    Wrapped lines are joined, so a line break is not taken for a sentence start; each block starts
    a sentence. Headings are titles and are left out."""
    in_fence = False
    block: list[str] = []
    start = 0

    def done():
        if block:
            yield start, " ".join(block)
        block.clear()

    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if re.match(r"(```|~~~)", stripped):
            in_fence = not in_fence
            yield from done()
            continue
        if in_fence:
            continue
        if not stripped or re.match(r"#{1,6}\s", stripped) or re.fullmatch(r"[-*_ ]{3,}", stripped):
            yield from done()
            continue
        if stripped.startswith("|"):
            yield from done()
            if not re.fullmatch(r"[|:\- ]+", stripped):
                for cell in stripped.strip("|").split("|"):
                    yield number, cell
            continue
        item = re.match(r"(>\s*)*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?", stripped)
        if item or stripped.startswith(">"):
            yield from done()
            stripped = stripped[item.end() :] if item else stripped.lstrip("> ")
        if not block:
            start = number
        block.append(stripped)
    yield from done()


def _markdown_prose(text: str) -> str:
    return "\n".join(prose for _, prose in _markdown_blocks(text))


BLOCK_TAGS = r"p|li|ul|ol|div|section|header|footer|main|td|th|tr|table|dt|dd|dl|br|blockquote"
TITLE_TAGS = r"title|h[1-6]"


def _html_blocks(text: str):
    """(line number, prose) for each block element; titles, code, styles and comments left out."""

    def blank(match: re.Match) -> str:
        return "\n" * match.group(0).count("\n")  # keep the line numbers

    text = re.sub(r"<!--.*?-->", blank, text, flags=re.DOTALL)
    for tag in ("style", "script", "pre", "code", "kbd", "samp", *TITLE_TAGS.split("|")):
        pattern = rf"<{tag}\b.*?</{tag}>"
        text = re.sub(pattern, blank, text, flags=re.DOTALL | re.IGNORECASE)
    pieces = re.split(rf"(</?(?:{BLOCK_TAGS})\b[^>]*>)", text, flags=re.IGNORECASE)
    line = 1
    for piece in pieces:
        prose = html.unescape(re.sub(r"<[^>]+>", "", piece))
        if prose.strip():
            offset = len(piece) - len(piece.lstrip())
            yield line + piece[:offset].count("\n"), " ".join(prose.split())
        line += piece.count("\n")


def _prose_blocks(path: Path):
    text = path.read_text(encoding="utf-8")
    blocks = _html_blocks(text) if path.suffix == ".html" else _markdown_blocks(text)
    for number, prose in blocks:
        prose = re.sub(r"`[^`]*`", "KODE", prose)  # inline code, such as `tryggsti lekse`
        prose = re.sub(r"\]\([^)]*\)", "]", prose)  # a link's address
        prose = re.sub(r"https?://\S+", " ", prose)
        yield number, " ".join(prose.split())


def _sentence_starts(prose: str):
    """Where a sentence starts with «tryggsti», by the content test's own pattern.

    Emphasis and brackets are taken away first, and a quote or bracket closing a sentence
    («… ferdig.» tryggsti …) still ends it. An English sentence may start with the name."""
    plain = re.sub(r"[*_]+|[\[\]]", "", prose).strip()
    plain = re.sub(r"([.!?])[»\")']+(?=\s)", r"\1", plain)
    for match in SENTENCE_START.finditer(plain):
        start = match.end() - len("tryggsti")
        sentence = re.split(r"(?<=[.!?])\s", plain[start:], maxsplit=1)[0]
        if re.match(r"tryggsti[.\-/\\]\w", sentence):
            continue  # a file or folder name
        if not _is_english(sentence):
            yield sentence


def _where(path: Path, number: int, text: str) -> str:
    name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    return f"{name}:{number}: {text[:70]}"


def test_no_norwegian_sentence_in_the_documents_starts_with_tryggsti():
    found = [
        _where(path, number, sentence)
        for path in _norwegian_documents()
        for number, prose in _prose_blocks(path)
        for sentence in _sentence_starts(prose)
    ]
    assert found == []


def _rival_terms(path: Path):
    for number, prose in _prose_blocks(path):
        if FORMS["hjelpetelefon"].search(prose):  # krisetelefon, and hjelpelinje too
            yield _where(path, number, prose)


def test_the_documents_say_hjelpetelefon_not_krisetelefon():
    found = [where for path in _norwegian_documents() for where in _rival_terms(path)]
    assert found == []


def test_the_english_documents_are_the_ones_left_out():
    left_out = {path.name for path in _documents()} - {p.name for p in _norwegian_documents()}
    assert {"vault-format.md", "speed.md", "content-format.md"} <= left_out
    assert {"README.md", "for-behandlere.md", "slik-kommer-du-i-gang.html"}.isdisjoint(left_out)


@pytest.mark.parametrize(
    ("prose", "starts"),
    [
        ("tryggsti låser seg selv.", True),
        ("Det er lagret. tryggsti låser seg.", True),
        ("**Bold.** tryggsti er et lite program.", True),
        ("Ferdig.» tryggsti sier fra.", True),
        ("Velkommen til tryggsti.", False),
        ("Start med KODE. Appen låser seg.", False),
        ("In English: tryggsti is an offline companion.", False),
        ("Done. tryggsti is an offline companion, and it never goes online.", False),
        ("tryggsti.vault ligger i mappen.", False),
    ],
)
def test_the_sentence_rule_sees_a_norwegian_sentence_start(prose, starts):
    assert bool(list(_sentence_starts(prose))) is starts


def test_code_and_titles_are_not_prose(tmp_path):
    markdown = tmp_path / "a.md"
    markdown.write_text(
        "# tryggsti for deg\n\n```\ntryggsti --enkel\n```\n\n`tryggsti lekse` sjekker filen.\n"
        "- tryggsti låser\n  seg selv.\n\n| hva | hvor |\n|---|---|\n"
        "| tryggsti kan ikke det | her |\n\nRing en krisetelefon.\n",
        encoding="utf-8",
    )
    page = tmp_path / "a.html"
    page.write_text(
        '<html lang="nb"><title>tryggsti</title><h1>tryggsti</h1><!-- tryggsti er -->\n'
        "<p><code>tryggsti</code> starter.</p>\n<p>Les.\ntryggsti er lite.</p></html>",
        encoding="utf-8",
    )
    found = {
        p.name: [s for _, prose in _prose_blocks(p) for s in _sentence_starts(prose)]
        for p in (markdown, page)
    }
    assert found == {
        "a.md": ["tryggsti låser seg selv.", "tryggsti kan ikke det"],
        "a.html": ["tryggsti er lite."],
    }
    assert [where.split(": ")[-1] for where in _rival_terms(markdown)] == ["Ring en krisetelefon."]
