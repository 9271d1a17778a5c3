"""A password manager or a terminal paste sends text, Enter and more text in one burst:
every key must land in the field it was meant for."""

from __future__ import annotations

from textual import events

from tests.helpers import PASSPHRASE, settle


def _burst(app, text: str) -> None:
    """Queue every key at once, as a paste or a password manager delivers them."""
    for char in text:
        if char == "\n":
            app.post_message(events.Key("enter", "\r"))
        elif char == "\t":
            app.post_message(events.Key("tab", "\t"))
        else:
            app.post_message(events.Key(char, char))


async def test_both_passphrase_copies_in_one_burst_land_in_their_own_fields(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert type(app.screen).__name__ == "WelcomeScreen"
        _burst(app, f"{PASSPHRASE}\n{PASSPHRASE}")
        await settle(pilot)
        assert app.screen.query_one("#first").value == PASSPHRASE
        assert app.screen.query_one("#second").value == PASSPHRASE


async def test_a_title_tab_and_date_typed_fast_keep_the_date_out_of_the_title(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        from tests.helpers import unlock

        await unlock(pilot)
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        first = app.focused
        _burst(app, "Ringe legen om ny time\t28.11")
        await settle(pilot)
        assert first.value == "Ringe legen om ny time"
        assert app.focused is not first and app.focused.value == "28.11"


async def test_f1_still_works_once_in_a_burst(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.post_message(events.Key("f1", None))
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"
        assert len(app.screen_stack) == 2  # opened once over the unlock screen, not twice


async def test_fast_answers_on_the_check_in_scales_land_on_each_scale(make_vault, make_app):
    """«3 Tab 9 Tab 9» typed fast: mood 3, distress 9, craving 9 (found in a real terminal:
    the digits after Tab all landed on the mood scale)."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        from tests.helpers import unlock

        await unlock(pilot)
        await pilot.press("i")
        await settle(pilot)
        _burst(app, "3\t9\t9\t")
        await settle(pilot)
        values = [
            app.screen.query_one(f"#scale-{n}").value for n in ("mood", "distress", "craving")
        ]
        assert values == [3, 9, 9]
