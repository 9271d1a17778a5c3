"""Flytt til en ny maskin: where the vault file is, what to copy and how to check the copy."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tryggsti.services.move import facts_lines
from tryggsti.ui.plain import plain
from tryggsti.ui.screens.base import TryggstiScreen


class MoveScreen(TryggstiScreen):
    TITLE_KEY = "move.title"

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="move"):
            # Paths are file text: shown literally, never as markup.
            yield Static(plain("\n".join(facts_lines(self.app.vault_path))), id="move-text")
