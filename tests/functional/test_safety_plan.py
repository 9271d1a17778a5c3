"""Trygghetsplan: editing a list and the contacts, and what Hjelp nå shows from it."""

from __future__ import annotations

from tests.helpers import settle, unlock


async def test_editing_sections_saves_and_shows_the_plan(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("t")
        await settle(pilot)
        assert type(app.screen).__name__ == "SafetyPlanScreen"
        await pilot.press("1")
        await settle(pilot)
        await pilot.press(*"Jeg sover dårlig", "enter", *"Jeg trekker meg unna")
        await pilot.press("escape")
        await settle(pilot)
        plan = app.session.data.safety_plan
        assert plan.warning_signs == ["Jeg sover dårlig", "Jeg trekker meg unna"]
        assert "trekker meg unna" in str(app.screen.query_one("#plan-warning_signs").render())
        await pilot.press("4")
        await settle(pilot)
        await pilot.press(*"Kari | 900 00 000 | søster")
        await pilot.press("ctrl+s", "escape")
        await settle(pilot)
        contact = plan.help_contacts[0]
        assert (contact.name, contact.phone, contact.note) == ("Kari", "900 00 000", "søster")
        await pilot.press("f1")
        await settle(pilot)
        own = str(app.screen.query_one("#own-plan").render()).replace("\xa0", " ")
        assert "900 00 000" in own and "Jeg sover dårlig" in own


async def test_a_contact_without_a_name_is_explained_and_kept_on_screen(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("t", "5")
        await settle(pilot)
        await pilot.press(*"| 22 00 00 00")
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "SafetyPlanEditScreen"
        assert "mangler navn" in str(app.screen.query_one("#plan-message").render())
        assert app.screen.query_one("#plan-text").text == "| 22 00 00 00"
        assert app.session.data.safety_plan.professionals == []


async def test_locking_keeps_even_a_line_that_is_not_a_proper_contact(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("t", "5")
        await settle(pilot)
        await pilot.press(*"| 22 00 00 00", "f12")
        await settle(pilot)
        assert app.session is None
    from tests.helpers import PASSPHRASE
    from tryggsti.services.session import VaultSession

    with VaultSession.unlock(app.vault_path, PASSPHRASE) as session:
        assert session.data.safety_plan.professionals[0].name == "| 22 00 00 00"


async def test_the_plan_becomes_a_page_to_print_after_the_unencrypted_notice(
    make_vault, make_app, tmp_path, monkeypatch
):
    from tryggsti.domain.records import Contact

    def fill(data):
        data.safety_plan.warning_signs = ["Jeg sover dårlig"]
        data.safety_plan.help_contacts = [Contact("Kari", "900 00 000")]

    monkeypatch.setenv("HOME", str(tmp_path))
    make_vault(fill)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("t")
        await settle(pilot)
        app.screen.query_one("#print-plan").press()
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmScreen"
        assert "ikke kryptert" in app.screen.question
        assert list(tmp_path.glob("*.html")) == []  # nothing written before the yes
        app.screen.query_one("#yes").press()
        await settle(pilot)
        [page] = tmp_path.glob("tryggsti-trygghetsplan-*.html")
        text = page.read_text(encoding="utf-8")
        assert "Jeg sover dårlig" in text and "900 00 000" in text and "116 123" in text
        message = app.screen.query_one("#plan-message")
        assert str(page) in str(message.render())
        region = message.region
        assert region.height > 0 and app.screen.region.contains_region(region)
