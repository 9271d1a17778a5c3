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


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


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
            home = app.screen
            for _ in range(ROUNDS):
                for key in KEYS:
                    started = time.perf_counter()
                    app.simulate_key(key)
                    while app.screen is home or not app.screen.is_mounted:
                        await asyncio.sleep(0)
                    painted = asyncio.Event()
                    app.screen.call_after_refresh(painted.set)
                    await painted.wait()
                    switches.append(time.perf_counter() - started)
                    await pilot.press("escape")
                    await pilot.pause()
                    await app.workers.wait_for_complete()
                    per_key.setdefault(key, []).append(switches[-1])
                    await pilot.press("escape")
                    await pilot.pause()
                    await app.workers.wait_for_complete()
    if "--per-screen" in sys.argv:
        for key, times in per_key.items():
            print(key, " ".join(f"{t * 1000:.0f}" for t in times), file=sys.stderr)
    return {
        "screen_switch_median_s": statistics.median(switches),
        "screen_switch_max_s": max(switches),
        "session_peak_rss_mb": peak_rss_mb(),
    }


def main() -> None:
    vault, passphrase = Path(sys.argv[1]), sys.argv[2]
    print(json.dumps(asyncio.run(measure(vault, passphrase))))


if __name__ == "__main__":
    main()
