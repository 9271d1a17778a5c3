"""The packaging scripts' plans, checked without building or downloading anything."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv")
def test_wheelhouse_dry_run_writes_the_locked_plan_and_downloads_nothing(tmp_path, capsys):
    wheelhouse = _load("wheelhouse")
    out = tmp_path / "hus"
    assert wheelhouse.main(["--out", str(out), "--dry-run", "--platform", "win_amd64",
                            "--python", "3.12"]) == 0  # fmt: skip
    printed = capsys.readouterr().out.splitlines()
    assert printed[-1] == str(out.resolve())
    assert printed[0].startswith("uv build --wheel")
    assert "--only-binary=:all:" in printed[1] and "--platform win_amd64" in printed[1]
    requirements = (out / "requirements.txt").read_text(encoding="utf-8")
    for name in ("textual==", "cryptography==", "platformdirs==", "filelock==", "tomli-w=="):
        assert name in requirements
    for dev_only in ("pytest", "pyinstaller", "ruff"):
        assert dev_only not in requirements.lower()
    assert "--no-index --find-links" in (out / "INSTALL.txt").read_text(encoding="utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["INSTALL.txt", "requirements.txt"]


def test_build_bundles_content_and_styles_where_the_program_looks():
    build = _load("build")
    arguments = build.pyinstaller_arguments(Path("d"), Path("w"))
    data = [arguments[i + 1] for i, a in enumerate(arguments) if a == "--add-data"]
    assert any(d.endswith("tryggsti/_content") and "content" in d for d in data)
    assert any(d.endswith("tryggsti/ui/styles") for d in data)
    assert "--onedir" in arguments
    assert build.program_path(Path("d")).name == ("tryggsti.exe" if sys.platform == "win32"
                                                   else "tryggsti")  # fmt: skip


def test_build_uses_the_windows_separator_and_exe_on_windows(monkeypatch):
    build = _load("build")
    monkeypatch.setattr(build.sys, "platform", "win32")
    monkeypatch.setattr(build.os, "pathsep", ";")
    assert build.program_path(Path("d")).name == "tryggsti.exe"
    data = build.pyinstaller_arguments(Path("d"), Path("w"))
    assert any(a.endswith(";tryggsti/_content") for a in data)


def test_every_written_build_command_names_the_group_pyinstaller_lives_in():
    """`uv run python packaging/build.py` fails on a fresh checkout: PyInstaller is only in
    the `build` dependency group, which `uv sync` and plain `uv run` leave out."""
    import re
    import tomllib

    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    groups = groups["dependency-groups"]
    assert any(d.startswith("pyinstaller") for d in groups["build"])
    assert not any(d.startswith("pyinstaller") for d in groups["dev"])
    places = [
        ROOT / "README.md",
        ROOT / ".github" / "workflows" / "release.yml",
        *(ROOT / "docs").glob("*.md"),
        *(ROOT / "packaging").glob("*.py"),
        *(ROOT / "benchmarks").glob("*.py"),
    ]
    commands = [
        (place.name, line.strip())
        for place in places
        for line in place.read_text(encoding="utf-8").splitlines()
        if re.search(r"uv run\b[^`]*packaging/build\.py", line)
    ]
    assert commands, "no build command found to check"
    for name, line in commands:
        assert "--group build" in line, f"{name}: {line}"
