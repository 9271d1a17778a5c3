"""Who supports the person: a checked value in the profile, and wording keys that follow it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tryggsti.domain.codec import encode_vault
from tryggsti.domain.decoding import decode_vault
from tryggsti.domain.records import InvalidRecord, Profile, VaultData
from tryggsti.domain.supporter import SUPPORTERS
from tryggsti.services.supporter import TABLES, set_supporter, supporter_key
from tryggsti.strings import t

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def test_only_known_answers_are_stored():
    with pytest.raises(InvalidRecord):
        Profile(created_at=NOW, supporter="psykolog")
    data = VaultData(profile=Profile(created_at=NOW))
    assert set_supporter(data, "alene") and not set_supporter(data, "alene")
    with pytest.raises(ValueError):
        set_supporter(data, "noe annet")


def test_the_answer_survives_a_round_trip_and_older_vaults_have_none():
    data = VaultData(profile=Profile(created_at=NOW, supporter="venteliste"))
    decoded, _ = decode_vault(encode_vault(data))
    assert decoded.profile.supporter == "venteliste"
    data.profile.supporter = None
    decoded, _ = decode_vault(encode_vault(data).replace(b'"supporter":null,', b""))
    assert decoded.profile.supporter is None


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize("supporter", [*SUPPORTERS, None])
def test_every_answer_has_its_own_words_in_every_place(table, supporter):
    data = VaultData(profile=Profile(created_at=NOW, supporter=supporter))
    assert t(supporter_key(data, table)).strip()


@pytest.mark.parametrize("table", TABLES)
def test_no_one_without_a_therapist_is_told_about_their_therapist(table):
    for supporter in ("venteliste", "fastlege", "alene", None):
        data = VaultData(profile=Profile(created_at=NOW, supporter=supporter))
        assert "behandleren din" not in t(supporter_key(data, table)).lower()
