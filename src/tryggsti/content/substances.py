"""The classes of substances (substances.toml), read and checked: a pause in use is
counted per class (domain.substances)."""

from __future__ import annotations

from tryggsti.content.problems import ContentError, Problem
from tryggsti.content.schema import SUBSTANCES
from tryggsti.content.single_file import load_single
from tryggsti.domain.substances import SubstanceClass, SubstanceTable
from tryggsti.paths import builtin_content_dir


def substance_table(raw: dict) -> SubstanceTable:
    return SubstanceTable(
        tuple(
            SubstanceClass(
                id=item["id"],
                names=tuple(name.casefold() for name in item["names"]),
                dangerous_to_stop=item.get("dangerous_to_stop", False),
            )
            for item in raw["classes"]
        )
    )


def load_substances() -> SubstanceTable:
    """The classes of substances a check-in's «hva» is compared by (substances.toml)."""
    problems: list[Problem] = []
    raw = load_single(builtin_content_dir() / "substances.toml", SUBSTANCES, problems)
    if raw is None:
        raise ContentError(problems)
    return substance_table(raw)
