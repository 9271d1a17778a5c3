"""The public crisis lines, shown without unlocking (read from resources.toml)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tryggsti.strings import t


class CrisisLines(VerticalScroll):
    """Crisis lines first, then the other help lines when `everything` is set."""

    DEFAULT_CLASSES = "crisis-lines"

    def __init__(self, *, everything: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self.everything = everything

    def compose(self) -> ComposeResult:
        yield Static(t("crisis.heading"), classes="crisis-heading")
        yield Static(t("crisis.emergency_line"), id="crisis-body")

    def on_mount(self) -> None:
        self.run_worker(self._load, thread=True)

    def _load(self) -> None:
        resources = self.app.resources
        self.app.call_from_thread(self._show, resources)

    def _show(self, resources) -> None:
        from rich.markup import escape

        from tryggsti.dates import short_date

        rows = []
        for line in resources.lines:
            if not (self.everything or line.crisis):
                continue
            hours = f"[dim]({escape(line.hours)})[/dim]"
            row = f"[b]{escape(line.number)}[/b]  {escape(line.name)} {hours}"
            if self.everything:
                row += f"\n   [dim]{escape(line.when)}[/dim]"
            rows.append(row)
        checked = t("crisis.last_checked", date=short_date(resources.last_checked))
        text = "\n".join(rows) + f"\n\n[dim]{checked}[/dim]"
        self.query_one("#crisis-body", Static).update(text)
