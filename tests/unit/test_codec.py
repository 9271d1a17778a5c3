"""Every record survives the trip through the vault's JSON payload; bad values are refused."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tryggsti.domain.codec import PayloadError, PayloadTooNew, encode_vault
from tryggsti.domain.decoding import decode_vault
from tryggsti.domain.records import (
    SCHEMA_VERSION,
    CheckIn,
    Commitment,
    CommitmentStatus,
    Contact,
    GroundingPractice,
    GroundingSession,
    Homework,
    InvalidRecord,
    Profile,
    QuestionnaireResult,
    QuestionnaireTask,
    ReflectionAnswer,
    SafetyPlan,
    TopicProgress,
    VaultData,
)

OSLO = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=OSLO)

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
names = texts.filter(lambda s: s.strip() != "")
aware_times = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.sampled_from([UTC, OSLO, timezone(timedelta(hours=2))]),
)
scales = st.integers(0, 10)
# A record's id, as the decoder allows one (domain.decoding.check_identities).
record_ids = st.text(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_", min_size=1, max_size=64
)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))

contacts = st.builds(Contact, name=names, phone=st.text("0123456789 +", max_size=15), note=texts)
plans = st.builds(
    SafetyPlan,
    warning_signs=st.lists(texts, max_size=3),
    inner_coping=st.lists(texts, max_size=3),
    help_contacts=st.lists(contacts, max_size=3),
    professionals=st.lists(contacts, max_size=2),
    updated_at=st.none() | aware_times,
)
checkins = st.builds(
    CheckIn,
    id=record_ids,
    at=aware_times,
    mood=scales,
    distress=scales,
    craving=scales,
    substance_use=st.booleans(),
    substance_what=texts,
    unsafe_behaviour=st.booleans(),
    safe_coping=st.lists(texts, max_size=3),
    sleep_hours=st.none() | st.floats(0, 24, allow_nan=False),
    note=texts,
)
commitments = st.builds(
    Commitment,
    id=record_ids,
    text=names,
    created_at=aware_times,
    due=st.none() | dates,
    status=st.sampled_from(list(CommitmentStatus)),
    reflection=texts,
    done_at=st.none() | aware_times,
    topic_id=st.none() | names,
)
sessions = st.builds(
    GroundingSession,
    id=record_ids,
    script_id=names,
    started_at=aware_times,
    duration_s=st.integers(0, 3600),
    distress_before=st.none() | scales,
    distress_after=st.none() | scales,
    completed=st.booleans(),
)
results = st.builds(
    QuestionnaireResult,
    id=record_ids,
    instrument_id=st.just("soc13"),
    instrument_version=st.just("1"),
    at=aware_times,
    answers=st.lists(st.integers(1, 7), min_size=13, max_size=13),
)
progress = st.builds(
    TopicProgress,
    topic_id=names,
    opened_at=st.none() | aware_times,
    completed_at=st.none() | aware_times,
    answers=st.dictionaries(
        names, st.builds(ReflectionAnswer, text=texts, updated_at=aware_times), max_size=3
    ),
)
homework = st.builds(
    Homework,
    id=record_ids,
    imported_at=aware_times,
    fingerprint=names,
    start=st.just(date(2026, 3, 1)),
    due=st.just(date(2026, 3, 15)),
    note=texts,
    topics=st.lists(names, max_size=3),
    grounding=st.lists(
        st.builds(GroundingPractice, script_id=names, per_week=st.integers(1, 7)), max_size=2
    ),
    questionnaires=st.lists(
        st.builds(QuestionnaireTask, instrument_id=names, when=texts), max_size=2
    ),
    checkins_per_week=st.none() | st.integers(1, 14),
)
vaults = st.builds(
    VaultData,
    profile=st.builds(Profile, created_at=aware_times, display_name=texts),
    safety_plan=plans,
    commitments=st.lists(commitments, max_size=3, unique_by=lambda r: r.id),
    checkins=st.lists(checkins, max_size=4, unique_by=lambda r: r.id),
    grounding_sessions=st.lists(sessions, max_size=3, unique_by=lambda r: r.id),
    questionnaire_results=st.lists(results, max_size=2, unique_by=lambda r: r.id),
    topics=st.dictionaries(names, progress, max_size=3),
    homework=st.lists(homework, max_size=2, unique_by=lambda r: r.id),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(vaults)
def test_any_vault_data_round_trips(data):
    decoded, migrated = decode_vault(encode_vault(data))
    assert decoded == data
    assert not migrated


def test_every_record_type_round_trips_with_fixed_values():
    data = VaultData(
        profile=Profile(created_at=NOW, display_name="Åse", next_session=date(2026, 3, 9)),
        safety_plan=SafetyPlan(
            warning_signs=["Jeg slutter å svare på meldinger"],
            help_contacts=[Contact("Kari", "912 34 567", "søster")],
            professionals=[Contact("Fastlegen", "22 00 00 00")],
            reasons_to_live=["Katten min"],
            updated_at=NOW,
        ),
        commitments=[Commitment("c1", "Ringe Kari", NOW, date(2026, 3, 4), "delvis", "gikk ok")],
        checkins=[CheckIn("k1", NOW, 4, 8, 6, True, "øl", "tre", True, "kjørte", ["pust"], 6.5)],
        grounding_sessions=[GroundingSession("g1", "kaldt-vann", NOW, 180, 8, 5)],
        questionnaire_results=[QuestionnaireResult("q1", "soc13", "1", NOW, [4] * 13)],
        topics={
            "trygghet": TopicProgress("trygghet", NOW, NOW, {"q1": ReflectionAnswer("Ja", NOW)})
        },
        homework=[
            Homework(
                "h1",
                NOW,
                "abc",
                date(2026, 3, 2),
                date(2026, 3, 16),
                "Lykke til",
                "Ola",
                ["trygghet"],
                [GroundingPractice("kaldt-vann", 3)],
                ["Gå tur"],
                [QuestionnaireTask("soc13", "start")],
                5,
                "lekse.toml",
            )
        ],
    )
    decoded, _ = decode_vault(encode_vault(data))
    assert decoded == data
    assert decoded.commitments[0].status is CommitmentStatus.PARTLY


@pytest.mark.parametrize(
    "make",
    [
        lambda: CheckIn("x", NOW, 11, 0),
        lambda: CheckIn("x", NOW, 5, -1),
        lambda: CheckIn("x", datetime(2026, 3, 2, 10), 5, 5),  # no time zone
        lambda: CheckIn("x", NOW, 5, 5, sleep_hours=25),
        lambda: Commitment("x", "   ", NOW),
        lambda: Contact(""),
        lambda: QuestionnaireResult("x", "soc13", "1", NOW, []),
        lambda: Homework("h", NOW, "f", date(2026, 3, 10), date(2026, 3, 1)),
    ],
)
def test_invalid_records_are_refused(make):
    with pytest.raises((InvalidRecord, ValueError)):
        make()


# A document as a save writes it (compact: read in one pass) and as another JSON writer
# would (spaced: parsed, migrated if old, then converted).
_WRITERS = {"as-saved": (",", ":"), "other-writer": (", ", ": ")}


@pytest.fixture(params=list(_WRITERS))
def written(request):
    separators = _WRITERS[request.param]
    return lambda document: json.dumps(document, separators=separators).encode()


_AT = "2026-03-02T10:00:00+01:00"
_PROFILE = {"created_at": _AT}
_CHECKIN = {"id": "k", "at": _AT, "mood": 3, "distress": 1}


@pytest.mark.parametrize("schema", [2, SCHEMA_VERSION])
@pytest.mark.parametrize(
    "document",
    [
        {"profile": {"created_at": "2026-03-02T10:00:00"}},  # naive time
        {"profile": {"created_at": "ikke en dato"}},
        {},
        {"profile": _PROFILE, "checkins": [{}]},
        {"profile": _PROFILE, "checkins": [{**_CHECKIN, "mood": 99}]},
        {"profile": _PROFILE, "checkins": [{**_CHECKIN, "mood": "fem"}]},
        {"profile": _PROFILE, "checkins": [{**_CHECKIN, "safe_coping": [1]}]},
        {"profile": _PROFILE, "checkins": {}},
        {
            "profile": _PROFILE,
            "commitments": [{"id": "c", "text": "t", "created_at": _AT, "status": "kanskje"}],
        },
        {"profile": _PROFILE, "topics": []},
        {"profile": _PROFILE, "safety_plan": {"help_contacts": [{"name": 5}]}},
    ],
)
def test_damaged_payloads_are_refused_as_payload_errors(document, schema, written):
    with pytest.raises(PayloadError):
        decode_vault(written({"schema": schema, **document}))


@pytest.mark.parametrize("document", [{"schema": "to"}, {"schema": True}, [], "vault", 3])
def test_a_payload_without_a_schema_number_is_refused(document, written):
    with pytest.raises(PayloadError):
        decode_vault(written(document))


def test_a_record_without_a_required_field_names_it(written):
    document = {
        "schema": SCHEMA_VERSION,
        "profile": _PROFILE,
        "checkins": [{"id": "k", "mood": 3, "distress": 1}],
    }
    with pytest.raises(PayloadError, match=r"vault\.checkins\[0\]: .*missing required field `at`"):
        decode_vault(written(document))


def test_a_broken_rule_is_named_down_to_its_field(written):
    document = {"schema": SCHEMA_VERSION, "profile": _PROFILE, "checkins": [_CHECKIN] * 3}
    document["checkins"][2] = {**_CHECKIN, "mood": 11}
    with pytest.raises(PayloadError, match=r"^vault\.checkins\[2\]\.mood: must be a whole"):
        decode_vault(written(document))


def test_defaults_are_new_for_each_record_and_the_checks_still_run(written):
    document = {
        "schema": SCHEMA_VERSION,
        "profile": _PROFILE,
        "safety_plan": {},
        "checkins": [{**_CHECKIN, "id": f"k{n}"} for n in range(2)],
    }
    data, _ = decode_vault(written(document))
    first, _second = data.checkins
    assert first.safe_coping == () and first.note == "" and first.craving is None
    again, _ = decode_vault(written(document))
    assert data.safety_plan.warning_signs == []
    assert data.safety_plan.warning_signs is not again.safety_plan.warning_signs  # a new list
    document["checkins"][0]["mood"] = 11
    with pytest.raises(PayloadError, match=r"checkins\[0\]\.mood"):
        decode_vault(written(document))


def test_payload_from_a_newer_schema_is_refused():
    with pytest.raises(PayloadTooNew):
        decode_vault(b'{"schema": 99}')


@given(st.binary(max_size=200))
def test_random_bytes_never_decode_into_data(raw):
    with pytest.raises(PayloadError):
        decode_vault(raw)


def test_fast_encoder_writes_exactly_what_to_jsonable_describes():
    import json
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from synthetic import ten_years
    from tryggsti.domain.codec import encode_vault, to_jsonable
    from tryggsti.domain.records import SCHEMA_VERSION

    data = ten_years([f"emne-{n}" for n in range(25)])
    expected = {"schema": SCHEMA_VERSION, **to_jsonable(data)}
    assert json.loads(encode_vault(data)) == expected
    # Byte for byte what the standard library writes: the vault format does not depend on
    # which JSON library wrote it (orjson since issue 12.4).
    standard = json.dumps(expected, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    assert encode_vault(data) == standard


@given(
    note=st.text(max_size=300),
    at=st.datetimes(
        min_value=datetime(1970, 1, 2), max_value=datetime(2200, 1, 1), timezones=st.timezones()
    ),
    mood=st.none() | st.integers(0, 10),
    sleep=st.none() | st.floats(0, 24),
)
@settings(max_examples=200, deadline=None)
def test_any_text_and_any_time_encode_as_the_standard_library_would(note, at, mood, sleep):
    from tryggsti.domain.codec import to_jsonable
    from tryggsti.domain.records import SCHEMA_VERSION, VaultData

    try:
        checkin = CheckIn(id="a", at=at, mood=mood, distress=None, note=note, sleep_hours=sleep)
    except InvalidRecord:
        return  # a time without a UTC offset is refused before it is ever written
    data = VaultData(profile=Profile(created_at=at), checkins=[checkin])
    document = {"schema": SCHEMA_VERSION, **to_jsonable(data)}
    try:
        standard = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()
    except UnicodeEncodeError:  # a lone surrogate: neither writer can put it in UTF-8
        with pytest.raises(TypeError):
            encode_vault(data)
        return
    written = encode_vault(data)
    assert json.loads(written) == json.loads(standard)
    if sleep is None or sleep == 0 or sleep >= 1e-4:
        assert written == standard  # only tiny floats are spelled differently (5e-8 / 5e-08)
    # Read back, it writes the same again (times in a DST fold compare unequal by design,
    # PEP 495, so the round trip is compared as JSON, not as datetimes).
    assert json.loads(encode_vault(decode_vault(written)[0])) == json.loads(standard)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(vaults, checkins)
def test_a_record_added_to_the_payload_is_what_the_whole_encoder_writes(data, entry):
    """`logg` adds its check-in without decoding the vault: the bytes are the same."""
    from tryggsti.domain.codec import with_record_added

    assume(entry.id not in {c.id for c in data.checkins})
    added = with_record_added(encode_vault(data), "checkins", entry)
    data.checkins.append(entry)
    assert added == encode_vault(data)
    assert decode_vault(added) == (data, False)


@pytest.mark.parametrize(
    "payload",
    [
        b"not json",
        b"[]",
        b'{"schema": %d, "checkins": []}' % (SCHEMA_VERSION - 1),
        b'{"schema": %d}' % SCHEMA_VERSION,
        b'{"schema": %d, "checkins": {}}' % SCHEMA_VERSION,
    ],
    ids=["not-json", "not-an-object", "older-schema", "no-list", "not-a-list"],
)
def test_a_payload_it_cannot_add_to_is_left_to_the_usual_way(payload):
    from tryggsti.domain.codec import with_record_added

    assert with_record_added(payload, "checkins", object()) is None


_ANY_JSON_VALUE = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 12), st.floats(0, 12), st.text(max_size=5)
)
_CHECKIN_SCALARS = {
    "mood": (int, type(None)),
    "distress": (int, type(None)),
    "craving": (int, type(None)),
    "substance_use": (bool,),
    "note": (str,),
    "sleep_hours": (float, type(None)),
    "harm_thoughts": (bool, type(None)),
}


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.fixed_dictionaries({name: _ANY_JSON_VALUE for name in _CHECKIN_SCALARS}))
def test_a_value_of_the_wrong_json_type_is_refused_never_taken(values):
    """Any value in the field's own type is taken, an int for a float is converted, and
    anything else is refused, in every field. The payload as a save writes it (read in one
    pass) and the same document written by another JSON writer (parsed, then converted)
    come out the same."""
    document = {
        "schema": SCHEMA_VERSION,
        "profile": {"created_at": "2026-03-02T10:00:00+01:00"},
        "checkins": [{"id": "k", "at": "2026-03-02T10:00:00+01:00", **values}],
    }
    outcomes = []
    for separators in _WRITERS.values():
        try:
            outcomes.append(decode_vault(json.dumps(document, separators=separators).encode()))
        except PayloadError:
            outcomes.append(None)
    compact, spaced = outcomes
    assert compact == spaced
    if compact is None:
        return
    checkin = compact[0].checkins[0]
    for name, allowed in _CHECKIN_SCALARS.items():
        assert type(getattr(checkin, name)) in allowed, name
    for name in ("mood", "distress", "craving"):
        assert values[name] is None or type(values[name]) is int, name  # never a bool
    if type(values["sleep_hours"]) in (int, float):
        assert checkin.sleep_hours == values["sleep_hours"]
