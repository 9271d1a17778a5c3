"""Who supports the person (issue 11.3): asked once, optionally; the words follow the answer."""

from __future__ import annotations

import pytest

from tests.functional.screen_text import squashed, widget_text
from tests.helpers import PASSPHRASE, settle, unlock

LOW_ANSWERS = [1] * 13


def _said(static) -> str:
    """A Static's text with its wrapping undone."""
    return " ".join(
        str(static.render()).split()
    )  # a low total: the gentle word about talking with someone is shown


async def _first_run_to_the_question(app, pilot):
    await settle(pilot)
    app.screen.query_one("#first").value = PASSPHRASE
    app.screen.query_one("#second").value = PASSPHRASE
    app.screen.query_one("#second").focus()
    await pilot.press("enter")
    await settle(pilot)
    code = app.screen._code
    app.screen.query_one("#last-group").value = code.split("-")[-1]
    await pilot.press("enter")
    await settle(pilot)
    assert type(app.screen).__name__ == "SupporterScreen"


async def test_first_run_asks_and_keeps_the_answer_in_the_vault(make_app, vault_path):
    from tryggsti.services.session import VaultSession

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _first_run_to_the_question(app, pilot)
        text = squashed(widget_text(app.screen.query_one("#supporter")))
        assert "frivillig" in text and "Vilikkesvare" in text
        await pilot.press("down", "down", "enter")  # the third: only the fastlege
        await pilot.click("#next")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.session.data.profile.supporter == "fastlege"
    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        assert session.data.profile.supporter == "fastlege"  # saved, encrypted


async def test_skipping_the_question_stores_nothing(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _first_run_to_the_question(app, pilot)
        await pilot.click("#skip")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.session.data.profile.supporter is None


def _set(supporter):
    def fill(data):
        data.profile.supporter = supporter

    return fill


async def _oas_result_text(app, pilot) -> str:
    await unlock(pilot)
    await pilot.press("o")
    await settle(pilot)
    await pilot.press("enter")
    for answer in LOW_ANSWERS:
        await pilot.press(str(answer))
    await pilot.press("enter")
    await settle(pilot)
    return _said(app.screen.query_one("#oas-status"))


@pytest.mark.parametrize(
    ("supporter", "expected", "absent"),
    [
        ("behandler", "behandleren din", None),
        ("fastlege", "fastlegen din", "behandler"),
        ("venteliste", "mens du venter", "behandleren din"),
        ("alene", "hjelpetelefonene", "behandler"),
        (None, "fastlegen, en behandler", "behandleren din"),
    ],
)
async def test_the_word_after_oas_follows_the_answer(
    make_vault, make_app, supporter, expected, absent
):
    make_vault(_set(supporter))
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        text = await _oas_result_text(app, pilot)
    assert "snakke med noen" in text and expected in text
    if absent:
        assert absent not in text


async def test_the_plan_and_homework_follow_the_answer(make_vault, make_app, unlocked_app):
    make_vault(_set("alene"))
    app = make_app()
    async with unlocked_app(app, size=(100, 40)) as pilot:
        await pilot.press("l")
        await settle(pilot)
        empty = _said(app.screen.query_one("#homework-list"))
        assert "trenger ingen" in empty and "behandler" not in empty
        await pilot.press("escape")
        await pilot.press("t")
        await settle(pilot)
        app.screen.action_edit("professionals")
        await settle(pilot)
        hints = " ".join(_said(w) for w in app.screen.query(".hint"))
        assert "fastlegen og legevakten" in hints and "behandleren din" not in hints.lower()


async def test_the_answer_can_be_changed_in_settings(
    make_vault, make_app, vault_path, unlocked_app
):
    from tryggsti.services.session import VaultSession

    make_vault(_set("venteliste"))
    app = make_app()
    async with unlocked_app(app, size=(100, 40)) as pilot:
        await pilot.press("s")
        await settle(pilot)
        choice = app.screen.query_one("#supporter")
        chosen = [button.name for button in choice.query("RadioButton") if button.value]
        assert chosen == ["venteliste"]
        choice.query("RadioButton")[0].value = True  # «Jeg har en behandler»
        await settle(pilot)
        assert app.session.data.profile.supporter == "behandler"
        assert app.flush_saves()
    with VaultSession.unlock(vault_path, PASSPHRASE) as session:
        assert session.data.profile.supporter == "behandler"
