"""A message line that is always seen: updated, then scrolled into view at once, so an
answer to what the person just did never hides below the fold at 80x24."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


def say_in_view(line: Static, text: str | Content) -> None:
    from tryggsti.ui.plain import plain  # noqa: PLC0415 (docs/speed.md: keeps tryggsti.ui.plain off the first frame)

    # A message may carry a path or other text from outside: never markup.
    line.update(plain(text) if isinstance(text, str) else text)
    if text:
        # Twice after a refresh: the first lays out the line at its new height, the
        # second the scrolling container around it (a message that wraps to four lines
        # was scrolled to where its first line would show, the rest below the fold).
        line.call_after_refresh(line.call_after_refresh, line.scroll_visible, animate=False)
