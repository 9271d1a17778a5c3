"""Om tryggsti: what the app is and is not, from content/nb/about.toml."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Markdown

from tryggsti.ui.screens.base import TryggstiScreen


class AboutScreen(TryggstiScreen):
    TITLE_KEY = "about.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume

    def compose_body(self) -> ComposeResult:
        about = self.app.library.about
        text = "\n\n".join(f"## {s.heading}\n\n{s.body}" for s in about.sections)
        with VerticalScroll(id="about"):
            yield Markdown(f"# {about.title}\n\n{text}", open_links=False)
