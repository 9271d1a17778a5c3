"""A save compresses again only what changed, and its bytes are still the whole vault's."""

from __future__ import annotations

import dataclasses
import threading
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.test_codec import NOW, checkins, commitments, plans, sessions, vaults
from tryggsti.domain.codec import encode_vault, lists_of_frozen_records
from tryggsti.domain.records import CheckIn, Commitment, GroundingSession, Profile, VaultData
from tryggsti.services import payload_cache
from tryggsti.services.payload_cache import STRETCH, PayloadCache
from tryggsti.vault import payload


def _json_of(cache: PayloadCache, data: VaultData) -> bytes:
    return payload.inflate(cache.snapshot(data).deflated().body)


def _many_checkins(count: int) -> list[CheckIn]:
    return [
        CheckIn(
            id=f"c{n}", at=NOW - timedelta(hours=n), mood=n % 11, distress=3, note="x" * (n % 7)
        )
        for n in range(count)
    ]


def test_the_long_lists_hold_frozen_records():
    assert lists_of_frozen_records() == {"commitments", "checkins", "grounding_sessions"}
    entry = CheckIn(id="c", at=NOW, mood=1, distress=2, safe_coping=["pust"])
    assert entry.safe_coping == ("pust",)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.note = "endret"  # type: ignore[misc]
    for kind in (CheckIn, Commitment, GroundingSession):
        assert kind.__dataclass_params__.frozen


# One change to the data: what a person does between two saves, in any order.
_changes = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(["checkins", "commitments", "grounding_sessions"])),
    st.tuples(st.just("replace"), st.integers(0, 10_000)),
    st.tuples(st.just("remove"), st.integers(0, 10_000)),
    st.tuples(st.just("plan"), plans),
    st.tuples(st.just("name"), st.text(max_size=20)),
    st.tuples(st.just("clear"), st.just(None)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vaults, st.lists(_changes, max_size=12), st.data())
def test_every_save_is_the_whole_encoder_byte_for_byte(data, changes, draw):
    data.checkins.extend(_many_checkins(STRETCH * 2 + 3))  # more than one stretch
    cache = PayloadCache()
    assert _json_of(cache, data) == encode_vault(data)
    made = {"checkins": checkins, "commitments": commitments, "grounding_sessions": sessions}
    for kind, value in changes:
        records = data.checkins
        if kind == "add":
            getattr(data, value).append(draw.draw(made[value]))
        elif kind == "replace" and records:
            index = value % len(records)
            records[index] = dataclasses.replace(records[index], note=f"ny {value}")
        elif kind == "remove" and records:
            del records[value % len(records)]
        elif kind == "plan":
            data.safety_plan = value
        elif kind == "name":
            data.profile.display_name = value  # the small records change in place
        elif kind == "clear":
            data.checkins.clear()
        assert _json_of(cache, data) == encode_vault(data)


def _saved_once_then_watched(monkeypatch) -> tuple[VaultData, PayloadCache, list[bytes]]:
    """Ten stretches of check-ins saved once; then every part compressed is kept in the list."""
    data = VaultData(profile=Profile(created_at=NOW), checkins=_many_checkins(STRETCH * 10))
    cache = PayloadCache()
    cache.snapshot(data).deflated()
    compressed: list[bytes] = []
    real_piece = payload.piece
    monkeypatch.setattr(
        payload_cache.payload, "piece", lambda part: compressed.append(part) or real_piece(part)
    )
    return data, cache, compressed


def test_a_new_checkin_compresses_one_stretch_again_not_every_year(monkeypatch):
    data, cache, compressed = _saved_once_then_watched(monkeypatch)
    data.checkins.append(CheckIn(id="ny", at=NOW, mood=5, distress=5))
    assert payload.inflate(cache.snapshot(data).deflated().body) == encode_vault(data)
    whole = len(encode_vault(data))
    # The last stretch (one record) and the small records around the lists, nothing else.
    compressed_bytes = sum(map(len, compressed))
    assert compressed_bytes < whole / 20, (compressed_bytes, whole)


def test_an_edited_old_checkin_compresses_only_its_stretch(monkeypatch):
    data, cache, compressed = _saved_once_then_watched(monkeypatch)
    data.checkins[3] = dataclasses.replace(data.checkins[3], note="skrevet om")
    assert payload.inflate(cache.snapshot(data).deflated().body) == encode_vault(data)
    [stretch] = [part for part in compressed if b'"id":"c' in part]
    assert b"skrevet om" in stretch and stretch.count(b'"id":') == STRETCH


def test_a_list_that_shrinks_lets_go_of_its_old_stretches():
    data = VaultData(profile=Profile(created_at=NOW), checkins=_many_checkins(STRETCH * 3))
    cache = PayloadCache()
    cache.snapshot(data).deflated()
    del data.checkins[STRETCH:]
    assert _json_of(cache, data) == encode_vault(data)
    assert set(cache._kept) == {("checkins", 0)}


def test_the_snapshot_is_the_data_when_it_was_taken():
    """The save worker compresses later: what was typed after the snapshot is the next save."""
    data = VaultData(profile=Profile(created_at=NOW, display_name="Før"))
    data.checkins.extend(_many_checkins(3))
    cache = PayloadCache()
    snapshot = cache.snapshot(data)
    expected = encode_vault(data)
    data.profile.display_name = "Etter"
    data.checkins.append(CheckIn(id="etter", at=NOW, mood=1, distress=1))
    data.checkins[0] = dataclasses.replace(data.checkins[0], note="etter")
    assert payload.inflate(snapshot.deflated().body) == expected


def test_snapshots_from_two_threads_at_once_stay_whole():
    data = VaultData(profile=Profile(created_at=NOW), checkins=_many_checkins(STRETCH * 4))
    cache = PayloadCache()
    snapshots = []
    for n in range(8):
        data.checkins[n * 100] = dataclasses.replace(data.checkins[n * 100], note=f"n{n}")
        snapshots.append((cache.snapshot(data), encode_vault(data)))
    results: dict[int, bytes] = {}

    def work(number: int) -> None:
        results[number] = payload.inflate(snapshots[number][0].deflated().body)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[n] for n in range(8)] == [expected for _, expected in snapshots]
