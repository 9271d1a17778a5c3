"""The long versions (3–5 minutes, the same safety words as the short ones) and the night set's
safety content; the loader refuses a long version that points nowhere or runs too short."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tryggsti.content.loader import check_folder, load_library

CORPUS = Path(__file__).resolve().parents[1] / "content_corpus"
LONG = {
    "beskriv-rommet": "beskriv-rommet-lang",
    "tell-sakte": "tell-sakte-lang",
    "trygt-sted": "trygt-sted-lang",
    "langsom-gange": "langsom-gange-lang",
    "ta-og-nevn": "ta-og-nevn-lang",
}
# Words a short script's intro holds that its long version must keep (CONTENT-GUIDE.md).
SAFETY_WORDS = ("øynene åpne", "lyset på", "Stopp hvis noe gjør vondt", "svimmel")


def test_five_scripts_have_a_long_version_of_three_to_five_minutes():
    library = load_library()
    for short_id, long_id in LONG.items():
        long = library.long_version(short_id)
        assert long is not None and long.id == long_id
        assert long.kind == library.grounding[short_id].kind
        # Measured as the list and the player measure it: the sum of the steps' seconds.
        assert 180 <= long.total_seconds <= 300, (long_id, long.total_seconds)
        assert long.total_seconds > library.grounding[short_id].total_seconds


def test_a_long_version_keeps_every_safety_word_of_the_short_one():
    library = load_library()
    for short_id, long_id in LONG.items():
        short, long = library.grounding[short_id], library.grounding[long_id]
        for words in SAFETY_WORDS:
            if words in short.intro:
                assert words in long.intro, (long_id, words)


def test_the_night_scripts_orient_and_keep_safety_conditional():
    grounding = load_library().grounding
    nightmare = grounding["etter-mareritt"]
    steps = " ".join(step.text for step in nightmare.steps)
    for words in ("Slå på lyset", "føttene i gulvet", "hvor du er", "hvilket år"):
        assert words in steps, words
    assert "Hvis du er trygg akkurat nå" in steps
    restless = grounding["vaaken-og-urolig"]
    assert "lampe" in restless.intro and "Stopp hvis noe gjør vondt" in restless.intro


def test_after_using_at_night_says_113_not_alone_and_no_shame_first():
    script = load_library().grounding["etter-rus-om-natten"]
    intro = script.intro
    for words in (
        "puster sakte",
        "ikke lar seg vekke",
        "ring 113",
        "Ikke vær alene",
        "ligg på siden",
    ):
        assert words in intro, words
    assert "ingenting å skamme seg over" in intro
    assert intro.index("ring 113") < intro.index("Hold lyset på")  # safety before grounding
    steps = " ".join(step.text for step in script.steps)
    assert "alkohol" in steps and "113" in steps
    assert "113" in script.closing


def test_the_night_set_is_marked_and_nothing_else_is():
    library = load_library()
    marked = {s.id for s in library.grounding.values() if s.set}
    assert marked == {"etter-mareritt", "vaaken-og-urolig", "etter-rus-om-natten"}


def _folder_with(tmp_path, name: str, text: str) -> Path:
    folder = tmp_path / "mappe"
    shutil.copytree(CORPUS / "valid", folder)
    (folder / "grounding" / name).write_text(text, encoding="utf-8")
    return folder


def _script(script_id: str, *, of: str, seconds: int, kind: str = "mental", extra: str = ""):
    steps = "\n".join(
        f'    {{ text = "Se deg rundt, steg {n}.", seconds = {seconds} }},' for n in range(1, 9)
    )
    return (
        f'id = "{script_id}"\ntitle = "Prøve"\nkind = "{kind}"\nlong_version_of = "{of}"\n'
        f'{extra}summary = "Kort."\nintro = "Hold øynene åpne."\n'
        'closing = "Hvor sterk er uroen nå, fra 0 til 10?"\n'
        f"steps = [\n{steps}\n]\n"
    )


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        (_script("lang-a", of="beskriv-rommett", seconds=25), "long_version_of", "beskriv-rommet"),
        (_script("lang-b", of="beskriv-rommet-lang", seconds=25), "long_version_of", "kort"),
        (_script("lang-c", of="kaldt-vann", seconds=25), "kind", "fysisk"),
        (_script("lang-d", of="beskriv-rommet", seconds=25), "long_version_of", "allerede"),
        (_script("lang-e", of="her-og-naa", seconds=15), "steps", "fant 120"),
        (_script("lang-f", of="her-og-naa", seconds=40), "steps", "fant 320"),
        (_script("lang-g", of="her-og-naa", seconds=25, extra='set = "dag"\n'), "set", "natt"),
    ],
    ids=["unknown", "long-of-long", "other-kind", "second-long", "too-short", "too-long", "set"],
)
def test_the_loader_explains_a_long_version_that_does_not_fit(tmp_path, text, field, words):
    problems = check_folder(_folder_with(tmp_path, text.split('"')[1] + ".toml", text))
    matching = [p for p in problems if p.field == field]
    assert matching, [p.describe() for p in problems]
    assert words in matching[0].expected
    assert matching[0].file.endswith(".toml") and matching[0].line is not None


def test_a_fitting_long_version_in_a_therapists_folder_loads(tmp_path):
    folder = _folder_with(tmp_path, "lang-ok.toml", _script("lang-ok", of="her-og-naa", seconds=25))
    assert check_folder(folder) == []
    assert load_library([folder]).long_version("her-og-naa").id == "lang-ok"
