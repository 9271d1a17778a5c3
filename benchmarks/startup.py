"""Start-up time of tryggsti's unlock screen against a bare Textual app, as a ratio.

Each run is a fresh process (headless), timed from spawn until the first screen has
been composed and refreshed; the median of several runs is compared.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_APP = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")

    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run(headless=True)
"""

TRYGGSTI_APP = """
import sys
from pathlib import Path
from tryggsti.ui.app import TryggstiApp
from tryggsti.ui.screens.unlock_screen import UnlockScreen


class Timed(TryggstiApp):
    # No super().on_mount(): Textual runs every class's on_mount in the MRO by itself,
    # and calling it again here built a second unlock screen (and timed both).
    def on_mount(self):
        self.call_after_refresh(self.when_shown)

    def when_shown(self):
        # Stop only when the unlock screen is painted with every help line in it.
        screen = self.screen
        lines = screen.query("CrisisLines") if isinstance(screen, UnlockScreen) else []
        if lines and lines.first()._resources is not None:
            screen.call_after_refresh(self.exit)
        else:
            self.set_timer(0.001, self.when_shown)


Timed(vault_path=Path(sys.argv[1])).run(headless=True)
"""


def _time_process(code: str, *args: str) -> float:
    # Bytecode is cached as on a person's machine (the first, warming run writes it).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - started


def startup_figures(runs: int = 7, vault: Path | None = None) -> dict[str, float]:
    """Median seconds to the first screen for both apps, and their ratio."""
    with tempfile.TemporaryDirectory() as folder:
        # An existing vault file makes tryggsti show the unlock screen, as for a real user.
        target = vault or Path(folder) / "tryggsti.vault"
        if vault is None:
            target.write_bytes(b"")
        _time_process(BARE_APP)  # warm the OS file cache for both
        _time_process(TRYGGSTI_APP, str(target))
        bare = statistics.median(_time_process(BARE_APP) for _ in range(runs))
        ours = statistics.median(_time_process(TRYGGSTI_APP, str(target)) for _ in range(runs))
    return {"startup_bare_s": bare, "startup_s": ours, "startup_ratio": ours / bare}


if __name__ == "__main__":
    for name, value in startup_figures().items():
        print(f"{name}: {value:.3f}")
