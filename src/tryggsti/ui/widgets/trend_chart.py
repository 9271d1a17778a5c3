"""A small bar chart of a 0–10 measure over days, with substance-use days marked below."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widget import Widget

from tryggsti.domain.trends import any_buckets, buckets

BLOCKS = " ▁▂▃▄▅▆▇█"
SCALE_MAX = 10


class TrendChart(Widget):
    """Give it daily values (None = nothing logged) and optional marks; it fits its width."""

    COMPONENT_CLASSES = {"trend-chart--bar", "trend-chart--mark", "trend-chart--axis"}
    DEFAULT_CSS = """
    TrendChart { height: auto; }
    TrendChart > .trend-chart--bar { color: $primary; }
    TrendChart > .trend-chart--mark { color: $warning; }
    TrendChart > .trend-chart--axis { color: $text-muted; }
    """

    def __init__(
        self,
        values: Sequence[float | None] = (),
        marks: Sequence[bool] = (),
        *,
        label: str = "",
        rows: int = 4,
        mark_symbol: str = "•",
        **kwargs,
    ) -> None:
        super().__init__(**kwargs)
        self.values = list(values)
        self.marks = list(marks)
        self.label = label
        self.rows = rows
        self.mark_symbol = mark_symbol

    def set_data(self, values, marks=()) -> None:
        self.values = list(values)
        self.marks = list(marks)
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:
        return self.rows + (1 if self.label else 0) + (1 if self.marks else 0)

    def render(self) -> Text:
        width = max(1, self.size.width - 3)
        values = buckets(self.values, width)
        marks = any_buckets(self.marks, width) if self.marks else []
        bar = self.get_component_rich_style("trend-chart--bar")
        axis_style = self.get_component_rich_style("trend-chart--axis")
        mark_style = self.get_component_rich_style("trend-chart--mark")
        text = Text()
        if self.label:
            text.append(self.label + "\n", style="bold")
        for row in range(self.rows, 0, -1):
            axis = {self.rows: f"{SCALE_MAX:>2} ", 1: " 0 "}.get(row, "   ")
            text.append(axis, style=axis_style)
            for value in values:
                text.append(self._cell(value, row), style=bar if value is not None else axis_style)
            text.append("\n")
        if marks:
            text.append("   ")
            text.append("".join(self.mark_symbol if m else " " for m in marks), style=mark_style)
        return text

    def _cell(self, value: float | None, row: int) -> str:
        if value is None:
            return "·" if row == 1 else " "
        height = value / SCALE_MAX * self.rows
        filled = height - (row - 1)
        if filled >= 1:
            return BLOCKS[-1]
        if filled <= 0:
            return " " if value > 0 or row > 1 else "▁"
        return BLOCKS[round(filled * (len(BLOCKS) - 1))]
