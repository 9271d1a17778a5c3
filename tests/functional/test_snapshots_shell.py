"""Snapshots of the screens everyone meets first, at 80×24 and 120×40."""

from __future__ import annotations

import pytest

from tests.helpers import settle, unlock

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_welcome(snap_compare, make_app, size):
    async def run_before(pilot):
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_unlock(snap_compare, make_vault, make_app, size):
    make_vault()

    async def run_before(pilot):
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_home(snap_compare, make_vault, make_app, size):
    make_vault()

    async def run_before(pilot):
        await unlock(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_help_now(snap_compare, make_vault, make_app, size):
    make_vault()

    async def run_before(pilot):
        await unlock(pilot)
        await pilot.press("f1")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_supporter_question(snap_compare, make_vault, make_app, size):
    make_vault()

    async def run_before(pilot):
        from tryggsti.ui.screens.supporter_screen import SupporterScreen

        await unlock(pilot)
        pilot.app.push_screen(SupporterScreen(pilot.app.session))
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=size, run_before=run_before)
