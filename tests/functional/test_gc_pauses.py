"""While a vault is open, a full garbage collection does not walk the person's data
(speed/gc_pauses.py); locking and quitting give everything back to the collector."""

from __future__ import annotations

import gc

from tests.helpers import settle, unlock, wait_until
from tryggsti.config import Config
from tryggsti.speed import gc_pauses


def _walked_by_collector(thing) -> bool:
    return any(item is thing for item in gc.get_objects())


async def test_the_open_vault_is_out_of_the_collectors_walk(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)):
        data = app.session.data
        gc.collect()
        assert not _walked_by_collector(data)
        assert not _walked_by_collector(data.checkins)
        assert gc.get_freeze_count() > 0


async def test_what_outlives_a_full_collection_is_frozen_after_it(
    make_vault, make_app, unlocked_app
):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)):
        newer = [object()]  # made after the unlock: walked until a full collection
        assert _walked_by_collector(newer)
        gc.collect()
        assert not _walked_by_collector(newer)


async def test_locking_gives_everything_back(make_vault, make_app, unlocked_app):
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)) as pilot:
        await pilot.press("f12")
        await settle(pilot)
        assert app.session is None
        assert gc.get_freeze_count() == 0
        gc.collect()
        assert gc.get_freeze_count() == 0  # no freezing after a lock


async def test_quitting_gives_everything_back(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await unlock(pilot)
    gc.collect()
    assert gc.get_freeze_count() == 0
    assert gc_pauses._after_collection not in gc.callbacks


async def test_a_quiet_moment_collects_everything_once(
    make_vault, make_app, monkeypatch, unlocked_app
):
    tidied = []
    monkeypatch.setattr(gc_pauses, "tidy", lambda: tidied.append(1))
    now = [1000.0]
    make_vault()
    app = make_app(config=Config(auto_lock_minutes=0), idle_clock=lambda: now[0])
    async with unlocked_app(app, size=(100, 24)) as pilot:
        now[0] += 10
        app.check_auto_lock()
        assert tidied == []  # not yet quiet long enough
        now[0] += 30
        app.check_auto_lock()
        app.check_auto_lock()
        assert tidied == [1]  # once for one quiet spell
        await pilot.press("e")  # the person is back, and later quiet again
        now[0] += 31
        app.check_auto_lock()
        assert tidied == [1, 1]


def test_tidy_collects_cycles_that_were_frozen():
    import weakref

    class Node:
        pass

    try:
        first, second = Node(), Node()
        first.other, second.other = second, first
        gc.freeze()  # as after a full collection while both were in use
        alive = weakref.ref(first)
        del first, second
        gc.collect()
        assert alive() is not None  # frozen: an ordinary collection leaves them
        gc_pauses.tidy()
        assert alive() is None
    finally:
        gc.unfreeze()


async def test_collecting_starts_again_once_the_first_screen_is_shown(
    make_vault, make_app, monkeypatch
):
    """`tryggsti` starts with the collector off (cli.main); the app turns it on."""
    make_vault()
    turned_on_when_off = []
    started = gc_pauses.started
    monkeypatch.setattr(
        gc_pauses,
        "started",
        lambda **kw: (turned_on_when_off.append(not gc.isenabled()), started(**kw)),
    )
    gc.disable()
    try:
        app = make_app()
        async with app.run_test(size=(100, 24)) as pilot:
            await wait_until(pilot, lambda: turned_on_when_off, "the app turns collecting on")
            assert turned_on_when_off == [True]  # off until the app, shown, turned it on
            assert gc.isenabled()
            assert type(app.screen).__name__ == "UnlockScreen"
    finally:
        gc.enable()
        gc.unfreeze()


def test_the_command_line_runs_with_the_collector_off_and_gives_it_back(monkeypatch):
    from tryggsti import cli
    from tryggsti.ui.app import TryggstiApp

    seen = []
    monkeypatch.setattr(TryggstiApp, "run", lambda self: seen.append(gc.isenabled()))
    assert gc.isenabled()
    assert cli.main([]) == 0
    assert seen == [False]  # the app starts without collections
    assert gc.isenabled()  # a caller (a test, a script) gets its collector back


async def test_an_app_never_unlocked_leaves_nothing_frozen(make_vault, make_app):
    make_vault()
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        # start-up's objects, frozen once it was shown
        await wait_until(pilot, lambda: gc.get_freeze_count() > 0, "start-up is frozen")
    assert gc.get_freeze_count() == 0


async def test_a_kept_screen_is_out_of_the_collectors_walk_once_shown(
    make_vault, make_app, unlocked_app
):
    """The first visits' screens live for the session: left to a full collection, they
    made one in the middle of a later key press walk 30,000 objects (30 ms)."""
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)) as pilot:
        await pilot.press("a")  # Om tryggsti: a kept screen
        await settle(pilot)
        kept = app.screen
        assert getattr(kept, "REUSABLE", False)
        assert not _walked_by_collector(kept)
        assert not any(_walked_by_collector(widget) for widget in kept.walk_children())


def test_settled_freezes_only_while_a_vault_is_open():
    try:
        gc.unfreeze()
        gc_pauses.settled()
        assert gc.get_freeze_count() == 0  # no vault open: the collector's as usual
        gc_pauses.keep_pauses_short()
        made = [object()]
        gc_pauses.settled()
        assert not _walked_by_collector(made)
    finally:
        gc_pauses.stop()


async def test_the_screens_code_is_frozen_once_imported(
    make_vault, make_app, monkeypatch, unlocked_app
):
    frozen_after = []
    monkeypatch.setattr(gc_pauses, "settled", lambda: frozen_after.append(1))
    make_vault()
    app = make_app()
    async with unlocked_app(app, size=(100, 24)):
        await app.workers.wait_for_complete()
        assert frozen_after  # by the warm-up that imports every screen's module
