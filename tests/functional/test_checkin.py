"""Innsjekk: saving a check-in, and the gentle offer after a hard one."""

from __future__ import annotations

from datetime import datetime

from tests.helpers import FIXED_NOW, settle, unlock


def _with_commitment(data):
    from tryggsti.domain.records import Commitment

    data.commitments.append(Commitment(id="c1", text="Gå en tur hver dag", created_at=FIXED_NOW))


async def _open_checkin(pilot):
    await unlock(pilot)
    await pilot.press("i")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "CheckInScreen"


async def test_a_calm_check_in_is_saved_and_marks_a_kept_commitment(make_vault, make_app):
    make_vault(_with_commitment)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_checkin(pilot)
        await pilot.press("7", "tab", "3", "tab", "2", "tab")  # mood 7, distress 3, craving 2
        await pilot.press(*"gikk tur, ringte Kari")
        app.screen.query_one("#kept-c1").value = True
        app.screen.query_one("#sleep").value = "7,5"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        entry = app.session.data.checkins[-1]
        assert (entry.mood, entry.distress, entry.craving) == (7, 3, 2)
        assert entry.safe_coping == ("gikk tur", "ringte Kari")
        assert entry.sleep_hours == 7.5
        assert entry.harm_thoughts is None  # «Vil ikke svare nå» stays unanswered
        assert app.session.data.commitments[0].status == "gjort"


async def test_an_empty_check_in_is_explained_and_nothing_is_saved(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_checkin(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert type(app.screen).__name__ == "CheckInScreen"
        message = str(app.screen.query_one("#checkin-message").render())
        assert "minst ett" in message
        assert app.session.data.checkins == []


async def test_unsafe_check_in_gently_offers_grounding(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_checkin(pilot)
        await pilot.press("3", "tab", "9")  # distress 9
        await pilot.press("ctrl+s")
        await settle(pilot)
        # The question about thoughts of harm was left unanswered: asked once, gently.
        assert type(app.screen).__name__ == "ResponseQuestionScreen"
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "SafetyOfferScreen"
        assert app.session.data.checkins[-1].distress == 9
        await pilot.press("enter")  # the first choice, grounding, has focus
        await settle(pilot)
        assert type(app.screen).__name__ == "GroundingPlayerScreen"


async def test_used_substances_are_recorded_with_details(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_checkin(pilot)
        await pilot.press("5", "tab", "4")
        screen = app.screen
        screen.query_one("#used").value = True
        await settle(pilot)
        screen.query_one("#used-what").value = "alkohol"
        screen.query_one("#used-amount").value = "fire øl"
        await pilot.press("ctrl+s")
        await settle(pilot)
        entry = app.session.data.checkins[-1]
        assert entry.substance_use and entry.substance_what == "alkohol"
        assert entry.at == FIXED_NOW and isinstance(entry.at, datetime)
        assert entry.craving is None  # not answered is not 0
        # Use is met with the response, and a look back («Se på det som skjedde»).
        assert type(app.screen).__name__ == "SafetyOfferScreen"
        assert str(app.screen.query_one(".choice-look_back").label) == "Se på det som skjedde"


async def test_the_ui_thread_never_compresses_a_save(make_vault, make_app, vault_path, monkeypatch):
    """Compressing a save (all of it, the first time after unlocking) is the worker's job:
    a key pressed meanwhile is never kept waiting."""
    import threading

    from tryggsti.vault import payload

    compressed_on: set[int] = set()
    real_piece = payload.piece

    def piece(part: bytes) -> bytes:
        compressed_on.add(threading.get_ident())
        return real_piece(part)

    monkeypatch.setattr(payload, "piece", piece)
    make_vault(_with_commitment)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_checkin(pilot)
        compressed_on.clear()  # making the test vault saved it here, before the app
        await pilot.press("6", "tab", "2", "ctrl+s")
        await settle(pilot)
        assert app.flush_saves()
        assert compressed_on and threading.get_ident() not in compressed_on
    from tests.helpers import PASSPHRASE
    from tryggsti.services.session import VaultSession

    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        assert [(c.mood, c.distress) for c in session.data.checkins] == [(6, 2)]
