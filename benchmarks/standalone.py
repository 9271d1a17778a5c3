"""Start-up of the built standalone program next to `uv run tryggsti`, and its size.

    uv run --group build python packaging/build.py   # first, once
    uv run python benchmarks/standalone.py [PROGRAM] [--runs N]

Each run starts the real program in a pseudo-terminal (as a person would) and stops the
clock when the unlock screen's button is drawn; the median of N runs is reported. Ends
with one JSON line. Not a test: it only reports.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

from smoke import PASSPHRASE, run, test_environment, unlock_screen_shows  # noqa: E402


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def median_start(program: list[str], vault: Path, env: dict[str, str], runs: int) -> float:
    unlock_screen_shows(program, vault, env)  # warm the file cache
    times = []
    for _ in range(runs):
        with contextlib.redirect_stdout(io.StringIO()):
            times.append(unlock_screen_shows(program, vault, env))
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "program", nargs="?", default=str(ROOT / "dist" / "standalone" / "tryggsti" / "tryggsti")
    )
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    built = Path(args.program)
    if not built.is_file():
        print(f"{built} finnes ikke: kjør først uv run --group build python packaging/build.py")
        return 1
    with tempfile.TemporaryDirectory(prefix="tryggsti-bench-") as name:
        folder = Path(name)
        env = test_environment(folder / "home")
        vault = folder / "tryggsti.vault"
        run([str(built)], "--vault", str(vault), "init", "--passphrase-stdin",
            env=env, stdin=PASSPHRASE + "\n")  # fmt: skip
        figures = {
            "standalone_start_s": median_start([str(built)], vault, env, args.runs),
            "uv_run_start_s": median_start(
                ["uv", "run", "--project", str(ROOT), "tryggsti"], vault, env, args.runs
            ),
            "standalone_mb": folder_bytes(built.parent) / 1e6,
        }
    for key, value in figures.items():
        print(f"{key}: {value:.3f}")
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
