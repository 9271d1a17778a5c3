"""Tables that fit the terminal: the short columns (status, dates) are always whole, and
the one free-text column gives way, marked with «…» so nothing is cut without a sign."""

from __future__ import annotations

from collections.abc import Sequence

CELL_PADDING = 2  # DataTable puts one space each side of a cell
FRAME = 4  # the scrollbar and the screen's own margin


def room_for(total_width: int, other_widths: Sequence[int], *, minimum: int = 12) -> int:
    """The width left for the free-text column beside columns of these widths."""
    used = sum(other_widths) + CELL_PADDING * (len(other_widths) + 1) + FRAME
    return max(minimum, total_width - used)


def shortened(text: str, width: int) -> str:
    """`text` in at most `width` characters, «…» at the end when something was left out."""
    return text if len(text) <= width else text[: max(1, width - 1)].rstrip() + "…"
