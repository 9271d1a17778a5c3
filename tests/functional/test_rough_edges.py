"""Rough edges a first-time user, a returning user and a therapist met (issue 29), each
at the size where it was seen."""

from __future__ import annotations

import re

import pytest
from textual import events

from tests.functional.screen_text import painted_text
from tests.helpers import PASSPHRASE, settle, unlock

SIZES = pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])


def _letters(text: str) -> str:
    """Only letters, digits and sentence marks: borders, scroll bars and line ends go."""
    return re.sub(r"[^\w.,:;!?…«»()/-]", "", text)


def _seen(app, text: str) -> bool:
    return _letters(text) in _letters(painted_text(app))


def _in_view(app, selector: str) -> bool:
    widget = app.screen.query_one(selector)
    return widget in app.screen._compositor.visible_widgets


async def _to_recovery_code(pilot):
    app = pilot.app
    await settle(pilot)
    app.screen.query_one("#first").value = PASSPHRASE
    app.screen.query_one("#second").value = PASSPHRASE
    app.screen.query_one("#second").focus()
    await pilot.press("enter")
    await settle(pilot)
    assert type(app.screen).__name__ == "RecoveryCodeScreen"


@SIZES
async def test_the_recovery_code_screen_opens_at_its_top(make_app, size):
    """Point 2: it opened scrolled down to the field, so «Den vises bare nå» was hidden."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await _to_recovery_code(pilot)
        assert _seen(app, "Din gjenopprettingskode")
        assert _seen(app, "Den vises bare nå")


@SIZES
async def test_a_wrong_last_four_is_said_where_it_is_seen(make_app, size):
    """Point 1: the answer to a wrong last four was below the fold until Tab."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await _to_recovery_code(pilot)
        await pilot.press(*"XXXX", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoveryCodeScreen"
        assert _seen(app, "Det stemte ikke helt")


@SIZES
async def test_the_welcome_screen_opens_at_its_top_and_typing_shows_the_field(make_app, size):
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert _seen(app, "Velkommen til tryggsti")
        await pilot.press(*"blåbær")
        await settle(pilot)
        assert _in_view(app, "#first")


@SIZES
async def test_making_the_vault_shows_the_same_sign_of_work_as_unlocking(
    make_app, size, monkeypatch
):
    """Point 10: creating the vault takes a second; «Lager …» and the spinner show."""
    from tryggsti.ui.screens.welcome_screen import WelcomeScreen

    monkeypatch.setattr(WelcomeScreen, "_make_vault", lambda self, passphrase: None)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.screen.query_one("#first").value = PASSPHRASE
        app.screen.query_one("#second").value = PASSPHRASE
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert _seen(app, "Lager hvelvet")
        assert _in_view(app, "#welcome-busy")


async def _a_key_typed_while_opening(pilot, monkeypatch, start_screen: str):
    """Enter starts the opening; a key is typed before Hjem is drawn and reaches the app
    only after (the event loop was busy building Hjem)."""
    app = pilot.app
    await settle(pilot)
    assert type(app.screen).__name__ == start_screen
    from tryggsti.services.session import VaultSession
    from tryggsti.ui.screens.unlock_screen import UnlockScreen

    monkeypatch.setattr(UnlockScreen, "_unlock", lambda self, passphrase: None)
    app.screen.query_one("#passphrase").value = PASSPHRASE
    await pilot.press("enter")
    await settle(pilot)
    assert _seen(app, "Åpner")
    typed = events.Key("a", "a")  # stamped now, while «Åpner …» shows
    session = VaultSession.unlock(app.vault_path, PASSPHRASE, clock=app.clock)
    app.start_session(session)
    app.post_message(typed)
    await settle(pilot)
    return typed


async def test_keys_typed_while_unlocking_are_dropped(make_vault, make_app, monkeypatch):
    """Point 13: an «a» typed while «Åpner …» ran opened «Om tryggsti» once Hjem came."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _a_key_typed_while_opening(pilot, monkeypatch, "UnlockScreen")
        assert type(app.screen).__name__ == "HomeScreen"
        await pilot.press("a")  # typed once Hjem shows: works
        await settle(pilot)
        assert type(app.screen).__name__ == "AboutScreen"


async def test_the_hide_key_typed_while_unlocking_still_hides(make_vault, make_app, monkeypatch):
    """F12 pressed while «Åpner …» shows must not be dropped: Hjem would show the data."""
    from tryggsti.services.session import VaultSession
    from tryggsti.ui.screens.unlock_screen import UnlockScreen

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(UnlockScreen, "_unlock", lambda self, passphrase: None)
        app.screen.query_one("#passphrase").value = PASSPHRASE
        await pilot.press("enter")
        await settle(pilot)
        hide = events.Key("f12", None)
        app.start_session(VaultSession.unlock(app.vault_path, PASSPHRASE, clock=app.clock))
        app.post_message(hide)
        await settle(pilot)
        assert type(app.screen).__name__ == "HiddenScreen"


async def test_after_a_wrong_passphrase_keys_work_again(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "feil-passord-her")
        assert type(app.screen).__name__ == "UnlockScreen"
        await unlock(pilot)
        await pilot.press("a")
        await settle(pilot)
        assert type(app.screen).__name__ == "AboutScreen"


async def _new_commitment(pilot):
    await unlock(pilot)
    await pilot.press("f")
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "CommitmentEditScreen"


async def test_enter_in_a_new_commitment_moves_to_the_deadline_and_saves_there(
    make_vault, make_app
):
    """Point 3: Enter in the words saved at once, without a deadline, and the next keys
    landed on the list (an Enter opened another commitment's status dialog)."""
    from datetime import date

    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _new_commitment(pilot)
        await pilot.press(*"Ringe Kari", "enter")
        await settle(pilot)
        assert app.session.data.commitments == []
        assert app.focused.id == "due"
        await pilot.press(*"9.3", "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "CommitmentsScreen"
        [commitment] = app.session.data.commitments
        assert (commitment.text, commitment.due) == ("Ringe Kari", date(2026, 3, 9))


@pytest.mark.parametrize(
    ("typed", "said"), [("31.2", "31. februar finnes ikke"), ("29.2.2027", "29. februar 2027")]
)
async def test_a_day_that_does_not_exist_is_named(make_vault, make_app, typed, said):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _new_commitment(pilot)
        await pilot.press(*"Gå tur", "enter", *typed, "enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "CommitmentEditScreen"
        assert said in str(app.screen.query_one("#edit-message").render())
        assert app.session.data.commitments == []


async def test_the_example_deadline_is_after_today(make_vault, make_app):
    """Point 3: in December the example «9.3 eller 9.3.2026» was a day already gone."""
    from datetime import datetime

    from tests.helpers import OSLO_WINTER
    from tryggsti.dates import parse_day

    december = datetime(2026, 12, 8, 10, 0, tzinfo=OSLO_WINTER)
    make_vault()
    app = make_app(clock=lambda: december)
    async with app.run_test(size=(80, 24)) as pilot:
        await _new_commitment(pilot)
        hint = app.screen.query_one("#due").placeholder
        examples = re.findall(r"\d+\.\d+(?:\.\d+)?", hint)
        assert len(examples) == 2, hint
        for example in examples:
            assert parse_day(example, december.date()) > december.date(), hint
        await pilot.press(*"Gå tur", "enter", *"1.1.x", "enter")
        await settle(pilot)
        message = str(app.screen.query_one("#edit-message").render())
        assert re.findall(r"\d+\.\d+(?:\.\d+)?", message) == examples


async def test_the_start_hint_says_type_a_number(make_vault, make_app):
    """Point 4: «Velg et tall med piltastene eller et tall» became «… eller skriv et tall»."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        hint = str(app.screen.query_one("#player-status").render())
        assert hint.startswith("Velg et tall med piltastene, eller skriv et tall,"), hint


@pytest.mark.parametrize("vault", ["none", "locked"])
@SIZES
async def test_grounding_before_unlocking_says_in_one_line_it_is_not_saved(
    make_vault, make_app, vault, size
):
    """Point 12: from the first-run screen the session was not saved, and nothing said so."""
    from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen

    if vault == "locked":
        make_vault()
    expected = {
        "none": "Øvelsen blir ikke lagret, fordi du ikke har laget hvelvet ennå.",
        "locked": "Øvelsen blir ikke lagret, fordi hvelvet er låst.",
    }[vault]
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert isinstance(app.screen, GroundingPlayerScreen)
        assert _seen(app, expected)
        await pilot.press("enter")  # the steps
        await settle(pilot)
        assert _seen(app, expected)


async def test_an_unlocked_player_says_nothing_about_saving(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f2")
        await settle(pilot)
        assert not _seen(app, "blir ikke lagret")


@SIZES
async def test_an_opened_topics_status_is_whole(make_vault, make_app, size):
    """Point 5: at 80 columns the status was cut to «Åpnet, 1 a» with no «…»."""
    make_vault()
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "TopicsScreen"
        count = len(app.library.topics_in_order()[0].questions)
        assert f"Åpnet, 0/{count} svar" in painted_text(app)


async def _palette_first_hit(pilot, query: str) -> str:
    app = pilot.app
    await pilot.press("ctrl+p")
    await settle(pilot)
    await pilot.press(*query)
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    return type(app.screen).__name__


@pytest.mark.parametrize(
    "query", ["selvmord", "telefon", "krise", "ringe", "overdose", "Selvm", "ta livet"]
)
async def test_words_for_help_lead_to_hjelp_naa(make_vault, make_app, query):
    """Point 8: «selvmord», «telefon», «krise», «ringe» found nothing in Ctrl+P."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert await _palette_first_hit(pilot, query) == "HelpNowScreen"


async def test_words_for_help_work_before_unlocking(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert await _palette_first_hit(pilot, "selvmord") == "HelpNowScreen"


async def test_a_title_still_finds_its_part(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert await _palette_first_hit(pilot, "panikk") == "GroundingListScreen"
        await pilot.press("escape")
        await settle(pilot)
        assert await _palette_first_hit(pilot, "Forpl") == "CommitmentsScreen"


SAVE_TOASTS = [
    "checkin.saved",
    "plan.saved",
    "relapse.saved",
    "reader.commitment_added",
    "reader.commitment_exists",
    "oas_screen.draft_kept",
]


@SIZES
@pytest.mark.parametrize("key", SAVE_TOASTS)
async def test_a_toast_after_a_save_covers_only_the_title_bar(make_vault, make_app, size, key):
    """Point 9: toasts sat over the next screen's text for up to 3 s after a save."""
    from textual.widgets._toast import Toast

    from tryggsti.strings import t

    make_vault()
    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await unlock(pilot)
        app.notify(t(key))
        await settle(pilot)
        [toast] = app.screen.query(Toast)
        title_bar = app.screen.query_one("#title-bar")
        assert toast.region.y == title_bar.region.y and toast.region.height == 1, toast.region
        title = app.screen.query_one("#screen-title")
        assert toast.region.x > title.region.x + len(str(title.render())), "covers the title"


LONG_COMMITMENT = "Ringe søster og spørre om hun vil gå en tur med meg på lørdag formiddag"


def _with_long_commitment(data):
    from datetime import date

    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import Commitment

    data.commitments.append(Commitment("k1", LONG_COMMITMENT, FIXED_NOW, due=date(2026, 3, 7)))


@SIZES
async def test_a_wrapped_bullet_on_hjem_keeps_its_hanging_indent(make_vault, make_app, size):
    """Point 11: the second line of a long commitment started under the bullet."""
    make_vault(_with_long_commitment)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        rows = painted_text(app).splitlines()
        [first] = [i for i, row in enumerate(rows) if "• Ringe søster" in row]
        text_column = rows[first].index("Ringe")
        following = rows[first + 1]
        assert following[:text_column].strip() == "", following
        assert following[text_column] != " ", following  # the words go on right there


@SIZES
async def test_hjem_explains_the_marks_under_the_chart(make_vault, make_app, size):
    """Point 11: the «•» under the chart (a day with use) was unexplained on Hjem."""
    make_vault()
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        app.screen.query_one("#home-chart-legend").scroll_visible(animate=False)
        await settle(pilot)
        assert _seen(app, "• under søylene: dager med rus.")


LONG_NOTE = "Tung dag på jobben. " * 8 + "Til slutt ringte jeg Kari, og det hjalp."


def _checkins_with_thoughts(data):
    from datetime import timedelta

    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import CheckIn

    data.checkins += [
        CheckIn("c-ja", FIXED_NOW, mood=2, distress=8, harm_thoughts=True, note=LONG_NOTE),
        CheckIn("c-nei", FIXED_NOW - timedelta(days=1), mood=5, distress=4, harm_thoughts=False),
        CheckIn("c-ukjent", FIXED_NOW - timedelta(days=2), mood=6, distress=3),
    ]


async def _mood_log(pilot):
    await unlock(pilot)
    await pilot.press("m")
    await settle(pilot)
    assert type(pilot.app.screen).__name__ == "MoodLogScreen"
    return pilot.app.screen.query_one("#mood-table")


async def test_the_mood_log_marks_thoughts_of_harm_and_says_what_the_mark_means(
    make_vault, make_app
):
    """Issue 26 point 5: thoughts of harm answered «ja» show in the mood log, with a
    legend in words."""
    make_vault(_checkins_with_thoughts)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _mood_log(pilot)
        assert str(table.get_cell("c-ja", "harm")) == "ja"
        assert str(table.get_cell("c-nei", "harm")) == ""
        assert str(table.get_cell("c-ukjent", "harm")) == ""
        assert "Tanker" in painted_text(app)  # the column is in view at 80 columns
        legend = app.screen.query_one("#mood-harm-legend")
        legend.scroll_visible(animate=False)
        await settle(pilot)
        assert _seen(app, "Tanker: «ja» betyr at du svarte ja på spørsmålet om tanker om å")


@SIZES
async def test_a_check_in_opens_whole_with_the_answer_about_thoughts(make_vault, make_app, size):
    """Point 14: a long note was cut with «…» and could not be read whole anywhere."""
    make_vault(_checkins_with_thoughts)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        table = await _mood_log(pilot)
        assert str(table.get_cell("c-ja", "note")).endswith("…")
        table.focus()
        await pilot.press("enter")  # the newest row is the first
        await settle(pilot)
        assert type(app.screen).__name__ == "CheckInEntryScreen"
        assert _seen(app, "mandag 2. mars 2026")
        assert _seen(app, "Tanker om å skade deg selv eller ta livet ditt: ja")
        assert app.screen.query_one("#entry-note").text == LONG_NOTE.strip()


async def test_a_check_in_says_nei_and_not_answered_apart(make_vault, make_app):
    from tryggsti.ui.screens.checkin_entry_screen import CheckInEntryScreen

    make_vault(_checkins_with_thoughts)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _mood_log(pilot)
        for checkin_id, answer in (("c-nei", "nei"), ("c-ukjent", "ikke svart")):
            app.push_screen(CheckInEntryScreen(checkin_id))
            await settle(pilot)
            assert _seen(app, f"ta livet ditt: {answer}")
            await pilot.press("escape")
            await settle(pilot)


async def test_what_was_written_in_a_check_in_can_be_changed(make_vault, make_app):
    make_vault(_checkins_with_thoughts)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _mood_log(pilot)
        table.focus()
        await pilot.press("enter")
        await settle(pilot)
        app.screen.query_one("#entry-note").text = "Kort nå"
        await pilot.press("escape")  # saved on the way back
        await settle(pilot)
        assert type(app.screen).__name__ == "MoodLogScreen"
        [entry] = [c for c in app.session.data.checkins if c.id == "c-ja"]
        assert entry.note == "Kort nå" and entry.harm_thoughts is True and entry.distress == 8
        assert str(app.screen.query_one("#mood-table").get_cell("c-ja", "note")) == "Kort nå"
    from tryggsti.services.session import VaultSession

    again = VaultSession.unlock(app.vault_path, PASSPHRASE, clock=app.clock)
    assert [c.note for c in again.data.checkins if c.id == "c-ja"] == ["Kort nå"]
    again.close()


async def test_an_empty_mood_log_does_not_offer_to_open_a_check_in(make_vault, make_app):
    """Found on the tmux walk: «Velg en innsjekk … trykk Enter» under an empty table."""
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await _mood_log(pilot)
        assert not _seen(app, "Velg en innsjekk med piltastene")


async def test_a_later_ja_reaches_the_kept_mood_log(make_vault, make_app):
    """SAFETY-RESPONSES «Persistence»: a «ja» given afterwards (the gentle ask updates the
    saved check-in) shows in the mood log, which is kept between visits."""
    from dataclasses import replace

    make_vault(_checkins_with_thoughts)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        table = await _mood_log(pilot)
        assert str(table.get_cell("c-ukjent", "harm")) == ""
        await pilot.press("escape")
        await settle(pilot)
        checkins = app.session.data.checkins
        index = next(i for i, c in enumerate(checkins) if c.id == "c-ukjent")
        checkins[index] = replace(checkins[index], harm_thoughts=True)
        app.session.save()
        await pilot.press("m")
        await settle(pilot)
        table = app.screen.query_one("#mood-table")
        assert str(table.get_cell("c-ukjent", "harm")) == "ja"
