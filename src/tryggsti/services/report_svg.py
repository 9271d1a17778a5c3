"""Small inline SVG charts for the HTML report: no scripts, no links, print-friendly."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

WIDTH, HEIGHT = 680, 190
LEFT, RIGHT, TOP, BOTTOM = 34, 10, 12, 34
COLOURS = {"mood": "#2a7d5f", "distress": "#b5542b", "craving": "#5a5fb0"}
DASHES = {"mood": "", "distress": "6 3", "craving": "2 3"}  # tells lines apart in grey print


def _x(index: int, count: int) -> float:
    inner = WIDTH - LEFT - RIGHT
    return LEFT + (inner * index / (count - 1) if count > 1 else inner / 2)


def _y(value: float, low: float, high: float) -> float:
    inner = HEIGHT - TOP - BOTTOM
    return TOP + inner * (1 - (value - low) / (high - low))


def _text(x: float, y: float, text: str, anchor: str = "end") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" class="tick {anchor}">{escape(text)}</text>'


def _frame(low: float, high: float, label: str) -> list[str]:
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="img" aria-label="{escape(label)}">'
    ]
    for tick in (low, (low + high) / 2, high):
        y = _y(tick, low, high)
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" class="grid"/>'
        )
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" class="tick">{tick:g}</text>')
    return parts


def line_chart(
    series: Mapping[str, Sequence[float | None]],
    names: dict[str, str],
    marks: Sequence[bool],
    first_label: str,
    last_label: str,
    label: str,
) -> str:
    """Daily 0–10 lines (gaps where nothing was logged) with marked days along the bottom."""
    count = max((len(values) for values in series.values()), default=0)
    parts = _frame(0, 10, label)
    for measure, values in series.items():
        segment: list[str] = []
        for index, value in enumerate([*values, None]):
            if value is None:
                if segment:
                    points = " ".join(segment)
                    parts.append(
                        f'<polyline points="{points}" fill="none" stroke="{COLOURS[measure]}" '
                        f'stroke-width="2" stroke-dasharray="{DASHES[measure]}"/>'
                    )
                    if len(segment) == 1:
                        x, y = segment[0].split(",")
                        parts.append(
                            f'<circle cx="{x}" cy="{y}" r="2.5" fill="{COLOURS[measure]}"/>'
                        )
                segment = []
            else:
                segment.append(f"{_x(index, count):.1f},{_y(value, 0, 10):.1f}")
    base = HEIGHT - BOTTOM + 10
    for index, marked in enumerate(marks):
        if marked:
            parts.append(
                f'<rect x="{_x(index, count) - 2:.1f}" y="{base}" width="4" height="6" '
                'class="mark"/>'
            )
    parts.append(
        f'<text x="{LEFT}" y="{HEIGHT - 4}" class="tick start">{escape(first_label)}</text>'
    )
    parts.append(
        f'<text x="{WIDTH - RIGHT}" y="{HEIGHT - 4}" class="tick end">{escape(last_label)}</text>'
    )
    legend_x = LEFT + 140
    for measure in series:
        parts.append(
            f'<line x1="{legend_x}" y1="{HEIGHT - 8}" x2="{legend_x + 18}" y2="{HEIGHT - 8}" '
            f'stroke="{COLOURS[measure]}" stroke-width="2" stroke-dasharray="{DASHES[measure]}"/>'
        )
        parts.append(_text(legend_x + 22, HEIGHT - 4, names[measure], "start"))
        legend_x += 110
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(values: Sequence[int], labels: Sequence[str], low: int, high: int, label: str) -> str:
    """One bar per result (for questionnaire totals), scaled from `low` to `high`."""
    parts = _frame(low, high, label)
    count = len(values)
    inner = WIDTH - LEFT - RIGHT
    slot = inner / max(count, 1)
    bar = min(48.0, slot * 0.6)
    for index, (value, text) in enumerate(zip(values, labels, strict=True)):
        x = LEFT + slot * index + (slot - bar) / 2
        y = _y(value, low, high)
        height = HEIGHT - BOTTOM - y
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}" class="bar"/>'
        )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" class="tick middle">{value}</text>'
        )
        parts.append(_text(x + bar / 2, HEIGHT - BOTTOM + 16, text, "middle"))
    parts.append("</svg>")
    return "".join(parts)
