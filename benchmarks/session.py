"""One app session on the 10-year vault: key press to next screen ready, and peak memory.

python benchmarks/session.py VAULT PASSPHRASE     (run.py calls this; prints one JSON line)
"""

from __future__ import annotations

import asyncio
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

KEYS = "iejotfmlrsha"  # every screen on the home menu
ROUNDS = 3


def current_rss_mb() -> float:
    """Resident memory now (Linux /proc; elsewhere the peak so far, an upper bound)."""
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        return pages * resource.getpagesize() / (1024 * 1024)
    except OSError:
        return peak_rss_mb()


def peak_rss_mb() -> float:
    """The most resident memory this program has held. On Linux from VmHWM: getrusage's
    ru_maxrss survives exec, so a child of run.py would report run.py's own peak (the
    100-year vault it built in memory) instead of the session's."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


async def _time_switch(app, pilot, home, start) -> float:
    """Seconds from `start()` (a key, or a push) until the new screen has been painted."""
    started = time.perf_counter()
    start()
    while app.screen is home or not app.screen.is_mounted:
        await asyncio.sleep(0)
    painted = asyncio.Event()
    app.screen.call_after_refresh(painted.set)
    await painted.wait()
    elapsed = time.perf_counter() - started
    await pilot.press("escape")
    await pilot.pause()
    await app.workers.wait_for_complete()
    return elapsed


def _floor_screen():
    """The floor: a Textual screen holding one Static, pushed in the same app."""
    from textual.binding import Binding
    from textual.screen import Screen
    from textual.widgets import Static

    class Floor(Screen):
        BINDINGS = [Binding("escape", "app.pop_screen")]

        def compose(self):
            yield Static("gulv")

    return Floor()


async def measure(vault: Path, passphrase: str) -> dict[str, float]:
    from tryggsti.config import Config
    from tryggsti.ui.app import TryggstiApp

    with tempfile.TemporaryDirectory() as folder:
        app = TryggstiApp(
            vault_path=vault, config=Config(), config_path=Path(folder) / "config.toml"
        )
        switches = []
        per_key: dict[str, list[float]] = {}
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.press(*passphrase, "enter")
            while app.session is None:
                await asyncio.sleep(0.01)
            await app.workers.wait_for_complete()
            await pilot.pause()
            after_unlock_rss = current_rss_mb()
            home = app.screen
            floor = []
            for _ in range(ROUNDS):
                for key in KEYS:
                    elapsed = await _time_switch(
                        app, pilot, home, lambda k=key: app.simulate_key(k)
                    )
                    switches.append(elapsed)
                    per_key.setdefault(key, []).append(elapsed)
                    await pilot.press("escape")  # a second Esc: some screens open a step in
                    await pilot.pause()
                    await app.workers.wait_for_complete()
                for _ in range(len(KEYS) // 3):
                    screen = _floor_screen()
                    floor.append(
                        await _time_switch(app, pilot, home, lambda s=screen: app.push_screen(s))
                    )
            after_session_rss = peak_rss_mb()
    if "--per-screen" in sys.argv:
        for key, times in per_key.items():
            print(key, " ".join(f"{t * 1000:.0f}" for t in times), file=sys.stderr)
    medians = {key: statistics.median(times) for key, times in per_key.items()}
    worst = max(medians, key=medians.get)
    return {
        "screen_switch_median_s": statistics.median(switches),
        "screen_switch_worst_screen_s": medians[worst],
        "screen_switch_worst_screen": worst,
        "screen_switch_max_s": max(switches),
        "screen_switch_floor_s": statistics.median(floor),
        "screen_switch_floor_ratio": statistics.median(switches) / statistics.median(floor),
        "session_peak_rss_mb": after_session_rss,
        "after_unlock_rss_mb": after_unlock_rss,
    }


def main() -> None:
    vault, passphrase = Path(sys.argv[1]), sys.argv[2]
    print(json.dumps(asyncio.run(measure(vault, passphrase))))


if __name__ == "__main__":
    main()
