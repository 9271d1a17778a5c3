"""OAS (SOC-13): a whole questionnaire with the keys, going back, review, result and history."""

from __future__ import annotations

from tests.functional.conftest import settle, unlock

# The same answers as the scoring vectors in tests/unit/test_soc13.py give total 61.
ANSWERS = [4, 5, 3, 6, 4, 5, 4, 6, 5, 4, 5, 5, 5]


async def test_a_full_questionnaire_is_scored_and_saved(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert type(screen).__name__ == "QuestionnaireScreen"
        await pilot.press("enter")
        assert screen.phase == "item"
        await pilot.press("enter")  # nothing chosen yet: stays, and says so
        assert screen.index == 0
        await pilot.press("2", "up")  # answer, then go back and change it
        assert screen.index == 0 and screen.answers[0] == 2
        await pilot.press("right", "right", "enter")
        assert screen.answers[0] == 4 and screen.index == 1
        await pilot.press("up", "right", "enter")
        assert screen.answers[0] == 5
        await pilot.press("up", "left", "enter")
        assert screen.answers[0] == 4
        for answer in ANSWERS[1:]:
            await pilot.press(str(answer))
        assert screen.phase == "review"
        await pilot.press("enter")
        await settle(pilot)
        assert screen.phase == "result"
        saved = app.session.data.questionnaire_results[-1]
        assert saved.answers == ANSWERS and saved.instrument_id == "soc13"
        result = str(screen.query_one("#oas-text").render())
        assert "Total:" in result and "Begripelighet" in result
        assert "tidligere resultater" in str(screen.query_one("#oas-status").render())
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
