"""«For familie og venner»: reached from Hjelp nå, with the lines for family and friends, and
Esc back to Hjelp nå (issue 11.8)."""

from __future__ import annotations

import pytest

from tests.functional.screen_text import painted_everywhere
from tests.functional.test_nothing_cut_at_80 import WORD
from tests.helpers import settle


def shown(app) -> str:
    return app.export_screenshot().replace("&#160;", " ").replace("\xa0", " ")


async def test_a_friend_opens_the_page_from_hjelp_naa_and_comes_back(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(80, 24)) as pilot:
        await pilot.press("f1")
        await settle(pilot)
        await pilot.click("#relatives")
        await settle(pilot)
        assert type(app.screen).__name__ == "RelativesScreen"
        markdown = app.screen.query_one("#relatives Markdown").source.replace("\xa0", " ")
        assert "Har du tanker om å ta livet ditt?" in markdown
        for number in ("113", "112", "116 123", "22 40 00 40", "116 006"):
            assert number in markdown, number
        assert "RUSinfo" in markdown  # no number of its own until RUSinfo's pages show one
        assert "{" not in markdown  # every reference became a real name
        assert "For familie og venner" in shown(app)
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"


async def test_the_page_opens_with_p_even_before_unlocking(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert type(app.screen).__name__ == "RelativesScreen"
        await pilot.press("escape")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpNowScreen"


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
async def test_every_word_of_the_page_can_be_read_at_small_sizes(make_vault, make_app, size):
    """The Markdown page is not a Static, so the shared cut-off test cannot see its words."""
    make_vault()
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await pilot.press("f1", "p")
        await settle(pilot)
        page = app.library.relatives
        text = " ".join([page.title, *(f"{s.heading} {s.body}" for s in page.sections)])
        painted = set(WORD.findall(await painted_everywhere(pilot)))
    missing = sorted(set(WORD.findall(text.replace("\xa0", " "))) - painted)
    assert not missing, missing[:15]
