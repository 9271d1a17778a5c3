"""Rapport and Hjemmeoppgaver open at their top at 80x24 and 60x20: the period, format and
sections are seen first, the title and progress are not scrolled away, and an answer to
what the person did lands where they look."""

from __future__ import annotations

import pytest

from tests.functional.screen_text import painted_text, squashed
from tests.helpers import settle, unlock
from tryggsti.strings import t

SIZES = [(80, 24), (60, 20)]


def _visible(app, widget) -> bool:
    region = widget.region
    return region.height > 0 and app.screen.region.contains_region(region)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "60x20"])
async def test_the_report_screen_opens_at_its_top_with_the_period_labelled(
    make_vault, make_app, size
):
    make_vault()
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#report").scroll_y == 0
        for selector in ("#from", "#to"):
            assert _visible(app, screen.query_one(selector)), selector
        assert app.focused is screen.query_one("#from")  # typing starts at the first choice
        shown = squashed(painted_text(app))
        assert squashed(t("report_screen.lead")) in shown
        labels = list(screen.query(".period .field-label"))
        assert [str(label.render()) for label in labels] == [
            t("report_screen.from"),
            t("report_screen.to"),
        ]
        assert all(_visible(app, label) for label in labels)


async def test_the_report_hint_points_up_to_the_choices():
    hint = t("report_screen.keys_hint")
    assert "ovenfor" in hint and "nedenfor" not in hint


def two_homeworks(data):
    """A returning person: an older homework and a current one, each with a few parts."""
    from datetime import date

    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import GroundingPractice, Homework

    for number, start in enumerate((date(2026, 2, 1), date(2026, 3, 1))):
        data.homework.append(
            Homework(
                f"h{number}",
                FIXED_NOW,
                f"f{number}",
                start,
                date(start.year, start.month, 14),
                note="Gjør det du rekker, og ta med det du lurer på.",
                therapist="Anne Berg",
                topics=["trygghet", "jording"],
                grounding=[GroundingPractice("kaldt-vann", 2)],
                commitments=["Ring en venn før fredag."],
                checkins_per_week=3,
            )
        )


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "60x20"])
async def test_the_homework_screen_opens_with_its_title_and_progress_in_view(
    make_vault, make_app, size
):
    make_vault(two_homeworks)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        await pilot.press("l")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#homework").scroll_y == 0
        shown = painted_text(app)
        assert "Anne Berg" in shown and "%" in shown
        assert app.focused is screen.query_one("#homework-path")  # typing still goes there


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "60x20"])
async def test_the_homework_confirmation_is_in_view(make_vault, make_app, tmp_path, size):
    from tests.functional.test_homework_and_report import HOMEWORK

    path = tmp_path / "lekse.toml"
    path.write_text(HOMEWORK, encoding="utf-8")
    make_vault(two_homeworks)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        await pilot.press("l")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#homework-path").value = str(path)
        screen.query_one("#import").press()
        await settle(pilot)
        message = screen.query_one("#homework-message")
        assert str(message.render()).startswith(t("homework_screen.imported")[:20])
        assert _visible(app, message)


async def test_the_thoughts_box_says_what_it_holds_and_is_off_until_ticked(
    make_vault, make_app, tmp_path
):
    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import CheckIn

    def fill(data):
        data.checkins.append(CheckIn("c", FIXED_NOW, 3, 6, harm_thoughts=True))

    make_vault(fill)
    app = make_app()
    out = tmp_path / "rapport.md"
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        box = screen.query_one("#include-tanker")
        assert box.value is False
        assert "selvmord" in str(box.label)
        [markdown] = [b for b in screen.query("#format RadioButton") if b.name == "md"]
        markdown.value = True
        await settle(pilot)
        screen.query_one("#out").value = str(out)
        screen.query_one("#make").press()
        await settle(pilot)
        assert t("report.harm_left_out") in out.read_text(encoding="utf-8")
        box.value = True
        box.scroll_visible(animate=False)
        await settle(pilot)
        hint = t("report_screen.include_tanker_hint")
        assert squashed(hint) in squashed(painted_text(app))
        screen.query_one("#out").value = str(tmp_path / "med.md")
        screen.query_one("#make").press()
        await settle(pilot)
        text = (tmp_path / "med.md").read_text(encoding="utf-8")
        assert t("report.harm_included") in text and t("report.harm_yes_days", count=1) in text


