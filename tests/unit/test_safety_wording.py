"""Safety-critical wording: ratings that match, movement that stops at pain, no false «trygg»."""

from __future__ import annotations

import re

from tryggsti.content.loader import load_library
from tryggsti.paths import builtin_content_dir
from tryggsti.strings import t

MOVEMENT = (
    "strekk-deg",
    "langsom-gange",
    "langsom-gange-lang",
    "grip-stolen",
    "hael-mot-gulvet",
    "vaaken-og-urolig",  # presses the feet down
)


def test_every_closing_asks_about_the_same_thing_as_the_question_before():
    assert "uroen" in t("grounding.ask_before")
    for script in load_library().grounding.values():
        assert "Hvor sterk er uroen nå, fra 0 til 10?" in script.closing, script.id
        assert "det vonde nå" not in script.closing


def test_every_exercise_with_body_movement_says_to_stop_if_it_hurts():
    grounding = load_library().grounding
    for script_id in MOVEMENT:
        assert "Stopp hvis noe gjør vondt" in grounding[script_id].intro, script_id
    assert "svimmel" in grounding["strekk-deg"].intro


def test_no_content_states_safety_as_a_fact():
    folder = builtin_content_dir()
    texts = [p.read_text("utf-8") for p in folder.rglob("*.toml")]
    joined = "\n".join(texts)
    assert "Det er her du er trygg" not in joined
    for match in re.finditer(r"[^.«]*skjer ikke nå", joined):
        assert "Hvis du er trygg" in joined[max(0, match.start() - 80) : match.end()]
    assert not re.search(r"\bdu er trygg (nå|her)\b", joined, re.IGNORECASE)


def test_the_danger_line_is_a_ui_string_with_112():
    assert t("grounding.danger") == "Er du i fare nå, ring 112."


def test_no_topic_claims_hele_doegnet_for_a_line_that_closes():
    library = load_library()
    closing_names = [
        line.name for line in library.resources.lines if line.hours and not _always(line)
    ]
    for topic in library.topics.values():
        for section in topic.sections:
            for sentence in re.split(r"(?<=[.!?])\s", section.body):
                if "hele døgnet" in sentence:
                    assert not any(name in sentence for name in closing_names), sentence


def _always(line) -> bool:
    from tryggsti.domain.help_lines import always_open

    return always_open(line.hours)


def test_topic_05_and_02_name_overdose_and_suicide_plainly():
    topics = load_library().topics
    overdose = " ".join(s.body for s in topics["naar-rusen-styrer"].sections)
    for words in ("tåler kroppen mye mindre", "alene", "benzodiazepiner", "113", "Nalokson"):
        assert words in overdose, words
    safety = " ".join(s.body for s in topics["trygghet"].sections)
    assert "ta livet ditt" in safety and "selvmordstanker" in safety
    assert "gjør dem ikke sterkere" in safety and "ikke et løfte" in safety
    assert "ta livet ditt" in t("plan.lead")
