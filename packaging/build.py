"""Build a self-contained one-folder tryggsti with PyInstaller.

    uv run --group build python packaging/build.py

One folder, not one file: a one-file build unpacks itself to a temporary folder on
every start, which costs seconds at the moment a person in a crisis opens the app.
The built-in content (content/) goes in as tryggsti/_content, where
tryggsti.paths.builtin_content_root() looks first; Textual's .tcss files and the
app's ui/styles/app.tcss go in next to their modules. The last line printed is the
path of the built program.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "tryggsti"
ENTRY = ROOT / "packaging" / "entry.py"


def program_path(dist: Path) -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return dist / NAME / f"{NAME}{suffix}"


def pyinstaller_arguments(dist: Path, work: Path) -> list[str]:
    sep = os.pathsep  # PyInstaller's SRC:DEST separator is ';' on Windows
    return [
        str(ENTRY),
        "--name",
        NAME,
        "--onedir",
        "--noconfirm",
        "--clean",
        "--console",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(ROOT / "src"),
        "--add-data",
        f"{ROOT / 'content'}{sep}tryggsti/_content",
        "--add-data",
        f"{ROOT / 'src' / 'tryggsti' / 'ui' / 'styles'}{sep}tryggsti/ui/styles",
        # Commands, screens and Textual's widgets are imported by name at run time.
        "--collect-submodules",
        "tryggsti",
        "--collect-submodules",
        "textual",
        "--collect-submodules",
        "rich._unicode_data",
        "--collect-data",
        "textual",
        "--exclude-module",
        "tkinter",
        "--exclude-module",
        "pytest",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist" / "standalone")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--archive", action="store_true", help="also pack the folder")
    args = parser.parse_args(argv)

    import PyInstaller.__main__

    PyInstaller.__main__.run(pyinstaller_arguments(args.dist, args.work))
    program = program_path(args.dist)
    if not program.is_file():
        print(f"build failed: {program} missing", file=sys.stderr)
        return 1
    if args.archive:
        fmt = "zip" if sys.platform in ("win32", "darwin") else "gztar"
        archive = shutil.make_archive(
            str(args.dist / f"{NAME}-{platform_tag()}"), fmt, args.dist, NAME
        )
        print(archive)
    print(program)
    return 0


def platform_tag() -> str:
    import platform

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


if __name__ == "__main__":
    raise SystemExit(main())
