"""Bidi controls and C1 controls (issue 30, Low): a U+202E in a note turned the rest of a
line around in screens, on the command line and in every export, and the JSON export
wrote C1 controls raw. Now they are removed where text is shown, shown as an escape in
terminal messages, and written as \\u escapes in the JSON export (the same JSON)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.unit.cli_helpers import PASSPHRASE, eksport, init_vault
from tests.unit.user_text_strategies import as_in_an_old_vault
from tryggsti.domain.text import clean_line, clean_text, quote_for_terminal, terminal_safe

BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
C1 = ["\x85", "\x9b", "\x9d"]
NOTE = "Jeg har det \u202egodt\u202c ikke\x85 \u2066bra\u2069 i dag\u2028ny linje"


@pytest.mark.parametrize("control", BIDI)
def test_shown_text_has_no_bidi_control(control):
    assert control not in clean_text(f"a{control}b") and clean_line(f"a{control}b") == "ab"
    assert control not in terminal_safe(f"a{control}b")
    assert f"\\u{ord(control):04x}" in terminal_safe(f"a{control}b")
    assert control not in quote_for_terminal(f"a{control}b")


def _vault_with_a_raw_note(tmp_path, monkeypatch, capsys):
    """A note as an older vault (or an import) could hold it: never cleaned."""
    from tryggsti.domain.records import CheckIn
    from tryggsti.services.session import VaultSession

    path = tmp_path / "v.vault"
    init_vault(monkeypatch, capsys, path)
    with VaultSession.unlock(path, PASSPHRASE) as session:
        entry = CheckIn(id="k1", at=session.clock() - timedelta(days=1), mood=4, distress=5)
        as_in_an_old_vault(entry, note=NOTE)
        session.data.checkins.append(entry)
        session.save()
    return path


def test_the_json_export_escapes_c1_and_bidi_controls_and_means_the_same(
    tmp_path, monkeypatch, capsys
):
    vault = _vault_with_a_raw_note(tmp_path, monkeypatch, capsys)
    out = tmp_path / "alt.json"
    assert eksport(monkeypatch, capsys, vault, "json", out).code == 0
    raw = out.read_text(encoding="utf-8")
    for control in [*BIDI, *C1, "\u2028"]:
        assert control not in raw, repr(control)
    assert json.loads(raw)["checkins"][0]["note"] == NOTE  # the data itself is kept
    assert "\\u202e" in raw


@pytest.mark.parametrize("kind", ["md", "html", "ics"])
def test_the_reports_hold_no_bidi_control(kind, tmp_path, monkeypatch, capsys):
    vault = _vault_with_a_raw_note(tmp_path, monkeypatch, capsys)
    out = tmp_path / f"rapport.{kind}"
    result = eksport(monkeypatch, capsys, vault, kind, out)
    assert result.code == 0, result.err
    text = out.read_text(encoding="utf-8")
    for control in BIDI:
        assert control not in text, repr(control)
