"""OAS (SOC-13): a whole questionnaire with the keys, going back, review, result and history."""

from __future__ import annotations

from tests.helpers import settle, unlock

# The same answers as the scoring vectors in tests/unit/test_soc13.py give total 61.
ANSWERS = [4, 5, 3, 6, 4, 5, 4, 6, 5, 4, 5, 5, 5]


async def test_a_full_questionnaire_is_scored_and_saved(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
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
        assert "Samlet skår:" in result and "Begripelighet" in result
        # The result just saved is not listed as an earlier one (issue 14.22).
        assert "ikke fylt ut skjemaet før" in str(screen.query_one("#oas-status").render())
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


def _screen_text(app) -> str:
    from tests.functional.screen_text import painted_text

    return painted_text(app)


async def _start(pilot):
    await unlock(pilot)
    await pilot.press("o")
    await settle(pilot)
    await pilot.press("enter")
    return pilot.app.screen


async def test_esc_half_way_keeps_the_answers_to_resume(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _start(pilot)
        await pilot.press("4", "5", "3")
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        await pilot.press("o")
        await settle(pilot)
        again = app.screen
        assert again is screen  # kept (issue 12.1), and back in the draft
        assert again.phase == "item"
        assert again.index == 3 and again.answers[:3] == [4, 5, 3]


async def test_after_a_result_the_next_visit_starts_a_new_questionnaire(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _start(pilot)
        for answer in ANSWERS:
            await pilot.press(str(answer))
        await pilot.press("enter")
        await settle(pilot)
        assert screen.phase == "result"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert app.screen is screen
        assert screen.phase == "intro" and screen.index == 0
        assert screen.answers == [None] * len(ANSWERS)
        await pilot.press("enter", "3")
        assert screen.phase == "item" and screen.answers[0] == 3 and screen.index == 1


async def test_both_ends_of_the_scale_are_readable_at_80_columns(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _start(pilot)
        await pilot.press("4", "5", "3")  # item 4 has the longest anchors
        await settle(pilot)
        shown = _screen_text(app)
        assert "1 = ingen klare mål eller hensikt i det hele tatt" in shown
        assert "7 = svært klare mål og hensikt" in shown
        await pilot.press("6")
        await pilot.press("up")
        await settle(pilot)
        assert "[6]" in _screen_text(app)  # the chosen answer shows without colour


async def test_the_review_scrolls_by_keyboard_and_enter_says_it_saves(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _start(pilot)
        for answer in ANSWERS:
            await pilot.press(str(answer))
        await settle(pilot)
        assert screen.phase == "review"
        assert "Enter Lagre" in _screen_text(app)
        scroller = screen.query_one("#oas")
        await pilot.press("end")
        await settle(pilot)
        assert scroller.scroll_y > 0 or scroller.max_scroll_y == 0
        await pilot.press("enter")
        await settle(pilot)
        assert screen.phase == "result"
        assert "Enter Tilbake" in _screen_text(app)
        await pilot.press("pagedown")
        await settle(pilot)
        assert scroller.scroll_y > 0
