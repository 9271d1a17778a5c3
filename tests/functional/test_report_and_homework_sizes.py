"""Rapport and Hjemmeoppgaver open at their top at 80x24 and 60x20: the period, format and
sections are seen first, the title and progress are not scrolled away, and an answer to
what the person did lands where they look."""

from __future__ import annotations

import pytest

from tests.functional.conftest import settle, unlock
from tests.functional.screen_text import painted_text, squashed
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

    from tests.functional.conftest import FIXED_NOW
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
    from tests.functional.conftest import FIXED_NOW
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
