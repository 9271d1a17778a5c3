"""The check-in and its response at 80x24, as a person meets them (SAFETY-RESPONSES.md)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tests.functional.screen_text import painted_text
from tests.helpers import FIXED_NOW, settle, unlock

WINTER = timezone(timedelta(hours=1))
NIGHT = datetime(2026, 3, 3, 2, 30, tzinfo=WINTER)


async def _checkin(pilot, **answers):
    """Open Innsjekk and fill it: scale values by name, ticked boxes and radios by id."""
    await unlock(pilot)
    await pilot.press("i")
    await settle(pilot)
    screen = pilot.app.screen
    for name in ("mood", "distress", "craving"):
        if name in answers:
            screen.query_one(f"#scale-{name}").value = answers.pop(name)
    for widget_id, value in answers.items():
        screen.query_one(f"#{widget_id}").value = value
    await settle(pilot)
    return screen


async def _save(pilot):
    await pilot.press("ctrl+s")
    await settle(pilot)


def _screen_name(app) -> str:
    return type(app.screen).__name__


def _text(app) -> str:
    return painted_text(app).replace("\xa0", " ")


def _worst_plan(data):
    from tryggsti.domain.records import Contact

    plan = data.safety_plan
    long = "som bor i nærheten og som alltid tar telefonen om natta, også når det er sent"
    plan.help_contacts = [
        Contact(f"Kari Nordmann, søsteren min {long}", "900 00 000"),
        Contact(f"Per, naboen min i tredje etasje {long}", "911 11 111"),
        Contact(f"Mamma, på mobilen, ikke hjemme {long}", "922 22 222"),
    ]
    plan.professionals = [Contact(f"Akutteamet i bydelen {long}", "23 00 00 00")]
    plan.childcare = [Contact(f"Mormor {long}", "933 33 333")]
    plan.safer_surroundings = [f"Gi tablettene til Kari {long}"] * 4
    plan.warning_signs = [f"Jeg slutter å svare på telefonen {long}"] * 5
    plan.inner_coping = [f"Kaldt vann i ansiktet {long}"] * 5


async def test_the_check_in_says_who_sees_the_answer_and_what_counts_as_use(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _checkin(pilot)
        words = " ".join(str(s.render()) for s in screen.query("Static"))
        assert "Ikke medisin du tar slik legen har skrevet den ut." in words
        assert "Svaret blir på denne maskinen, låst med passordet ditt." in words
        # One line per scale: the range is said once, in the label.
        assert "0 = tungt" not in words and "10 = godt" not in words


async def test_radios_answer_enter_and_space_and_never_yes_in_passing(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _checkin(pilot)
        question = screen.query_one("#harm-thoughts")
        question.focus()
        await pilot.press("enter", "space")
        await settle(pilot)
        assert question.pressed_button.id == "harm-unanswered"
        await pilot.press("down", "enter")
        await settle(pilot)
        assert question.pressed_button.id == "harm-no"
        await pilot.press("down", "space")
        await settle(pilot)
        assert question.pressed_button.id == "harm-yes"


async def test_the_kind_of_unsafe_behaviour_is_saved(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, unsafe=True)
        kinds = app.screen.query_one("#unsafe-kind")
        assert kinds.display
        kinds.focus()
        await pilot.press("down", "enter")  # «Jeg tok tabletter eller noe annet …»
        await _save(pilot)
        entry = app.session.data.checkins[-1]
        assert entry.unsafe_behaviour and entry.unsafe_kind == "tabletter"
        assert _screen_name(app) == "SafetyOfferScreen"
        assert "Du har tatt tabletter eller noe annet for å skade deg." in _text(app)


@pytest.mark.parametrize("choice, saved, screen", [
    ("leave-save", 1, "HomeScreen"),
    ("leave-discard", 0, "HomeScreen"),
    ("leave-stay", 0, "CheckInScreen"),
])  # fmt: skip
async def test_esc_on_a_filled_in_check_in_asks_first(make_vault, make_app, choice, saved, screen):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _checkin(pilot, mood=6, used=True)
        form.query_one("#used-what").value = "hasj"
        await pilot.press("escape")
        await settle(pilot)
        assert _screen_name(app) == "LeaveCheckInScreen"
        app.screen.query_one(f"#{choice}").press()
        await settle(pilot)
        if saved:  # the response to use comes first, then Hjem
            assert _screen_name(app) == "SafetyOfferScreen"
            await pilot.press("escape")
            await settle(pilot)
        assert len(app.session.data.checkins) == saved
        assert _screen_name(app) == screen
        if saved:
            assert app.session.data.checkins[0].substance_what == "hasj"


async def test_esc_on_an_empty_check_in_just_goes_back(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert _screen_name(app) == "HomeScreen"


async def test_thoughts_with_an_empty_plan_lead_to_numbers_not_to_an_empty_page(
    make_vault, make_app
):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, **{"harm-yes": True})
        await _save(pilot)
        assert _screen_name(app) == "SafetyOfferScreen"
        buttons = [b.name for b in app.screen.query("#response-choices Button")]
        assert buttons == ["help_now", "grounding", "not_now", "fill_plan_later"]
        assert app.screen.focused.name == "help_now"
        text = _text(app)
        assert "Mental Helse Hjelpetelefonen: 116 123" in text and "ring 113" in text
        assert "takk for at du fortalte" not in text.lower()
        await pilot.press("enter")  # the focused «Hjelp nå» works with Enter
        await settle(pilot)
        assert _screen_name(app) == "HelpNowScreen"


@pytest.mark.parametrize("button, opened", [
    ("help_now", "HelpNowScreen"),
    ("safety_plan", "SafetyPlanScreen"),
    ("grounding", "GroundingPlayerScreen"),
])  # fmt: skip
async def test_esc_from_what_the_response_opened_comes_back_to_it(
    make_vault, make_app, button, opened
):
    def plan(data):
        from tryggsti.domain.records import Contact

        data.safety_plan.help_contacts = [Contact("Kari", "900 00 000")]

    make_vault(plan)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, **{"harm-yes": True})
        await _save(pilot)
        response = app.screen
        response.query_one(f".choice-{button}").press()
        await settle(pilot)
        assert _screen_name(app) == opened
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is response
        response.query_one(".choice-not_now").press()
        await settle(pilot)
        assert _screen_name(app) == "HomeScreen"
        messages = [n.message for n in app._notifications]
        assert "Innsjekken er lagret." in messages
        assert not any("Fint" in message for message in messages)


async def test_the_gentle_question_reaches_the_saved_check_in_and_the_response(
    make_vault, make_app, tmp_path
):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, mood=1)
        await _save(pilot)
        assert _screen_name(app) == "ResponseQuestionScreen"
        asked = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Du trenger ikke svare." in asked
        app.screen.query_one("#answer-ja").press()
        await settle(pilot)
        assert _screen_name(app) == "SafetyOfferScreen"
        assert app.session.data.checkins[-1].harm_thoughts is True
        text = _text(app)
        assert "Du svarte ja på at du har tanker om å skade deg selv" in text
        assert "116 123" in text
        from tryggsti.domain.codec import to_jsonable

        exported = to_jsonable(app.session.data)
    assert exported["checkins"][-1]["harm_thoughts"] is True


async def test_an_enter_in_passing_skips_the_gentle_question(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, mood=1)
        await _save(pilot)
        assert _screen_name(app) == "ResponseQuestionScreen"
        await pilot.press("enter")
        await settle(pilot)
        assert _screen_name(app) == "SafetyOfferScreen"
        assert app.session.data.checkins[-1].harm_thoughts is None


async def test_the_gentle_question_is_skipped_with_one_key(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, mood=1)
        await _save(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert _screen_name(app) == "SafetyOfferScreen"
        assert app.session.data.checkins[-1].harm_thoughts is None
        assert "Det virker tungt akkurat nå." in _text(app)


async def test_after_many_days_of_yes_as_usual_gives_the_short_response(make_vault, make_app):
    def thirteen_days(data):
        from tryggsti.domain.records import CheckIn

        for day in range(13, 0, -1):
            at = FIXED_NOW - timedelta(days=day)
            data.checkins.append(CheckIn(f"d{day}", at, 4, 4, harm_thoughts=True))
        data.profile.supporter = "behandler"

    make_vault(thirteen_days)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, **{"harm-yes": True})
        await _save(pilot)
        assert _screen_name(app) == "ResponseQuestionScreen"
        asked = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Er det sterkere enn vanlig i dag?" in asked
        app.screen.query_one("#answer-som_vanlig").press()
        await settle(pilot)
        text = _text(app)
        assert "Du har svart ja 14 dager de siste to ukene." in text
        assert "behandleren din" in text
        assert "116 123" in text and "113" in text
        assert "Legg bort" not in text


async def test_a_long_response_opens_the_overdose_steps_with_o_and_remembers(make_vault, make_app):
    make_vault()
    app = make_app(clock=lambda: NIGHT)
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, **{"harm-yes": True, "used": True})
        await _save(pilot)
        words = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "Trykk O" in words and "1. Ring 113." not in words
        assert app.session.data.response_memory.overdose_steps_shown_at is None
        await pilot.press("o")
        await settle(pilot)
        words = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "1. Ring 113." in words and "Nalokson" in words
        assert app.session.data.response_memory.overdose_steps_shown_at == NIGHT


@pytest.mark.parametrize("ticked, numbers", [
    ({"harm-yes": True, "used": True, "unsafe": True, "unsafe-skade": True},
     ("Mental Helse Hjelpetelefonen: 116 123", "113")),
    ({"unsafe": True, "unsafe-tabletter": True, "harm-yes": True, "used": True},
     ("Mental Helse Hjelpetelefonen: 116 123", "113")),
    ({"unsafe": True, "unsafe-tabletter": True}, ("Mental Helse Hjelpetelefonen: 116 123", "113")),
    ({"unsafe": True, "unsafe-skade": True, "harm-no": True}, ("Legevakt, 116 117", "113")),
    ({"unsafe": True, "unsafe-annet": True, "used": True, "harm-no": True},
     ("Legevakt, 116 117", "113")),
    ({"used": True, "harm-no": True}, ("113",)),
])  # fmt: skip
async def test_at_80x24_the_numbers_are_on_the_first_screen_in_the_worst_case(
    make_vault, make_app, ticked, numbers
):
    """Three long contacts, a long plan, the first check-in, 02:30: the numbers the
    specification names are inside the response without scrolling."""
    make_vault(_worst_plan)
    app = make_app(clock=lambda: NIGHT)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _checkin(pilot, mood=2)
        if "used" in ticked:
            form.query_one("#used-what").value = "heroin"
        for widget_id, value in ticked.items():
            form.query_one(f"#{widget_id}").value = value
        await settle(pilot)
        await _save(pilot)
        if _screen_name(app) == "ResponseQuestionScreen":
            await pilot.press("escape")
            await settle(pilot)
        assert _screen_name(app) == "SafetyOfferScreen"
        first_screen = _text(app)
    for number in numbers:
        assert number in first_screen, (number, first_screen)


async def test_overdose_steps_shown_by_logg_count_in_the_app_after_a_restart(
    make_vault, make_app, vault_path, monkeypatch, capsys
):
    from tests.unit.cli_helpers import logg

    make_vault()
    # `logg` runs on the real clock: the first use ever is a pause, so the full steps.
    result = logg(monkeypatch, capsys, vault_path, "5", "--rus", "øl", "--tanker", "nei")
    assert result.code == 0, result.err
    assert "1. Ring 113." in result.out
    tomorrow = datetime.now().astimezone() + timedelta(days=1)
    app = make_app(clock=lambda: tomorrow)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await _checkin(pilot, **{"used": True, "harm-no": True})
        form.query_one("#used-what").value = "øl"
        await _save(pilot)
        words = " ".join(str(s.render()) for s in app.screen.query("Static"))
    # Daily use, the steps shown yesterday by `logg`: one short line, not the wall again.
    assert "Ikke bruk alene, og ikke bland. Ved overdose: ring 113." in words
    assert "1. Ring 113." not in words


async def test_f12_hides_the_response_like_every_screen(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _checkin(pilot, **{"harm-yes": True})
        await _save(pilot)
        assert "F12 Skjul" in _text(app)  # the key bar says so
        await pilot.press("f12")
        await settle(pilot)
        assert _screen_name(app) == "HiddenScreen"
        assert "116 123" not in _text(app) and app.session is None
