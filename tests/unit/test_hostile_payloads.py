"""Payloads every command must refuse the same way (issue 30.1, 30.6, 30.7): repeated or
odd record ids, numbers no JSON reader keeps exact, older schemas of a shape no migration
can read, nesting deeper than any real vault. The decoder refuses them as damaged (rc 3),
`importer` refuses them before any vault file is made (rc 1), and the quick `logg` leaves
the file as it was (rc 3)."""

from __future__ import annotations

import json

import pytest

from tests.unit.cli_helpers import PASSPHRASE, logg, run_cli
from tryggsti.domain.codec import PayloadError
from tryggsti.domain.decoding import decode_vault
from tryggsti.domain.records import SCHEMA_VERSION
from tryggsti.vault.vault import Vault

AT = "2026-03-02T10:00:00+01:00"
PROFILE = {"created_at": AT}
CHECKIN = {"id": "k1", "at": AT, "mood": 3, "distress": 1, "note": "tenkte på å ta livet mitt"}
COMMITMENT = {"id": "f1", "text": "Ringe Kari", "created_at": AT}
SESSION = {"id": "g1", "script_id": "5-4-3-2-1", "started_at": AT, "duration_s": 60}
RESULT = {"id": "q1", "instrument_id": "soc13", "instrument_version": "1", "at": AT}
DEEP = 50_000


def _document(**lists) -> dict:
    return {"schema": SCHEMA_VERSION, "profile": PROFILE, **lists}


REFUSED = {
    "the same check-in twice": _document(checkins=[CHECKIN, CHECKIN]),
    "the same commitment id twice": _document(
        commitments=[COMMITMENT, {**COMMITMENT, "text": "Gå tur"}]
    ),
    "a commitment id with a space": _document(commitments=[{**COMMITMENT, "id": "f 1"}]),
    "an empty check-in id": _document(checkins=[{**CHECKIN, "id": ""}]),
    "a check-in id of 65 characters": _document(checkins=[{**CHECKIN, "id": "k" * 65}]),
    "a check-in id with markup": _document(checkins=[{**CHECKIN, "id": "[b]x"}]),
    "a duration of 2^64 seconds": _document(grounding_sessions=[{**SESSION, "duration_s": 2**64}]),
    "an answer of 2^64": _document(questionnaire_results=[{**RESULT, "answers": [2**64]}]),
    "an answer of -2^64": _document(questionnaire_results=[{**RESULT, "answers": [-(2**64)]}]),
    "schema 1 with a check-in that is a string": {
        "schema": 1, "profile": PROFILE, "checkins": ["x"],
    },
    "schema 1 with a plan that is a list": {"schema": 1, "profile": PROFILE, "safety_plan": [1]},
    "schema 1 with help contacts that are a number": {
        "schema": 1, "profile": PROFILE, "safety_plan": {"help_contacts": 5},
    },
    "schema 1 with check-ins that are an object": {
        "schema": 1, "profile": PROFILE, "checkins": {"a": 1},
    },
}  # fmt: skip


def _raw(document) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()


def _deep(schema: int) -> bytes:
    return (
        b'{"schema":%d,"profile":{"created_at":"%s"},"x":'
        % (
            schema,
            AT.encode(),
        )
        + b"[" * DEEP
        + b"]" * DEEP
        + b"}"
    )


RAW_REFUSED = {
    **{name: _raw(document) for name, document in REFUSED.items()},
    "50 000-deep nesting, current schema": _deep(SCHEMA_VERSION),
    "50 000-deep nesting, schema 1": _deep(1),
    "a 5000-digit number": _raw(
        _document(grounding_sessions=[{**SESSION, "duration_s": 0}])
    ).replace(b'"duration_s": 0', b'"duration_s": ' + b"9" * 5000),
}


@pytest.mark.parametrize("payload", RAW_REFUSED.values(), ids=RAW_REFUSED.keys())
def test_the_decoder_refuses_it_as_damaged(payload):
    with pytest.raises(PayloadError):
        decode_vault(payload)


def test_the_app_s_own_ids_and_distinct_ids_still_open():
    document = _document(
        checkins=[{**CHECKIN, "id": "0123456789abcdef"}, {**CHECKIN, "id": "k_2-B"}],
        commitments=[{**COMMITMENT, "id": "k1"}],  # the same id in another list is fine
        grounding_sessions=[{**SESSION, "duration_s": 2**53}],
    )
    data, _ = decode_vault(_raw(document))
    assert [c.id for c in data.checkins] == ["0123456789abcdef", "k_2-B"]


def test_the_message_names_the_record():
    with pytest.raises(PayloadError, match=r"vault\.checkins\[1\]\.id"):
        decode_vault(_raw(REFUSED["the same check-in twice"]))
    with pytest.raises(PayloadError, match=r"vault\.safety_plan: must be an object"):
        decode_vault(_raw(REFUSED["schema 1 with a plan that is a list"]))


def _vault_with(path, payload: bytes):
    vault, _ = Vault.create(path, PASSPHRASE, payload, log_n=1)
    vault.close()
    return path


@pytest.mark.parametrize("payload", RAW_REFUSED.values(), ids=RAW_REFUSED.keys())
def test_every_reading_command_says_damaged_and_changes_nothing(
    payload, tmp_path, monkeypatch, capsys
):
    path = _vault_with(tmp_path / "v.vault", payload)
    before = path.read_bytes()
    for args in (
        ["flytt", "sjekk", path],
        ["eksport", "--format", "json", "--ut", tmp_path / "u.json"],
    ):
        result = run_cli(
            monkeypatch, capsys, "--vault", path, *args, "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )  # fmt: skip
        assert result.code == 3, (args, result.err)
        assert "skadet" in result.err
    result = logg(monkeypatch, capsys, path, "5")
    assert result.code == 3, result.err
    assert "skadet" in result.err and "Innsjekk" not in result.out
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()  # no refused version pushed a good one out
    assert not (tmp_path / "u.json").exists()


@pytest.mark.parametrize("payload", RAW_REFUSED.values(), ids=RAW_REFUSED.keys())
def test_importer_refuses_the_export_before_making_a_vault(payload, tmp_path, monkeypatch, capsys):
    export = tmp_path / "eksport.json"
    export.write_bytes(payload)
    target = tmp_path / "ny" / "ny.vault"
    result = run_cli(
        monkeypatch, capsys, "--vault", target, "importer", export, "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )  # fmt: skip
    assert result.code == 1, result.err
    assert str(export) in result.err
    assert not target.exists() and not target.parent.exists()
    assert "tenkte" not in result.out + result.err
