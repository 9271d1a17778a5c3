"""Any JSON inside a validly encrypted vault (issue 30): every command that reads a
vault either works or says «skadet» (rc 3) and leaves the file as it was; never a
traceback, exit 70 or a changed file. The payloads are built around a real one, so
most get past the first checks and reach the records, the ids and the migrations."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.cli_helpers import PASSPHRASE, run_cli
from tryggsti.vault.vault import Vault

AT = "2026-03-02T10:00:00+01:00"
scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.sampled_from([0, 1, 10, 11, -1, 2**63, 2**64, 2**53 + 1])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
    | st.sampled_from(["", " ", "k 1", AT, "2026-03-02", "gjort", "\ud800", "[b]", "x" * 70])
)
anything = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)


def _maybe(valid):
    return st.one_of(st.just(valid), anything)


def _record(fields: dict):
    return st.fixed_dictionaries(
        {}, optional={name: _maybe(value) for name, value in fields.items()}
    )


checkin = _record(
    {
        "id": "k1",
        "at": AT,
        "mood": 3,
        "distress": 1,
        "note": "en dag",
        "safe_coping": ["pust"],
        "sleep_hours": 7.5,
        "harm_thoughts": False,
    }
)
commitment = _record(
    {"id": "f1", "text": "Ringe Kari", "created_at": AT, "status": "gjort", "due": "2026-03-09"}
)
session = _record({"id": "g1", "script_id": "5-4-3-2-1", "started_at": AT, "duration_s": 60})
plan = _record({"warning_signs": ["uro"], "help_contacts": [{"name": "Kari", "phone": "1"}]})
payloads = st.fixed_dictionaries(
    {"schema": st.sampled_from([1, 2, 3, 3, 3, 4, 0, "3"])},
    optional={
        "profile": _maybe({"created_at": AT}),
        "safety_plan": plan | anything,
        "checkins": st.lists(checkin, max_size=3) | anything,
        "commitments": st.lists(commitment, max_size=3) | anything,
        "grounding_sessions": st.lists(session, max_size=2) | anything,
        "topics": _maybe({"innledning": {"topic_id": "innledning"}}),
        "relapse_reflections": _maybe([]),
        "later_kind": anything,
    },
)  # fmt: skip

COMMANDS = {
    "flytt sjekk": lambda path: ["flytt", "sjekk", path],
    "eksport json": lambda path: ["--vault", path, "eksport", "--format", "json",
                                  "--ut", path.parent / "ut.json"],
    "eksport md": lambda path: ["--vault", path, "eksport", "--format", "md",
                                "--ut", path.parent / "ut.md"],
    "logg": lambda path: ["--vault", path, "logg", "--humør", "5"],
}  # fmt: skip


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(document=payloads)
def test_any_payload_opens_or_is_refused_as_damaged_and_left_alone(document, monkeypatch, capsys):
    payload = json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as scratch:
        for name, command in COMMANDS.items():
            path = Path(scratch) / name.replace(" ", "-") / "v.vault"
            vault, _ = Vault.create(path, PASSPHRASE, payload, log_n=1)
            vault.close()
            before = path.read_bytes()
            result = run_cli(monkeypatch, capsys, *command(path), "--passphrase-stdin",
                             stdin=PASSPHRASE + "\n")  # fmt: skip
            assert result.code in (0, 3), (name, result.code, result.err)
            assert "uventet" not in result.err and "Traceback" not in result.err, result.err
            if result.code == 3:
                assert path.read_bytes() == before, name
                assert not any(path.parent.glob("ut.*")), name
            else:  # what a command wrote opens again
                again = run_cli(monkeypatch, capsys, "flytt", "sjekk", path,
                                "--passphrase-stdin", stdin=PASSPHRASE + "\n")  # fmt: skip
                assert again.code == 0, (name, again.err)
