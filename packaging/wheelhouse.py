"""An offline wheelhouse for a clinic's locked-down machine (no internet there).

    uv run python packaging/wheelhouse.py --out wheelhouse [--python 3.12]
        [--platform win_amd64|macosx_11_0_arm64|manylinux2014_x86_64] [--dry-run]

On a machine WITH internet: builds tryggsti's wheel, exports the locked versions from
uv.lock (no dev or build tools), and downloads binary wheels of exactly those versions
for the target platform and Python. Copy the folder (a USB stick); on the clinic
machine, with Python installed, run the command written to INSTALL.txt:

    python -m pip install --no-index --find-links wheelhouse tryggsti

With --dry-run nothing is downloaded or built: the plan is printed and the
requirements and INSTALL.txt are written, so the plan can be checked (and tested).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INSTALL_COMMAND = "python -m pip install --no-index --find-links {folder} tryggsti"


def locked_requirements() -> str:
    """The runtime dependencies at the versions uv.lock pins (markers kept)."""
    return subprocess.run(
        ["uv", "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project",
         "--format", "requirements-txt"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip


def plan(out: Path, python: str, platform: str | None) -> list[list[str]]:
    """The commands that fill `out`: build our wheel, then download the locked wheels."""
    download = [
        "uv", "run", "--no-project", "--with", "pip", "python", "-m", "pip", "download",
        "--only-binary=:all:", "--dest", str(out), "-r", str(out / "requirements.txt"),
        "--python-version", python,
    ]  # fmt: skip
    if platform:
        download += ["--platform", platform]
    return [["uv", "build", "--wheel", "--out-dir", str(out), str(ROOT)], download]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "wheelhouse")
    parser.add_argument("--python", default=f"{sys.version_info[0]}.{sys.version_info[1]}")
    parser.add_argument("--platform", help="a pip platform tag; default: this machine's")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    (out / "requirements.txt").write_text(locked_requirements(), encoding="utf-8")
    (out / "INSTALL.txt").write_text(
        "Installer tryggsti uten nett (Python 3.11 eller nyere må finnes på maskinen):\n\n"
        f"    {INSTALL_COMMAND.format(folder='.')}\n\n"
        f"Kjør kommandoen i denne mappen. Laget for Python {args.python}"
        f"{', ' + args.platform if args.platform else ''}.\n",
        encoding="utf-8",
    )
    for command in plan(out, args.python, args.platform):
        print(" ".join(command), flush=True)
        if not args.dry_run:
            subprocess.run(command, check=True)
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
