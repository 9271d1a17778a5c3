"""Lekser and Rapport in the app: adding a homework file, and writing a report of one's choosing."""

from __future__ import annotations

from tests.helpers import settle

HOMEWORK = """\
terapeut = "Anne Berg"
start = 2026-03-01
frist = 2026-03-14
emner = ["trygghet"]
forpliktelser = ["Ring en venn før fredag."]

[[jording]]
id = "kaldt-vann"
ganger_per_uke = 2
"""


async def test_a_homework_file_is_checked_added_once_and_shown(
    make_vault, make_app, tmp_path, unlocked_app
):
    path = tmp_path / "lekse.toml"
    path.write_text(HOMEWORK, encoding="utf-8")
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("l")
        await settle(pilot)
        screen = app.screen
        assert type(screen).__name__ == "HomeworkScreen"
        assert "ingen hjemmeoppgaver" in str(screen.query_one("#homework-list").render())
        screen.query_one("#homework-path").value = str(path)
        screen.query_one("#import").press()
        await settle(pilot)
        screen.query_one("#import").press()
        await settle(pilot)
        assert len(app.session.data.homework) == 1
        assert "allerede" in str(screen.query_one("#homework-message").render())
        shown = str(screen.query_one("#homework-list").render())
        assert "Anne Berg" in shown and "Trygghet først" in shown and "0 / 4" in shown


async def test_a_homework_file_with_a_typo_is_explained(
    make_vault, make_app, tmp_path, unlocked_app
):
    path = tmp_path / "lekse.toml"
    path.write_text(HOMEWORK.replace('"trygghet"', '"trygget"'), encoding="utf-8")
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("l")
        await settle(pilot)
        app.screen.query_one("#homework-path").value = str(path)
        app.screen.query_one("#import").press()
        await settle(pilot)
        message = str(app.screen.query_one("#homework-message").render())
        assert "mente du «trygghet»" in message and ":4:" in message
        assert app.session.data.homework == []


async def test_a_report_with_chosen_sections_is_written_after_the_notice(
    make_vault, make_app, tmp_path, unlocked_app
):
    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import CheckIn

    def fill(data):
        data.checkins.append(CheckIn("c", FIXED_NOW, 6, 3, note="HEMMELIG-NOTAT"))

    make_vault(fill)
    app = make_app()
    out = tmp_path / "rapport.html"
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert type(screen).__name__ == "ReportScreen"
        screen.query_one("#out").value = str(out)
        await settle(pilot)
        assert "ikke kryptert" in str(screen.query_one("#report-notice").render())
        assert str(out) in str(screen.query_one("#report-notice").render())
        screen.query_one("#include-trender").value = False
        screen.query_one("#make").press()
        await settle(pilot)
        text = out.read_text(encoding="utf-8")
        assert "Innsjekk" in text and "Humør, uro og sug over tid" not in text
        assert "HEMMELIG-NOTAT" not in text
        screen.query_one("#include-notater").value = True
        screen.query_one("#make").press()
        await settle(pilot)
        assert type(app.screen).__name__ == "ConfirmScreen"  # the file exists: ask first
        app.screen.query_one("#yes").press()
        await settle(pilot)
        assert "HEMMELIG-NOTAT" in out.read_text(encoding="utf-8")


async def test_a_full_disk_while_writing_the_report_is_explained(
    make_vault, make_app, tmp_path, monkeypatch, unlocked_app
):
    import errno
    import os

    make_vault()
    app = make_app()
    out = tmp_path / "rapport.html"

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("r")
        await settle(pilot)
        app.screen.query_one("#out").value = str(out)
        monkeypatch.setattr(os, "fsync", full)
        app.screen.query_one("#make").press()
        await settle(pilot)
        monkeypatch.undo()
        message = str(app.screen.query_one("#report-message").render())
        assert "full" in message.lower() or "plass" in message.lower()
        assert not out.exists()


async def test_home_shows_homework_progress(make_vault, make_app, unlocked_app):
    from datetime import date

    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import Homework

    def fill(data):
        data.homework.append(
            Homework("h", FIXED_NOW, "f", date(2026, 3, 1), date(2026, 3, 3), topics=["trygghet"])
        )

    make_vault(fill)
    app = make_app()
    async with unlocked_app(app, size=(80, 24)):
        shown = str(app.screen.query_one("#home-homework").render())
        assert "0 prosent" in shown and "i morgen" in shown
