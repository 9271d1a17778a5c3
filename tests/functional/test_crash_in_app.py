"""A crash in the app leaves nothing private on the terminal: one Norwegian line and a
crash report with the error's type and frames, never a value (issue 30.1)."""

from __future__ import annotations

import stat

import pytest

from tests.helpers import FIXED_NOW, settle, unlock

SECRET = "tenkte-på-å-ta-livet-mitt-7731"


def _a_private_checkin(data):
    from tryggsti.domain.records import CheckIn

    data.checkins.append(CheckIn(id="c1", at=FIXED_NOW, mood=2, distress=9, craving=8, note=SECRET))


def _crash_reports(home):
    folder = home / "cache" / "tryggsti"
    return sorted(folder.glob("krasj-*.txt")) if folder.is_dir() else []


async def _open_mood_log_that_breaks(app, monkeypatch):
    from tryggsti.ui.screens.mood_log_screen import MoodLogScreen

    def breaks(screen):
        checkins = screen.app.session.data.checkins  # a local holding the private text
        raise RuntimeError(f"could not show {checkins[0].note}")

    monkeypatch.setattr(MoodLogScreen, "on_mount", breaks)
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        await pilot.press("m")
        await settle(pilot)


async def test_a_screen_that_raises_prints_one_line_and_no_private_text(
    make_vault, make_app, monkeypatch, capfd, isolated_user_folders
):
    make_vault(_a_private_checkin)
    app = make_app()
    with pytest.raises(Exception) as raised:  # a test still sees the error, as before
        await _open_mood_log_that_breaks(app, monkeypatch)
    assert isinstance(raised.value.__cause__, RuntimeError)
    out, err = capfd.readouterr()
    assert SECRET not in out + err
    assert "Traceback" not in out + err
    assert "RuntimeError" in err and "uventet" in err  # the one Norwegian line
    assert app.return_code == 70
    (report,) = _crash_reports(isolated_user_folders)
    assert str(report) in err.replace("\n", "")  # wrapped where the terminal is narrow
    text = report.read_text(encoding="utf-8")
    assert SECRET not in text and "builtins.RuntimeError" in text and "in breaks" in text
    assert stat.S_IMODE(report.stat().st_mode) == 0o600


async def test_a_worker_that_raises_reports_the_worker_error(
    make_vault, make_app, monkeypatch, capfd, isolated_user_folders
):
    make_vault(_a_private_checkin)
    app = make_app()

    def breaks():
        data = app.session.data  # noqa: F841 - a local holding the private text
        raise KeyError(SECRET)

    with pytest.raises(Exception):  # noqa: B017 - the type is Textual's own wrapper
        async with app.run_test(size=(100, 30)) as pilot:
            await unlock(pilot)
            app.run_worker(breaks, thread=True)
            await settle(pilot)
    out, err = capfd.readouterr()
    assert SECRET not in out + err and "KeyError" in err
    (report,) = _crash_reports(isolated_user_folders)
    assert "builtins.KeyError" in report.read_text(encoding="utf-8")


def test_the_private_hook_is_still_textuals():
    """The handler overrides Textual's private `App._handle_exception` (no public hook in
    Textual 8.2). If an upgrade renames it, or stops showing an error with `__rich__`
    through `panic`, this fails: the crash path must then be written again."""
    import inspect

    from textual.app import App

    source = inspect.getsource(App._handle_exception)
    assert "__rich__" in source and "self.panic(" in source
    for module in ("message_pump", "worker", "timer", "widget", "screen"):
        text = inspect.getsource(__import__(f"textual.{module}", fromlist=["x"]))
        assert "app._handle_exception(" in text, module


async def test_a_save_that_raises_anything_is_a_failed_save_and_the_edit_stays(
    make_vault, make_app, monkeypatch, capfd, tmp_path
):
    """The save worker once let any error but a VaultError end the app (an integer past
    2^64 in a record raised TypeError there), and the edit with it."""
    from dataclasses import replace

    from tryggsti.ui.screens.unsaved_quit_screen import UnsavedQuitScreen

    make_vault(_a_private_checkin)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        vault = app.session.vault
        real_save = vault.save

        def breaks(plaintext):
            raise TypeError("Integer exceeds 64-bit range")

        monkeypatch.setattr(vault, "save", breaks)
        checkins = app.session.data.checkins
        checkins[0] = replace(checkins[0], note="endret")
        app.session.save()
        await settle(pilot)
        assert app.is_running and app.save_state == "failed"
        assert any("Kunne ikke lagre" in n.message for n in app._notifications)
        app.action_quit()
        await settle(pilot)
        assert isinstance(app.screen, UnsavedQuitScreen)  # «Lagre som» is offered
        monkeypatch.setattr(vault, "save", real_save)
        rescued = tmp_path / "reddet.vault"
        app.save_unsaved_as(rescued)
        assert rescued.is_file()
    out, err = capfd.readouterr()
    assert SECRET not in out + err and "Traceback" not in out + err


async def test_an_extra_content_folder_with_a_folder_named_x_toml_is_left_out(
    make_vault, make_app, tmp_path
):
    extra = tmp_path / "ekstra"
    (extra / "topics" / "x.toml").mkdir(parents=True)
    make_vault()
    app = make_app(content_dirs=[extra])
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        await settle(pilot)
        assert app.is_running
        assert any("innholdsmappe" in n.message for n in app._notifications)
        assert len(app.library.topics) == 25  # ours alone
