"""Which class of substance a check-in's «hva» names, so a pause is counted per substance.

Heroin, metadon and oksykodon are all opioids: a person on daily heroin who takes
metadon has no pause, while a daily drinker who injects heroin after two weeks without
it does. The table of classes is content (content/nb/substances.toml), not code.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# A name this short matches only a whole word («øl», not «ølsnekker»).
SHORTEST_PREFIX = 4


def words(text: str) -> tuple[str, ...]:
    """«2 Øl, og litt Subutex!» -> ('2', 'øl', 'og', 'litt', 'subutex')."""
    folded = unicodedata.normalize("NFC", text).casefold()
    return tuple("".join(c if c.isalnum() else " " for c in folded).split())


@dataclass(frozen=True)
class SubstanceClass:
    id: str
    names: tuple[str, ...]
    # Stopping suddenly after heavy use can bring seizures or delirium.
    dangerous_to_stop: bool = False

    def named_in(self, found: tuple[str, ...]) -> bool:
        for name in self.names:
            for word in found:
                if word == name or (len(name) >= SHORTEST_PREFIX and word.startswith(name)):
                    return True
        return False


@dataclass(frozen=True)
class SubstanceTable:
    classes: tuple[SubstanceClass, ...] = ()

    def classes_in(self, what: str) -> frozenset[str]:
        found = words(what)
        return frozenset(c.id for c in self.classes if c.named_in(found))

    def same_substance(self, what: str, other: str) -> bool:
        """An empty «hva» compares with any use; known names compare by class; unknown
        words compare as written."""
        if not words(what) or not words(other):
            return True
        mine, theirs = self.classes_in(what), self.classes_in(other)
        if mine or theirs:
            return bool(mine & theirs)
        return words(what) == words(other)

    def dangerous_to_stop(self, what: str) -> bool:
        """Alcohol, benzodiazepines, GHB, or nothing named (the danger cannot be ruled out)."""
        if not words(what):
            return True
        named = self.classes_in(what)
        return any(c.dangerous_to_stop for c in self.classes if c.id in named)
