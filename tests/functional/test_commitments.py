"""Forpliktelser: add with a due date, edit, close with a reflection; bad dates explained."""

from __future__ import annotations

from datetime import date

from tests.helpers import settle, unlock


async def _open(pilot):
    await unlock(pilot)
    await pilot.press("f")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "CommitmentsScreen"


async def test_add_edit_and_close_a_commitment(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"Ringe Kari", "enter", *"9.3", "enter")
        await settle(pilot)
        commitment = app.session.data.commitments[-1]
        assert (commitment.text, commitment.due) == ("Ringe Kari", date(2026, 3, 9))
        await pilot.press("e")
        await settle(pilot)
        field = app.screen.query_one("#text")
        field.value = "Ringe Kari på søndag"
        await pilot.press("enter", "enter")  # on to «Frist», and saved there
        await settle(pilot)
        [commitment] = app.session.data.commitments  # edited: a new record in its place
        assert commitment.text == "Ringe Kari på søndag"
        await pilot.press("enter")  # how did it go?
        await settle(pilot)
        assert type(app.screen).__name__ == "CommitmentStatusScreen"
        await pilot.press(*"Det var godt å høre stemmen")
        app.screen.query_one("#status-partly").press()
        await settle(pilot)
        [commitment] = app.session.data.commitments
        assert commitment.status == "delvis"
        assert commitment.reflection == "Det var godt å høre stemmen"
        assert commitment.done_at is not None
        status = app.screen.query_one("#commitments-table").get_cell(commitment.id, "status")
        assert status == "Delvis"


async def test_a_bad_date_is_explained_and_nothing_is_added(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"Gå tur", "enter", *"31.2", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "CommitmentEditScreen"
        assert "31. februar finnes ikke" in str(app.screen.query_one("#edit-message").render())
        assert app.session.data.commitments == []
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "CommitmentsScreen"


async def test_overdue_commitments_are_marked(make_vault, make_app):
    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import Commitment

    def fill(data):
        data.commitments.append(
            Commitment(id="old", text="Skrive dagbok", created_at=FIXED_NOW, due=date(2026, 2, 20))
        )

    make_vault(fill)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        due = app.screen.query_one("#commitments-table").get_cell("old", "due")
        assert "fristen var" in due


async def test_every_status_choice_is_on_screen_at_80x24(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(pilot)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press(*"Gå en tur", "enter", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "CommitmentStatusScreen"
        for button in app.screen.query("Button"):
            region = button.region
            assert region.height > 0 and app.screen.region.contains_region(region), button.id
