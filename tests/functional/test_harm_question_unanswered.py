"""The question about thoughts of suicide stays unanswered unless the person answers it."""

from __future__ import annotations

from tests.helpers import settle


async def test_enter_or_space_in_passing_does_not_answer_yes(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("i")
        await settle(pilot)
        question = app.screen.query_one("#harm-thoughts")
        question.focus()
        await pilot.press("enter", "space")
        await settle(pilot)
        assert question.pressed_button is None
        await pilot.press("down", "down", "enter")  # an arrow picks a button first: «Nei»
        await settle(pilot)
        assert question.pressed_button.id == "harm-no"
