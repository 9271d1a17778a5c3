"""Fields and kinds a vault holds that this version does not know (issue 30, Low): the
quick `logg` keeps them, a full save cannot, and it used to drop them without a word.
Now the app and `flytt sjekk` say which, before anything is saved."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from tests.unit.cli_helpers import PASSPHRASE, run_cli
from tryggsti.domain.codec import encode_vault
from tryggsti.domain.decoding import decode_vault, dropped_by_reading
from tryggsti.domain.records import CheckIn, Profile, VaultData
from tryggsti.vault.vault import Vault

NOW = datetime(2026, 11, 25, 9, 30, tzinfo=timezone(timedelta(hours=1)))


def _data() -> VaultData:
    data = VaultData(profile=Profile(created_at=NOW))
    data.checkins += [CheckIn(id=f"k{n}", at=NOW, mood=5, distress=4) for n in range(3)]
    return data


def _with_unknowns() -> bytes:
    document = json.loads(encode_vault(_data()))
    document["later_kind"] = [{"id": "x"}]
    document["checkins"][1]["later_field"] = 1
    document["profile"]["pronoun"] = "hen"
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def test_a_payload_tryggsti_wrote_drops_nothing():
    payload = encode_vault(_data())
    assert dropped_by_reading(payload, decode_vault(payload)[0]) == []


def test_unknown_fields_and_kinds_are_named():
    payload = _with_unknowns()
    data, _ = decode_vault(payload)
    assert dropped_by_reading(payload, data) == ["profile.pronoun", "checkins[].later_field",
                                                 "later_kind"]  # fmt: skip


def test_flytt_sjekk_says_what_a_save_would_leave_out(tmp_path, monkeypatch, capsys):
    path = tmp_path / "v.vault"
    Vault.create(path, PASSPHRASE, _with_unknowns(), log_n=1)[0].close()
    result = run_cli(monkeypatch, capsys, "flytt", "sjekk", path, "--passphrase-stdin",
                     stdin=PASSPHRASE + "\n")  # fmt: skip
    assert result.code == 0
    assert "ikke kjenner" in result.err and "later_kind" in result.err
