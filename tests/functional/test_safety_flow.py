"""After a hard check-in: the offer fits what was told, the «tilbakefall» reflection is
saved with its next step, overdose facts come after a pause, and nothing is forced."""

from __future__ import annotations

from datetime import timedelta

from tests.functional.screen_text import painted_text, squashed
from tests.helpers import FIXED_NOW, settle, unlock


async def _check_in(pilot, *, used=False, harm=None, digits=("5", "tab", "4")):
    await unlock(pilot)
    await pilot.press("i")
    await settle(pilot)
    await pilot.press(*digits)
    screen = pilot.app.screen
    if used:
        screen.query_one("#used").value = True
    if harm is not None:
        screen.query_one("#harm-yes" if harm else "#harm-no").value = True
    await settle(pilot)
    await pilot.press("ctrl+s")
    await settle(pilot)


def _shown(app) -> str:
    return squashed(painted_text(app))


async def test_thoughts_of_suicide_put_the_own_plan_113_and_116_123_first(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _check_in(pilot, harm=True, used=True)
        assert app.session.data.checkins[-1].harm_thoughts is True
        screen = app.screen
        assert type(screen).__name__ == "SafetyOfferScreen"
        assert app.focused.id == "safety_plan"
        shown = _shown(app)
        assert squashed("Takk for at du fortalte det") in shown
        assert "113" in shown and squashed("116 123") in shown
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "SafetyPlanScreen"


async def test_high_distress_alone_gets_no_thanks_for_honesty(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _check_in(pilot, digits=("3", "tab", "9"))
        shown = _shown(app)
        assert squashed("Det virker som du har det tungt nå") in shown
        assert squashed("Takk for at du") not in shown
        await pilot.press("escape")  # one key skips: never a block
        await settle(pilot)
        assert type(app.screen).__name__ == "HomeScreen"


async def test_after_use_the_reflection_is_saved_and_its_step_becomes_a_commitment(
    make_vault, make_app
):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _check_in(pilot, used=True)
        assert type(app.screen).__name__ == "SafetyOfferScreen"
        app.screen.query_one("#reflection").press()
        await settle(pilot)
        screen = app.screen
        assert type(screen).__name__ == "RelapseReflectionScreen"
        assert squashed("den gamle dosen kan gi en overdose som er livsfarlig") in squashed(
            str(screen.query_one("#relapse-overdose").render())
        )
        screen.query_one("#relapse-before").text = "Fest på jobben, alle drakk"
        screen.query_one("#relapse-helped").text = "Jeg gikk hjem før tolv"
        screen.query_one("#relapse-next-step").value = "Ringe Kari i morgen"
        screen.query_one("#relapse-commit").value = True
        await pilot.press("ctrl+s")
        await settle(pilot)
        [reflection] = app.session.data.relapse_reflections
        assert reflection.before == "Fest på jobben, alle drakk"
        assert reflection.checkin_id == app.session.data.checkins[-1].id
        commitment = next(
            c for c in app.session.data.commitments if c.id == reflection.commitment_id
        )
        assert commitment.text == "Ringe Kari i morgen"
        await pilot.press("m")
        await settle(pilot)
        assert squashed("Ringe Kari i morgen") in squashed(
            str(app.screen.query_one("#mood-relapses").render())
        )


async def test_use_after_a_week_without_brings_the_overdose_facts(make_vault, make_app):
    from tryggsti.domain.records import CheckIn

    def a_week_without(data):
        for days_ago in (9, 6, 3):
            data.checkins.append(
                CheckIn(
                    id=f"k{days_ago}", at=FIXED_NOW - timedelta(days=days_ago), mood=6, distress=2
                )
            )

    make_vault(a_week_without)
    app = make_app()
    async with app.run_test(size=(80, 40)) as pilot:
        await _check_in(pilot, used=True)
        assert app.screen.query("#offer-overdose")
        assert squashed("Nalokson") in squashed(
            str(app.screen.query_one("#offer-overdose").render())
        )


async def test_a_first_use_with_no_history_has_no_overdose_paragraph(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _check_in(pilot, used=True)
        assert not app.screen.query("#offer-overdose")


async def test_days_without_use_show_on_home_only_when_switched_on(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        assert not app.screen.query_one("#home-without-use").display
        await pilot.press("s")
        await settle(pilot)
        app.screen.query_one("#days-without-use").value = True
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        counter = app.screen.query_one("#home-without-use")
        assert counter.display
        assert squashed("Dager uten rus: 0 av de siste 30") in squashed(str(counter.render()))
