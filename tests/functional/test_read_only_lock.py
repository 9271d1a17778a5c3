"""A vault in a read-only folder (a documented use, issue 30.8): a change that cannot be
written never keeps the screen open. Auto-lock and F12 lock anyway; the change is held
behind the lock and comes back with the next unlock, for «Lagre som» at quit. No toast
says «lagret» when nothing was written."""

from __future__ import annotations

import os

import pytest

from tests.helpers import PASSPHRASE, settle, unlock
from tests.unit.test_foreign_folders import write_protected
from tryggsti.config import Config

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
PRIVATE = "kjenner-suget-sterkt-4411"


async def _unlock_by_filling(pilot) -> None:
    await settle(pilot)
    pilot.app.screen.query_one("#passphrase").value = PASSPHRASE
    await pilot.press("enter")
    await settle(pilot)


def _messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _change_the_plan(pilot) -> None:
    from tryggsti.services.safety_plan import set_section

    set_section(pilot.app.session, "warning_signs", PRIVATE)
    await settle(pilot)


@pytest.mark.parametrize("how", ["auto-lock", "F12"])
async def test_an_unwritten_change_never_keeps_the_screen_open_and_comes_back(
    how, make_vault, make_app, vault_path
):
    make_vault()
    before = vault_path.read_bytes()
    now = [0.0]
    app = make_app(config=Config(auto_lock_minutes=1), idle_clock=lambda: now[0])
    with write_protected(vault_path.parent):
        async with app.run_test(size=(100, 30)) as pilot:
            await unlock(pilot)
            await _change_the_plan(pilot)
            assert app.save_state == "failed"
            if how == "auto-lock":
                now[0] += 150  # 2.5 minutes idle, with a 1-minute auto-lock
                app.check_auto_lock()
            else:
                await pilot.press("f12")
            await settle(pilot)
            assert app.session is None  # locked: the private line is off the screen
            assert type(app.screen).__name__ in ("UnlockScreen", "HiddenScreen")
            if how == "auto-lock":
                assert any("ikke lagret ennå" in m for m in _messages(app))  # not «Alt er lagret»
            if how == "F12":
                assert not _messages(app)  # no toast left over the hidden screen
                await pilot.press("escape")
                await settle(pilot)
            await _unlock_by_filling(pilot)
            assert app.session is not None
            assert PRIVATE in app.session.data.safety_plan.warning_signs  # the change is back
            assert any("ikke lagret ennå" in m for m in _messages(app))
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert type(app.screen).__name__ == "UnsavedQuitScreen"  # «Lagre som» offered
            app.screen.query_one("#quit").press()
            await settle(pilot)
    assert vault_path.read_bytes() == before


async def test_no_saved_toast_when_nothing_was_written(make_vault, make_app, vault_path):
    from tryggsti.strings import t

    make_vault()
    app = make_app()
    with write_protected(vault_path.parent):
        async with app.run_test(size=(100, 30)) as pilot:
            await unlock(pilot)
            await pilot.press("t", "1")
            await settle(pilot)
            app.screen.query_one("#plan-text").text = PRIVATE
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert t("plan.saved") not in _messages(app)
            assert any("Kunne ikke lagre" in m for m in _messages(app))
            app.screen.query_one("#plan-text").text = ""  # nothing left unsaved to ask about
            await pilot.press("ctrl+s")
            await settle(pilot)


async def test_the_saved_toast_comes_once_it_is_written(make_vault, make_app):
    from tryggsti.strings import t

    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        await pilot.press("t", "1")
        await settle(pilot)
        app.screen.query_one("#plan-text").text = "Jeg sover dårlig"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert t("plan.saved") in _messages(app)


async def test_f12_leaves_no_toast_on_the_hidden_screen(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        app.notify(f"Notat: {PRIVATE}", timeout=30)
        await settle(pilot)
        assert _messages(app)
        await pilot.press("f12")
        await settle(pilot)
        assert type(app.screen).__name__ == "HiddenScreen"
        assert not _messages(app)
