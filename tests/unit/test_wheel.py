"""The installed wheel, not the source tree, finds its content."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("uv") is None, reason="needs uv to build and install the wheel")
def test_installed_wheel_checks_its_own_content(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        ["uv", "build", "--wheel", "--out-dir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = dist.glob("tryggsti-*.whl")
    venv = tmp_path / "venv"
    subprocess.run(
        ["uv", "venv", "--python", sys.executable, str(venv)], check=True, capture_output=True
    )
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    subprocess.run(
        ["uv", "pip", "install", "--python", str(python), str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    result = subprocess.run(
        [str(python), "-I", "-m", "tryggsti", "innhold", "sjekk"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=elsewhere,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "25 emner" in result.stdout
    where = subprocess.run(
        [str(python), "-I", "-c", "import tryggsti.paths as p; print(p.builtin_content_dir())"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        check=True,
    )
    assert "_content" in where.stdout
    assert str(ROOT) not in where.stdout
