"""The fixed words content files choose from: topic areas, grounding kinds and sets."""

AREAS = ("kognitiv", "atferd", "relasjon", "kombinasjon")
GROUNDING_KINDS = ("mental", "fysisk", "beroligende")
GROUNDING_SETS = ("natt",)  # a set is shown together where it fits (the night set at night)
