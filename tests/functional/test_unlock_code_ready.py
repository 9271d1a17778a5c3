"""The code an unlock runs (the vault, its key derivation and the records' reader, about
40 ms of imports) is loaded while the passphrase is typed, not after Enter, and not
before the first frame either."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import asyncio, sys
from pathlib import Path
from tryggsti.config import Config
from tryggsti.ui.app import TryggstiApp

UNLOCK_CODE = ("tryggsti.services.session", "tryggsti.domain.decoding", "msgspec")

async def main():
    app = TryggstiApp(vault_path=Path(sys.argv[1]), config=Config(), config_path=Path(sys.argv[2]))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        at_first = sorted(m for m in UNLOCK_CODE if m in sys.modules)
        await pilot.press("a")
        for _ in range(100):
            await asyncio.sleep(0.05)
            if all(m in sys.modules for m in UNLOCK_CODE):
                break
        print(at_first, sorted(m for m in UNLOCK_CODE if m in sys.modules))
        app.exit()

asyncio.run(main())
"""


def test_the_unlock_code_is_imported_while_the_passphrase_is_typed(tmp_path):
    vault = tmp_path / "tryggsti.vault"
    vault.write_bytes(b"")  # an existing file: the app opens on the unlock screen
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(vault), str(tmp_path / "config.toml")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    expected = "[] ['msgspec', 'tryggsti.domain.decoding', 'tryggsti.services.session']"
    assert done.stdout.strip().splitlines()[-1] == expected, done.stdout + done.stderr