async def _try_file(make_vault, make_app, written: str, *, button: str = "import") -> str:
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("l")
        await settle(pilot)
        app.screen.query_one("#homework-path").value = written
        app.screen.query_one(f"#{button}").press()
        await settle(pilot)
        assert _visible(app, app.screen.query_one("#homework-message"))
        return str(app.screen.query_one("#homework-message").render())


async def test_a_broken_file_tells_the_patient_what_to_do_then_the_details_without_paths(
    make_vault, make_app, tmp_path
):
    from tests.functional.test_homework_and_report import HOMEWORK

    path = tmp_path / "privat-mappe-kari" / "hjemmeoppgave.toml"
    path.parent.mkdir()
    path.write_text(HOMEWORK.replace("2026-03-14", "2026-02-20"), encoding="utf-8")
    message = await _try_file(make_vault, make_app, str(path))
    first, _, details = message.partition("\n")
    assert first == t("homework_screen.broken")
    assert "Gi den tilbake til den som ga deg den" in first
    assert "hjemmeoppgave.toml:3: frist: 20.2. er før start 1.3." in details
    assert "privat-mappe-kari" not in message and str(tmp_path) not in message


async def test_a_bare_file_name_is_found_in_downloads_and_says_where(
    make_vault, make_app, tmp_path, monkeypatch
):
    from tests.functional.test_homework_and_report import HOMEWORK

    home = tmp_path / "hjem"
    (home / "Nedlastinger").mkdir(parents=True)
    (home / "Nedlastinger" / "hjemmeoppgave.toml").write_text(HOMEWORK, encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    message = await _try_file(make_vault, make_app, "hjemmeoppgave.toml", button="check")
    assert t("homework_screen.read_from", name="hjemmeoppgave.toml", folder="~/Nedlastinger") in (
        message
    )
    assert "Emner (1): Trygghet først" in message and str(home) not in message


async def test_a_file_not_found_says_where_it_looked(make_vault, make_app, tmp_path, monkeypatch):
    home = tmp_path / "hjem"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    message = await _try_file(make_vault, make_app, "lekse.toml")
    assert "Fant ikke lekse.toml" in message
    assert "~, ~/Downloads, ~/Nedlastinger" in message
    assert str(home) not in message


async def test_homework_items_are_marked_in_the_topic_and_exercise_lists(
    make_vault, make_app, tmp_path
):
    from tests.functional.test_homework_and_report import HOMEWORK

    path = tmp_path / "lekse.toml"
    path.write_text(HOMEWORK.replace("2026-03-14", "2026-03-30"), encoding="utf-8")
    make_vault()
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        # Seen before the homework: no mark, and the kept screens learn of it afterwards.
        await pilot.press("e")
        await settle(pilot)
        assert t("homework_mark.topic").strip() not in painted_text(app)
        await pilot.press("escape", "l")
        await settle(pilot)
        app.screen.query_one("#homework-path").value = str(path)
        app.screen.query_one("#import").press()
        await settle(pilot)
        await pilot.press("escape", "e")
        await settle(pilot)
        shown = painted_text(app)
        assert t("homework_mark.topic") + "Trygghet først" in shown
        assert t("homework_mark.topic_legend") in " ".join(shown.split())
        assert shown.count(t("homework_mark.topic").strip()) == 2  # the one topic and the legend
        await pilot.press("escape", "j")
        await settle(pilot)
        options = app.screen.query_one("#grounding-list").options
        marked = [o.id for o in options if t("homework_mark.grounding") in str(o.prompt)]
        assert marked == ["kaldt-vann"]


async def test_the_report_screen_writes_the_check_ins_as_csv(make_vault, make_app, tmp_path):
    from tests.helpers import FIXED_NOW
    from tryggsti.domain.records import CheckIn

    make_vault(lambda data: data.checkins.append(CheckIn("c", FIXED_NOW, 6, 3)))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        [spreadsheet] = [b for b in screen.query("#format RadioButton") if b.name == "csv"]
        spreadsheet.value = True
        await settle(pilot)
        assert screen.query_one("#out").value.endswith(".csv")
        out = tmp_path / "innsjekk.csv"
        screen.query_one("#out").value = str(out)
        screen.query_one("#make").press()
        await settle(pilot)
        raw = out.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf" + "dato;klokkeslett;humør".encode())
        assert raw.count(b"\r\n") == 2
