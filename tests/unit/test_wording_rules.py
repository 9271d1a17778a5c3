"""Issue 11.4's wording, kept: one phrase for getting better («bli bedre», «bedring»), «minner
deg om», no healing titles, and «Hjemmeoppgaver», not «lekser», wherever the user reads."""

from __future__ import annotations

import re

import pytest

from tryggsti.paths import builtin_content_dir

RULES = {
    "minner deg på": re.compile(r"\bminner (deg|meg|oss) på\b", re.IGNORECASE),
    "bli frisk": re.compile(r"\b(bli|blir|ble|blitt) frisk\w*|\btilfriskn\w*", re.IGNORECASE),
    "heler/lege as healing": re.compile(r"\b(heler|som kan lege)\b", re.IGNORECASE),
    # The feature's old names; «en gammel lekse» (an old lesson) in a topic is fine.
    "lekser": re.compile(r"\b(lekser\w*|leksen|leksefil\w*|leksemal\w*)\b", re.IGNORECASE),
}


def _lines():
    for path in sorted(builtin_content_dir().rglob("*.toml")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.lstrip().startswith("#"):
                continue
            if path.name == "ui.toml" and re.match(r"\s*\[lekse[.\]]|\s*lekse_help\s*=", line):
                continue  # the CLI command keeps its name («tryggsti lekse»)
            yield f"{path.name}:{number}", line


@pytest.mark.parametrize("rule", sorted(RULES))
def test_no_content_breaks_the_wording_rule(rule):
    found = [where for where, line in _lines() if RULES[rule].search(line)]
    assert found == []


def test_the_patterns_catch_what_they_are_for():
    assert RULES["minner deg på"].search("Det minner deg på noe")
    assert not RULES["minner deg på"].search("Det minner deg om noe")
    assert RULES["bli frisk"].search("før du blir frisk")
    assert RULES["heler/lege as healing"].search("Sinne som kan lege")
    assert RULES["lekser"].search("Lekser fra behandleren")
    assert not RULES["lekser"].search("Hjemmeoppgaver")
    assert not RULES["lekser"].search("Det er en gammel lekse")


# CONTENT-GUIDE.md, "Forms and terms" (issue 32.7): feminine nouns in a-form, and one term per
# thing, across content, interface and docs. Slugs such as «etter-rus-om-natten» are ids.
FORMS = {
    "a-form": re.compile(
        r"(?<![-\w])(natten|sengen|uken|klokken|hånden|døren|lampen|flasken|boken)(?![-\w])",
        re.IGNORECASE,
    ),
    "hjelpetelefon": re.compile(r"\b(krisetelefon\w*|hjelpelinje\w*)", re.IGNORECASE),
    "emne": re.compile(r"\btema(er|et|ene)?\b", re.IGNORECASE),
    "innsjekker": re.compile(r"\binnsjekkinger?\b", re.IGNORECASE),
    "kommunens rus- og psykisk helsetjeneste": re.compile(r"psykiatritjeneste", re.IGNORECASE),
}
# The lead engineer's sections of ui.toml (issue 26) follow the same guide on their own branch.
OTHERS_SECTIONS = re.compile(r"\s*\[(checkin|safety_offer|relapse|help_now|crisis)[.\]]")


def _without_addresses(line: str) -> str:
    return re.sub(r"https?://\S+", " ", line)


def _lines_everywhere():
    section_is_others = False
    for where, line in _lines():
        if where.startswith("ui.toml:") and line.lstrip().startswith("["):
            section_is_others = bool(OTHERS_SECTIONS.match(line))
        if not section_is_others:
            yield where, _without_addresses(line)
    docs = builtin_content_dir().parents[1] / "docs"
    if not docs.is_dir():  # an installed package has no docs
        return
    for path in sorted([*docs.glob("*.md"), *docs.glob("*.html")]):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            yield f"docs/{path.name}:{number}", _without_addresses(line)


@pytest.mark.parametrize("term", sorted(FORMS))
def test_one_form_and_one_term_everywhere(term):
    found = [
        f"{where}: {line.strip()[:80]}"
        for where, line in _lines_everywhere()
        if FORMS[term].search(line)
    ]
    assert found == []


def test_the_form_patterns_catch_the_rivals():
    assert FORMS["a-form"].search("Klokka tre om natten")
    assert not FORMS["a-form"].search("{ovelse:etter-rus-om-natten}")
    assert not FORMS["a-form"].search("om natta, i senga, denne uka")
    assert FORMS["hjelpetelefon"].search("Hjelpelinjene er de samme")
    assert not FORMS["hjelpetelefon"].search("Vold- og overgrepslinjen")
    assert FORMS["emne"].search("temaer som handler om rus")
    assert FORMS["innsjekker"].search("to innsjekkinger")


# «tryggsti» is written in lower case, so it never starts a sentence (CONTENT-GUIDE.md). A title,
# a version line, a file name or a command after a colon are not sentences.
SENTENCE_START = re.compile(r"(^|[.!?]\s+|\n\s*|^- |\n- )tryggsti\b")
NOT_SENTENCES = {"title", "version", "file_name", "saved_as"}


def _content_strings(value, key=""):
    if isinstance(value, str):
        if key not in NOT_SENTENCES:
            yield key, value
    elif isinstance(value, dict):
        for child_key, child in value.items():
            yield from _content_strings(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from _content_strings(child, key)


def test_no_sentence_starts_with_tryggsti():
    import tomllib

    found = []
    for path in sorted(builtin_content_dir().rglob("*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        if path.name == "ui.toml":
            table = {k: v for k, v in table.items() if not OTHERS_SECTIONS.match(f"[{k}]")}
        for key, text in _content_strings(table):
            found += [f"{path.name} {key}" for _ in SENTENCE_START.finditer(text)]
    assert found == []


def test_the_sentence_rule_sees_a_sentence_start():
    assert SENTENCE_START.search("Det er lagret. tryggsti låser seg.")
    assert SENTENCE_START.search("tryggsti låser seg.")
    assert not SENTENCE_START.search("Velkommen til tryggsti.")
