"""The core (domain, vault, content, services, headless commands) never imports Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = [
    "tryggsti.cli",
    "tryggsti.vault.vault",
    "tryggsti.domain.records",
    "tryggsti.domain.codec",
    "tryggsti.domain.trends",
    "tryggsti.domain.scoring",
    "tryggsti.content.loader",
    "tryggsti.services.session",
    "tryggsti.services.home",
    "tryggsti.commands.vault_commands",
]


def test_core_modules_import_without_textual():
    code = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_a_headless_command_never_loads_textual(tmp_path):
    code = (
        "import sys\n"
        "from tryggsti.cli import main\n"
        f"code = main(['--vault', {str(tmp_path / 'v.vault')!r}, 'oas', '--svar', '1'])\n"
        "print(any(m.startswith('textual') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("False"), result.stderr


def test_import_linter_contracts_hold():
    # Through this interpreter (import-linter is in the dev group), never skipped for want
    # of a `lint-imports` on PATH.
    command = "from importlinter.cli import lint_imports_command; lint_imports_command()"
    result = subprocess.run(
        [sys.executable, "-c", command], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stdout + result.stderr
