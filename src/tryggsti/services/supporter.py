"""The optional answer to «who supports you now», and the words that follow it."""

from __future__ import annotations

from tryggsti.domain.records import VaultData
from tryggsti.domain.supporter import SUPPORTERS, wording_key

# The wordings that follow the answer (tables under [supporter] in ui.toml).
TABLES = ("talk_to", "professionals_help", "homework_empty")


def supporter_key(data: VaultData | None, table: str) -> str:
    """The ui.toml key of `table`'s wording for this person (neutral without a vault)."""
    if table not in TABLES:
        raise KeyError(table)
    supporter = data.profile.supporter if data is not None else None
    return f"supporter.{table}.{wording_key(supporter)}"


def set_supporter(data: VaultData, supporter: str | None) -> bool:
    """Store the answer (None: not answered); True if it changed."""
    if supporter is not None and supporter not in SUPPORTERS:
        raise ValueError(supporter)
    if data.profile.supporter == supporter:
        return False
    data.profile.supporter = supporter
    return True
