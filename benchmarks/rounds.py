"""Ratios measured in rounds: on this 2-core machine the pace moves from one second to
the next, so each round measures both sides one right after the other, and the figure is
the median of the rounds' ratios, shown with their quartiles (the spread)."""

from __future__ import annotations

import statistics
from collections.abc import Callable


def ratio_of_rounds(key: str, ratios: list[float]) -> dict[str, float]:
    """`key`: the median of the rounds' ratios; `key`_low and `key`_high: their quartiles."""
    low, _, high = statistics.quantiles(ratios, n=4)
    return {key: statistics.median(ratios), f"{key}_low": low, f"{key}_high": high}


def quartile_lines(key: str, shown: Callable[[float], str]) -> dict:
    """The report's lines for the quartiles `ratio_of_rounds` gives beside `key`."""
    return {
        f"{key}_low": ("  rundenes nedre kvartil", shown, None),
        f"{key}_high": ("  rundenes øvre kvartil", shown, None),
    }
