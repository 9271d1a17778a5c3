"""The headless command line on a real vault: what a person or a script sees."""

from __future__ import annotations

import json
import unicodedata

from tests.unit.cli_helpers import PASSPHRASE, eksport, init_vault, logg, run_cli


def test_logged_check_in_comes_back_in_the_json_export(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    logged = logg(
        monkeypatch,
        capsys,
        vault,
        "3",
        "--stress",
        "7",
        "--sug",
        "5",
        "--notat",
        "-",
        stdin=f"{PASSPHRASE}\nGikk en tur på Grünerløkka, kjente på sug\n",
    )
    assert logged.code == 0, logged.err
    out = tmp_path / "alt.json"
    exported = eksport(monkeypatch, capsys, vault, "json", out)
    assert exported.code == 0, exported.err
    assert "ikke kryptert" in exported.err or "blir ikke kryptert" in exported.err
    raw = out.read_text(encoding="utf-8")
    assert "Grünerløkka" in raw  # Norwegian letters stay readable, not \\u escapes
    document = json.loads(raw)
    [entry] = document["checkins"]
    assert (entry["mood"], entry["distress"], entry["craving"]) == (3, 7, 5)
    assert entry["note"] == "Gikk en tur på Grünerløkka, kjente på sug"


def test_wrong_passphrase_exits_2_and_leaves_the_vault_unchanged(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    before = vault.read_bytes()
    result = logg(monkeypatch, capsys, vault, "5", stdin="feil-passord\n")
    assert result.code == 2
    assert "Passordet stemmer ikke" in result.err
    assert "Traceback" not in result.err
    assert vault.read_bytes() == before


def test_init_refuses_to_overwrite_an_existing_vault(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    before = vault.read_bytes()
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "init",
        "--passphrase-stdin",
        stdin="et-annet-passord\n",
    )
    assert result.code == 1
    assert result.err.strip()
    assert vault.read_bytes() == before


def test_short_passphrase_is_refused_with_a_clear_message(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    result = run_cli(
        monkeypatch, capsys, "--vault", vault, "init", "--passphrase-stdin", stdin="kort\n"
    )
    assert result.code == 1
    assert "fire eller fem vanlige ord som ikke hører sammen" in result.err
    assert not vault.exists()


def test_decomposed_and_composed_letters_give_the_same_passphrase(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    decomposed = unicodedata.normalize("NFD", "blåbærsyltetøy")
    composed = unicodedata.normalize("NFC", "blåbærsyltetøy")
    assert decomposed != composed
    init_vault(monkeypatch, capsys, vault, passphrase=decomposed)
    result = logg(monkeypatch, capsys, vault, "6", stdin=composed + "\n")
    assert result.code == 0, result.err


def test_recovery_code_sets_a_new_passphrase_and_the_old_one_stops_working(
    tmp_path, monkeypatch, capsys
):
    vault = tmp_path / "v.vault"
    code = init_vault(monkeypatch, capsys, vault)
    typed = code.lower().replace("-", " ")  # a hand-copied code, with spaces and lower case
    changed = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--gjenopprettingskode",
        "--passphrase-stdin",
        stdin=f"{typed}\nnytt-passord-456\n",
    )
    assert changed.code == 0, changed.err
    old = logg(monkeypatch, capsys, vault, "4")
    assert old.code == 2
    new = logg(monkeypatch, capsys, vault, "4", stdin="nytt-passord-456\n")
    assert new.code == 0, new.err
    # The change made a new key and a new recovery code; the new code works, the old not.
    new_code = [line.strip() for line in changed.out.splitlines() if line.count("-") >= 5][-1]
    stale = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--gjenopprettingskode",
        "--passphrase-stdin",
        stdin=f"{code}\ntredje-passord-789\n",
    )
    assert stale.code == 2
    again = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--gjenopprettingskode",
        "--passphrase-stdin",
        stdin=f"{new_code}\ntredje-passord-789\n",
    )
    assert again.code == 0, again.err


def test_wrong_recovery_code_exits_2(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    result = run_cli(
        monkeypatch,
        capsys,
        "--vault",
        vault,
        "passord",
        "--gjenopprettingskode",
        "--passphrase-stdin",
        stdin="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG\nnytt-passord-456\n",
    )
    assert result.code == 2
    assert "Traceback" not in result.err


def test_vault_path_comes_from_the_environment(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "fra-miljoe.vault"
    monkeypatch.setenv("TRYGGSTI_VAULT", str(vault))
    result = run_cli(monkeypatch, capsys, "init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    assert vault.exists()


def test_bad_mood_value_exits_1_with_a_norwegian_message(tmp_path, monkeypatch, capsys):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    result = logg(monkeypatch, capsys, vault, "11")
    assert result.code == 1
    assert "0 til 10" in result.err


def test_unknown_command_is_explained_in_norwegian(monkeypatch, capsys):
    result = run_cli(monkeypatch, capsys, "fly")
    assert result.code == 1
    assert "ugyldig" in result.err.lower() or "velg" in result.err.lower()


def test_unexpected_error_gives_one_line_and_a_report_without_private_text(
    tmp_path, monkeypatch, capsys, isolated_user_folders
):
    vault = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, vault)
    marker = "HEMMELIG-MARKOER-7731"

    def explode(*args, **kwargs):
        raise RuntimeError(marker)

    monkeypatch.setattr("tryggsti.commands.logg.check_in", explode)
    result = logg(monkeypatch, capsys, vault, "5")
    assert result.code == 70
    assert "Traceback" not in result.err
    assert marker not in result.err
    assert len(result.err.strip().splitlines()) == 1
    reports = list(isolated_user_folders.rglob("krasj-*.txt"))
    assert len(reports) == 1
    assert marker not in reports[0].read_text(encoding="utf-8")
