"""What each kind of content file must hold: field names, types, counts and lengths."""

from __future__ import annotations

from typing import NamedTuple

from tryggsti.domain.kinds import AREAS, GROUNDING_KINDS, GROUNDING_SETS

SLUG = r"[a-z0-9]+(-[a-z0-9]+)*"


class Field(NamedTuple):
    name: str
    kind: str  # text | slug | int | bool | date | texts | slugs | tables | table
    # | source (a public https address, or CONTENT-GUIDE.md) | address (plain, such as
    # "116111.no") | days ("man-fre") | clock ("16:15")
    required: bool = True
    max_chars: int | None = None
    # for texts, slugs and tables (the name hides tuple.count, which nothing here calls)
    count: tuple[int, int] | None = None  # type: ignore[assignment]
    choices: tuple[str, ...] | None = None
    bounds: tuple[int, int] | None = None  # for int
    children: tuple[Field, ...] = ()  # for tables
    markdown: bool = False


def text(name: str, max_chars: int = 300, **options) -> Field:
    return Field(name, "text", max_chars=max_chars, **options)


SECTION_FIELDS = (text("heading", 80), text("body", 6000, markdown=True))

TOPIC = (
    Field("id", "slug"),
    Field("number", "int", bounds=(1, 9999)),
    text("title", 80),
    Field("area", "text", choices=AREAS),
    text("summary", 300),
    # Seeking Safety names one ideal per topic; optional for a clinician's own topics.
    text("ideal", 80, required=False),
    Field("key_points", "texts", count=(3, 7), max_chars=200),
    Field("commitments", "texts", count=(3, 5), max_chars=200),
    Field("grounding", "slugs", count=(1, 4)),
    Field("sections", "tables", count=(3, 6), children=SECTION_FIELDS),
    Field(
        "questions",
        "tables",
        count=(3, 6),
        children=(Field("id", "slug"), text("text", 300)),
    ),
)

GROUNDING = (
    Field("id", "slug"),
    text("title", 60),
    Field("kind", "text", choices=GROUNDING_KINDS),
    text("summary", 200),
    text("intro", 800, markdown=True),
    text("closing", 400),
    Field(
        "steps",
        "tables",
        count=(4, 16),
        children=(text("text", 300), Field("seconds", "int", bounds=(5, 120))),
    ),
    Field("long_version_of", "slug", required=False),
    Field("set", "text", required=False, choices=GROUNDING_SETS),
)

# A long version guides for 3 to 5 minutes (the sum of its steps' seconds, as the player paces).
LONG_SECONDS = (180, 300)

QUESTIONNAIRE = (
    Field("id", "slug"),
    text("version", 20),
    text("name", 100),
    text("short_name", 20),
    Field("scale_min", "int", bounds=(0, 10)),
    Field("scale_max", "int", bounds=(1, 10)),
    text("instructions", 1000),
    text("explanation", 5000, markdown=True),
    text("copyright", 1000),
    Field("sources", "texts", count=(1, 20), max_chars=400),
    Field(
        "subscales",
        "tables",
        count=(1, 10),
        children=(
            Field("id", "slug"),
            text("name", 60),
            text("description", 600),
            Field("min", "int", bounds=(0, 1000)),
            Field("max", "int", bounds=(0, 1000)),
        ),
    ),
    Field(
        "items",
        "tables",
        count=(1, 100),
        children=(
            Field("number", "int", bounds=(1, 100)),
            text("text", 400),
            text("anchor_min", 80),
            text("anchor_max", 80),
            Field("subscale", "slug"),
            Field("reverse", "bool"),
        ),
    ),
)

OPENING_HOURS = Field(
    "hours",
    "tables",
    required=False,
    count=(1, 14),
    children=(Field("days", "days"), Field("from", "clock"), Field("to", "clock")),
)

CHAT = Field(
    "chat",
    "table",
    required=False,
    children=(
        Field("address", "address"),
        OPENING_HOURS,
        Field("source", "source"),
        Field("checked", "date"),
    ),
)

RESOURCES = (
    Field("last_checked", "date"),
    Field(
        "lines",
        "tables",
        count=(1, 40),
        children=(
            Field("id", "slug"),
            text("name", 80),
            text("number", 30, required=False),
            text("when", 400),
            Field("crisis", "bool"),
            Field("emergency", "bool", required=False),
            OPENING_HOURS,
            text("audience", 120, required=False),
            text("holidays", 200, required=False),
            Field("web", "address", required=False),
            CHAT,
            Field("source", "source"),
            Field("checked", "date"),
        ),
    ),
)

ABOUT = (text("title", 60), Field("sections", "tables", count=(1, 8), children=SECTION_FIELDS))
# «For familie og venner» (paarorende.toml): a short page, 250–450 words in its sections.
RELATIVES = (text("title", 60), Field("sections", "tables", count=(1, 8), children=SECTION_FIELDS))
RELATIVES_WORDS = (250, 450)

TOPIC_WORDS = (400, 900)

# Classes of substances (substances.toml): a pause in use is counted per class.
SUBSTANCES = (
    Field(
        "classes",
        "tables",
        count=(1, 30),
        children=(
            Field("id", "slug"),
            Field("names", "texts", count=(1, 60), max_chars=40),
            Field("dangerous_to_stop", "bool", required=False),
        ),
    ),
)
