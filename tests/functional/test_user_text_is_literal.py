"""A note, a commitment or a homework line that looks like markup is shown as written."""

from __future__ import annotations

from tests.functional.screen_text import painted_text, squashed, widget_text
from tests.helpers import FIXED_NOW, settle


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


async def test_a_mood_note_with_a_closing_tag_opens_the_mood_log(
    make_vault, make_app, unlocked_app
):
    make_vault(lambda data: data.checkins.append(_checkin("[/b] HEMMELIG")))
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        shown = await _visit(pilot, "m")
        assert "[/b] HEMMELIG" in shown


async def test_a_mood_note_in_brackets_does_not_disappear(make_vault, make_app, unlocked_app):
    make_vault(lambda data: data.checkins.append(_checkin("[jobb] stress")))
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        shown = await _visit(pilot, "m")
        assert "[jobb] stress" in shown


async def test_a_commitment_with_markup_opens_the_list_and_the_dialog(
    make_vault, make_app, unlocked_app
):
    make_vault(lambda data: data.commitments.append(_commitment("HEMMELIG [/] x", "[b]ok")))
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        assert "HEMMELIG [/] x" in painted_text(app)  # home lists open commitments
        shown = await _visit(pilot, "f")
        assert "HEMMELIG [/] x" in shown
        shown = await _visit(pilot, "enter")
        assert type(app.screen).__name__ == "CommitmentStatusScreen"
        assert "HEMMELIG [/] x" in shown and "[b]ok" in shown


async def test_a_commitment_from_a_homework_file_is_shown_as_written(
    make_vault, make_app, tmp_path, unlocked_app
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
    async with unlocked_app(app, size=(120, 40)) as pilot:
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


async def test_a_safety_plan_with_markup_is_shown_as_written(make_vault, make_app, unlocked_app):
    from tryggsti.domain.records import Contact

    def fill(data):
        plan = data.safety_plan
        plan.warning_signs = ["[/]", "[jobb] \\[b] $x"]
        plan.help_contacts = [Contact(name="[b]Kari", phone="[/]", note="[dim]")]

    make_vault(fill)
    app = make_app()
    async with unlocked_app(app, size=(120, 40)) as pilot:
        await _visit(pilot, "t")
        shown = widget_text(app.screen)
        for text in ("[/]", "[jobb] \\[b] $x", "[b]Kari", "[dim]"):
            assert text in shown


def _markup_content(tmp_path):
    """The test corpus folder with markup and escapes in titles, steps and questions."""
    import shutil
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "content_corpus" / "valid"
    folder = tmp_path / "innhold"
    shutil.copytree(corpus, folder)
    script = folder / "grounding" / "kveldsrunde.toml"
    text = script.read_text(encoding="utf-8")
    text = text.replace('title = "Kveldsrunde"', 'title = "[/] Kveldsrunde [b]"')
    text = text.replace('summary = "Gå rolig', 'summary = "[@click=app.quit]Gå\\u001b[2J rolig')
    text = text.replace('text = "Reis deg', 'text = "[/b]Reis deg')
    script.write_text(text, encoding="utf-8")
    topic = folder / "topics" / "100-soevn.toml"
    text = topic.read_text(encoding="utf-8")
    text = text.replace('title = "Søvn og kvelder"', 'title = "Søvn [/] og kvelder"')
    text = text.replace('text = "Hva hjelper deg', 'text = "[/] Hva hjelper deg')
    topic.write_text(text, encoding="utf-8")
    return folder


async def test_content_text_with_markup_is_shown_as_written(
    make_vault, make_app, tmp_path, unlocked_app
):
    make_vault()
    app = make_app(content_dirs=[_markup_content(tmp_path)])
    async with unlocked_app(app, size=(160, 50)) as pilot:
        await _visit(pilot, "j")
        shown = widget_text(app.screen)
        assert "[/] Kveldsrunde [b]" in shown and "[@click=app.quit]Gå[2J rolig" in shown
        assert "\x1b" not in shown
        app.screen.query_one("#grounding-list").highlighted = next(
            index
            for index, option in enumerate(app.screen.query_one("#grounding-list").options)
            if option.id == "kveldsrunde"
        )
        await _visit(pilot, "enter")
        assert "[/] Kveldsrunde [b]" in widget_text(app.screen)
        await pilot.press("escape", "escape")
        await settle(pilot)
        shown = await _visit(pilot, "e")
        assert "Søvn [/] og kvelder" in shown
        table = app.screen.query_one("#topics-table")
        table.move_cursor(row=table.get_row_index("soevn"))
        await _visit(pilot, "enter")
        shown = widget_text(app.screen)
        assert "[/] Hva hjelper deg" in shown and "[/] Kveldsrunde [b]" in shown
