"""docs/vault-format.md is enough to decrypt a vault with `cryptography` alone."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from tests.unit.cli_helpers import PASSPHRASE, init_vault, run_cli

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"


def _python_block() -> str:
    [block] = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    return block


def test_the_documented_script_decrypts_a_vault_without_project_code(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    logged = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "logg",
        "--humør",
        "4",
        "--notat",
        "-",
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\nBløtkake\n",
    )
    assert logged.code == 0, logged.err
    script = tmp_path / "decrypt.py"
    guard = "import sys\nsys.modules['tryggsti'] = None  # the document alone, no project code\n"
    script.write_text(guard + _python_block(), encoding="utf-8")
    # -I: isolated mode, so neither the source tree nor PYTHONPATH is importable.
    result = subprocess.run(
        [sys.executable, "-I", str(script), str(vault), PASSPHRASE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    [entry] = document["checkins"]
    assert (entry["mood"], entry["note"]) == (4, "Bløtkake")


def test_the_documented_script_decrypts_an_argon2id_vault(tmp_path, monkeypatch, capsys):
    """As on a person's machine: a real Argon2id slot, not the test suite's cheap scrypt."""
    from tryggsti.vault import kdf

    monkeypatch.setattr(kdf, "insecure_test_log_n", None)
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    script = tmp_path / "decrypt.py"
    guard = "import sys\nsys.modules['tryggsti'] = None  # the document alone, no project code\n"
    script.write_text(guard + _python_block(), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-I", str(script), str(vault), PASSPHRASE],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["schema"] >= 2


def test_the_documented_key_id_and_generation_are_what_the_header_holds(
    tmp_path, monkeypatch, capsys
):
    """docs/vault-format.md: key_id = the first 16 bytes of HMAC-SHA256(data key,
    "tryggsti key id"), generation one more at every save."""
    import base64
    import hashlib
    import hmac

    from tryggsti.vault import format as fmt
    from tryggsti.vault.vault import Vault

    text = DOC.read_text(encoding="utf-8")
    assert '"tryggsti key id"' in text and "`generation`" in text
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    first = fmt.split(vault.read_bytes()).header
    opened, plaintext = Vault.unlock(vault, PASSPHRASE)
    opened.save(plaintext)
    data_key = opened.data_key
    opened.close()
    header = fmt.split(vault.read_bytes()).header
    expected = hmac.new(data_key, b"tryggsti key id", hashlib.sha256).digest()[:16]
    assert base64.b64decode(header["key_id"]) == expected
    assert header["generation"] == first["generation"] + 1
