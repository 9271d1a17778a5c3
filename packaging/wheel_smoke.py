"""Build the wheel, install it with `uv tool install` and with `pipx install` into
throw-away folders, and smoke-test each installed program from a clean temp folder.

    uv run python packaging/wheel_smoke.py [--only uv|pipx]

pipx is run through `uv tool run` (from PyPI) when it is not installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""


def build_wheel(out: Path) -> Path:
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = out.glob("tryggsti-*.whl")
    return wheel


def install_with_uv(wheel: Path, folder: Path) -> Path:
    env = dict(os.environ, UV_TOOL_DIR=str(folder / "tools"), UV_TOOL_BIN_DIR=str(folder / "bin"))
    subprocess.run(
        ["uv", "tool", "install", "--python", sys.executable, str(wheel)],
        check=True,
        env=env,
        cwd=folder,
    )
    return folder / "bin" / f"tryggsti{EXE}"


def install_with_pipx(wheel: Path, folder: Path) -> Path:
    env = dict(os.environ, PIPX_HOME=str(folder / "pipx"), PIPX_BIN_DIR=str(folder / "bin"))
    pipx = [shutil.which("pipx")] if shutil.which("pipx") else ["uv", "tool", "run", "pipx"]
    subprocess.run(
        [*pipx, "install", "--python", sys.executable, str(wheel)],
        check=True,
        env=env,
        cwd=folder,
    )
    return folder / "bin" / f"tryggsti{EXE}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("uv", "pipx"))
    args = parser.parse_args(argv)
    installers = {"uv": install_with_uv, "pipx": install_with_pipx}
    with tempfile.TemporaryDirectory(prefix="tryggsti-wheel-") as name:
        folder = Path(name)
        wheel = build_wheel(folder / "dist")
        print(f"built {wheel.name}")
        for label, install in installers.items():
            if args.only and label != args.only:
                continue
            place = folder / label
            place.mkdir()
            program = install(wheel, place)
            print(f"== installed with {label}: {program}", flush=True)
            # From a clean folder, so nothing from the source tree can be picked up.
            subprocess.run(
                [sys.executable, str(ROOT / "packaging" / "smoke.py"), str(program)],
                check=True,
                cwd=place,
            )
    print("wheel installs passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
