"""A note, a commitment or a homework line that looks like markup is shown as written."""

from __future__ import annotations

from tests.functional.conftest import FIXED_NOW, settle, unlock
from tests.functional.screen_text import painted_text, squashed, widget_text


def _checkin(note):
    from tryggsti.domain.records import CheckIn

    return CheckIn(id="c1", at=FIXED_NOW, mood=5, distress=3, note=note)


def _commitment(text, reflection=""):
    from tryggsti.domain.records import Commitment

    return Commitment(id="f1", text=text, created_at=FIXED_NOW, reflection=reflection)


async def _visit(pilot, key):
    await pilot.press(key)
    await settle(pilot)
    return painted_text(pilot.app)


async def test_a_mood_note_with_a_closing_tag_opens_the_mood_log(make_vault, make_app):
    make_vault(lambda data: data.checkins.append(_checkin("[/b] HEMMELIG")))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        shown = await _visit(pilot, "m")
        assert "[/b] HEMMELIG" in shown


async def test_a_mood_note_in_brackets_does_not_disappear(make_vault, make_app):
    make_vault(lambda data: data.checkins.append(_checkin("[jobb] stress")))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        shown = await _visit(pilot, "m")
        assert "[jobb] stress" in shown


async def test_a_commitment_with_markup_opens_the_list_and_the_dialog(make_vault, make_app):
    make_vault(lambda data: data.commitments.append(_commitment("HEMMELIG [/] x", "[b]ok")))
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        assert "HEMMELIG [/] x" in painted_text(app)  # home lists open commitments
        shown = await _visit(pilot, "f")
        assert "HEMMELIG [/] x" in shown
        shown = await _visit(pilot, "enter")
        assert type(app.screen).__name__ == "CommitmentStatusScreen"
        assert "HEMMELIG [/] x" in shown and "[b]ok" in shown


async def test_a_commitment_from_a_homework_file_is_shown_as_written(
    make_vault, make_app, tmp_path
):
    path = tmp_path / "lekse.toml"
    path.write_text(
        'terapeut = "[i]Anne"\nmelding = "[@click=app.quit]trykk[/]"\n'
        "start = 2026-03-01\nfrist = 2026-03-14\n"
        'forpliktelser = ["HEMMELIG [/] x", "[link=https://x]lenke"]\n',
        encoding="utf-8",
    )
    make_vault()
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await pilot.press("l")
        await settle(pilot)
        app.screen.query_one("#homework-path").value = str(path)
        app.screen.query_one("#import").press()
        await settle(pilot)
        assert len(app.session.data.homework) == 1
        shown = squashed(widget_text(app.screen))
        painted_text(app)
        for text in ("[i]Anne", "[@click=app.quit]trykk[/]", "HEMMELIG [/] x"):
            assert squashed(text) in shown
        shown = await _visit(pilot, "escape")
        shown = await _visit(pilot, "f")
        assert "HEMMELIG [/] x" in shown and "[link=https://x]lenke" in shown


async def test_a_safety_plan_with_markup_is_shown_as_written(make_vault, make_app):
    from tryggsti.domain.records import Contact

    def fill(data):
        plan = data.safety_plan
        plan.warning_signs = ["[/]", "[jobb] \\[b] $x"]
        plan.help_contacts = [Contact(name="[b]Kari", phone="[/]", note="[dim]")]

    make_vault(fill)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await unlock(pilot)
        await _visit(pilot, "t")
        shown = widget_text(app.screen)
        for text in ("[/]", "[jobb] \\[b] $x", "[b]Kari", "[dim]"):
            assert text in shown
