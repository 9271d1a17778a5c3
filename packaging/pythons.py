"""Run the fast tests on every supported Python installed on this machine.

    uv run python packaging/pythons.py [--skip-current]

Looks for 3.11-3.14 with uv (never downloading an interpreter) and in pyenv's folder,
runs the unit tests on each in its own environment (.venv-pyX.Y), and says which
versions it skipped because they are not installed. Exits non-zero if any run fails.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = ("3.11", "3.12", "3.13", "3.14")
FAST_TESTS = ["tests/unit", "-q", "-x", "-p", "no:cacheprovider"]


def find_python(version: str) -> str | None:
    """An installed interpreter for `version`, or None. Never downloads one."""
    found = subprocess.run(
        ["uv", "python", "find", "--no-python-downloads", "--no-project", version],
        capture_output=True,
        text=True,
    )
    path = found.stdout.strip()
    if found.returncode == 0 and path and _is_version(path, version):
        return path
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for candidate in sorted(pyenv.glob(f"{version}.*/bin/python{version}"), reverse=True):
        if _is_version(str(candidate), version):
            return str(candidate)
    return None


def _is_version(python: str, version: str) -> bool:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return out.returncode == 0 and out.stdout.strip() == version


def run_tests(python: str, version: str) -> int:
    env = dict(os.environ, UV_PROJECT_ENVIRONMENT=str(ROOT / f".venv-py{version}"))
    env.pop("VIRTUAL_ENV", None)
    command = ["uv", "run", "--no-python-downloads", "--python", python, "pytest", *FAST_TESTS]
    print(f"== Python {version}: {python}", flush=True)
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-current", action="store_true", help="skip the version the main suite runs on"
    )
    parser.add_argument("--versions", nargs="*", default=list(VERSIONS))
    args = parser.parse_args(argv)
    current = f"{sys.version_info[0]}.{sys.version_info[1]}"
    failed, ran, skipped = [], [], []
    for version in args.versions:
        if args.skip_current and version == current:
            skipped.append(f"{version} (the main suite runs on it)")
            continue
        python = find_python(version)
        if python is None:
            skipped.append(f"{version} (not installed)")
            continue
        ran.append(version)
        if run_tests(python, version) != 0:
            failed.append(version)
    print(f"Python versions tested: {', '.join(ran) or 'none'}")
    print(f"Python versions skipped: {', '.join(skipped) or 'none'}")
    if failed:
        print(f"FAILED on: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
