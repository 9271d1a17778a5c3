"""For familie og venner: what the people around someone can do, from content/nb/paarorende.toml."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from tryggsti.ui.screens.base import TryggstiScreen


class RelativesScreen(TryggstiScreen):
    TITLE_KEY = "relatives.title"

    def compose_body(self) -> ComposeResult:
        page = self.app.library.relatives
        text = "\n\n".join(f"## {s.heading}\n\n{s.body}" for s in page.sections)
        with VerticalScroll(id="relatives"):
            yield Markdown(f"# {page.title}\n\n{text}", open_links=False)
