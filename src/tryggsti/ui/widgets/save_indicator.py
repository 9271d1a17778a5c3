"""A small word in the title bar that says whether the latest change is saved."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from tryggsti.strings import t

STATES = ("idle", "saving", "saved", "failed")


class SaveIndicator(Static):
    """Follows the app's `save_state`; screens never set it themselves."""

    state: reactive[str] = reactive("idle")

    def on_mount(self) -> None:
        self.watch(self.app, "save_state", self._follow, init=True)

    def _follow(self, state: str) -> None:
        self.state = state

    def watch_state(self, state: str) -> None:
        self.update("" if state == "idle" else t(f"save.{state}"))
        for name in STATES:
            self.set_class(name == state, f"-{name}")
