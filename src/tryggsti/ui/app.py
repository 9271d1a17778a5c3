"""The tryggsti app: owns the open vault session, autosave, auto-lock and the global keys."""

from __future__ import annotations

import contextlib
import math
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from tryggsti.config import Config, load_config, save_config
from tryggsti.services.clock import Clock, system_clock
from tryggsti.speed import gc_pauses
from tryggsti.strings import t
from tryggsti.ui.no_break import keep_no_break_spaces
from tryggsti.ui.themes import start_with_theme

if TYPE_CHECKING:
    from tryggsti.domain.content import ContentLibrary
    from tryggsti.domain.records import VaultData
    from tryggsti.services.payload_cache import Snapshot
    from tryggsti.services.session import VaultSession

keep_no_break_spaces()  # help line numbers never split across two lines
IDLE_CHECK_SECONDS = 5.0
TIDY_WHEN_IDLE_S = 30.0  # a full garbage collection waits for a quiet moment (speed/gc_pauses.py)
GC_AFTER_LOCK_S = 0.5
WARM_UP_DELAY_S = 0.5

KEY_NAMES = {
    "escape": "keys.esc",
    "enter": "keys.enter",
    "space": "keys.space",
    "tab": "keys.tab",
    "up": "keys.up",
    "down": "keys.down",
    "left": "keys.left",
    "right": "keys.right",
    "delete": "keys.delete",
    "backspace": "keys.backspace",
}


EXIT_CRASHED = 70  # as the command line's unexpected errors (tryggsti.cli)


def _crash_line(error: BaseException) -> str:
    """Write the crash report; the one line the person reads. Nothing from the error but
    its type's name: its message and its frames' values can hold decrypted text."""
    from textual.worker import WorkerFailed

    from tryggsti.crash_report import write_crash_report

    cause = error.error if isinstance(error, WorkerFailed) else error
    kind = type(cause).__name__
    try:
        report = write_crash_report(cause)
    except OSError:  # a full disk or a folder we may not write: the line alone
        return t("errors.unexpected_short", kind=kind)
    return t("app.crashed", kind=kind, report=report)


def _unexpected_save_failure(error: Exception):
    """A save that failed in a way no one foresaw: a crash report for us (no values), and
    for the person the usual «could not save», with the edit kept for «Lagre som»."""
    from tryggsti.crash_report import write_crash_report
    from tryggsti.vault.errors import SaveFailed

    with contextlib.suppress(OSError):
        write_crash_report(error)
    return SaveFailed(type(error).__name__, reason="other")


class _CrashShown(Exception):
    """What Textual is given for an unexpected error: it renders as the one line (Textual
    shows an error with `__rich__` through `App.panic` instead of its traceback)."""

    def __init__(self, error: Exception, line: str) -> None:
        super().__init__(type(error).__name__)
        self.__cause__ = error
        self.line = line

    def __rich__(self):
        from rich.text import Text

        return Text(self.line)  # literal: no markup is read


def navigation_commands():
    """The palette's commands (Textual calls this when the palette opens)."""
    from tryggsti.ui.widgets.palette import NavigationCommands

    return NavigationCommands


class TryggstiApp(App[None]):
    """Built by a factory with explicit paths, so tests never touch a real user's files."""

    CSS_PATH = Path(__file__).parent / "styles" / "app.tcss"  # absolute: subclasses work anywhere
    TITLE = "tryggsti"
    # A vault unlocked and locked again before the warm-up: start-up's objects are given
    # back already, the warm-up freezes nothing (speed/gc_pauses.started).
    _locked_before_warm_up = False
    COMMANDS = {navigation_commands}  # the palette's code is read when it first opens
    BINDINGS = [
        Binding("f1", "help_now", t("keys.help_now"), show=False, priority=True),
        Binding("f2", "grounding", t("keys.grounding"), show=False, priority=True),
        Binding("f12", "hide", t("keys.hide"), show=False, priority=True),
        Binding("ctrl+p", "command_palette", t("keys.palette"), show=False, priority=True),
        Binding("ctrl+q", "quit", t("keys.quit"), show=False, priority=True),
    ]

    save_state: reactive[str] = reactive("idle")
    # Toasts say a short thing and go: they must not sit over the next screen's text.
    NOTIFICATION_TIMEOUT = 3.0
    SAVED_SHOWN_S = 4.0  # «Lagret ✓» goes quiet again, so it never speaks for a later screen

    def __init__(
        self,
        *,
        vault_path: Path,
        content_dirs: Sequence[Path] = (),
        clock: Clock = system_clock,
        config: Config | None = None,
        config_path: Path | None = None,
        kdf_log_n: int | None = None,
        idle_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.vault_path = Path(vault_path)
        self.content_dirs = list(content_dirs)
        self.clock = clock
        self.config_path = config_path
        self.config = config or load_config(config_path)
        start_with_theme(self, self.config.theme)
        self.kdf_log_n = kdf_log_n  # tests use a small KDF; None calibrates for real
        self.idle_clock = idle_clock
        self.session: VaultSession | None = None
        self.saved_elsewhere: Path | None = None  # «lagre som» at quit, told after exit
        # Half-done forms (a questionnaire left with Esc), in memory only, dropped at lock.
        self.drafts: dict[str, Any] = {}  # each screen knows the shape of its own
        self._return_to: str | None = None  # the place to reopen after F12 or auto-lock
        self._library: ContentLibrary | None = None
        self._library_lock = threading.Lock()
        self._save_lock = threading.Lock()
        self._pending_payload: Snapshot | None = None
        self._last_activity = idle_clock()
        self._tidied_for: float | None = None  # the activity time the last tidy-up followed
        self._crash_line: str | None = None  # said once after an unexpected error
        # The vault's path and data when a lock came before the last change was written.
        self._held_unsaved: tuple[Path, VaultData] | None = None
        self._when_saved: list[str] = []  # toasts that may only be said once it is written

    # ---- start-up -------------------------------------------------------------

    def get_default_screen(self):
        """With a vault, the unlock screen is the bottom of the stack from the first
        frame (pushed over Textual's blank screen, it was laid out and painted a frame,
        about 15 ms, later), and stays there: Hjem opens over it, and locking returns to
        it (_reset_stack). A first run starts on the blank screen with the welcome."""
        if self.vault_path.exists():
            from tryggsti.ui.screens.unlock_screen import UnlockScreen

            return UnlockScreen()
        return super().get_default_screen()

    def on_mount(self) -> None:
        if not self._started_on_unlock():
            from tryggsti.ui.screens.welcome_screen import WelcomeScreen

            self.push_screen(WelcomeScreen())
        self.set_interval(IDLE_CHECK_SECONDS, self.check_auto_lock)
        # Content is loaded a moment after the first frame (while the passphrase is typed),
        # so a person in a hurry sees a screen at once and it answers keys at once.
        self.set_timer(WARM_UP_DELAY_S, self._warm_up)

    def _warm_up(self) -> None:
        gc_pauses.started(freeze=not self._locked_before_warm_up)
        self.run_worker(self._prepare, thread=True, group="warm-up")

    def _prepare(self) -> None:
        """While the passphrase is typed: the content, then the code an unlock or a new
        vault runs (about 40 ms: the vault, its key derivation and the records' reader)."""
        self._load_library_now()
        from tryggsti.services import session  # noqa: F401

    @property
    def library(self) -> ContentLibrary:
        """The topics, grounding scripts and questionnaires (loaded once, on first need)."""
        if self._library is None:
            self._load_library_now()
        assert self._library is not None
        return self._library

    @property
    def resources(self):
        """The help lines: from the library once loaded, else read on their own (fast)."""
        if self._library is not None:
            return self._library.resources
        from tryggsti.content.help_lines_file import load_resources

        return load_resources()

    @property
    def open_session(self) -> VaultSession:
        """The session, for code that runs only while the vault is open (every screen but
        the unlock, first-run and hidden ones). Reached while locked, it is a bug: said so."""
        if self.session is None:  # a screen reached while locked: a bug, never a person's
            raise RuntimeError("locked")
        return self.session

    def _load_library_now(self) -> None:
        from tryggsti.content.loader import ContentError, load_library

        with self._library_lock:
            if self._library is not None:
                return
            try:
                self._library = load_library(self.content_dirs)
            except ContentError as error:
                # A therapist's folder with a mistake must not stop the app: use ours alone.
                self._library = load_library(())
                self.call_from_thread_safe(
                    self.notify,
                    t("app.extra_content_broken", count=len(error.problems)),
                    severity="warning",
                    timeout=15,
                )

    def call_from_thread_safe(self, callback, *args, **kwargs) -> None:
        if threading.get_ident() == self._thread_id:
            callback(*args, **kwargs)
        else:
            self.call_from_thread(callback, *args, **kwargs)

    # ---- the session ----------------------------------------------------------

    def start_session(self, session: VaultSession) -> None:
        """Called by the unlock and first-run screens once the vault is open."""
        self.session = session
        session.deferred_save = self._queue_save
        self._last_activity = self.idle_clock()
        held, self._held_unsaved = self._held_unsaved, None
        if held is not None and held[0] == session.path:
            session.data = held[1]  # the change that could not be written before the lock
            session.save()
        from tryggsti.ui.screens.home_screen import HomeScreen

        self._reset_stack(HomeScreen)
        self.call_after_refresh(self.opening_shown)  # keys typed before this are dropped
        back_to, self._return_to = self._return_to, None
        if back_to is not None:  # unlocked after F12 or auto-lock: back where they were
            self.open_destination(back_to)
        if session.read_only:
            self.notify(t("errors.read_only_vault"), severity="warning", timeout=30)
        if session.vault.rollback is not None:  # a copy put back over the vault
            self.notify(
                t(f"errors.rollback.{session.vault.rollback}"), severity="warning", timeout=60
            )
        if held is not None and held[0] == session.path:
            self.notify(t("app.unsaved_kept"), severity="warning", timeout=30)
        if session.dropped:
            fields = ", ".join(session.dropped[:5])
            self.notify(t("app.fields_dropped", fields=fields), severity="warning", timeout=60)
        # While the person looks at Hjem, load the other screens' code, so each opens quickly.
        from tryggsti.ui.kept_screens import import_all

        self.run_worker(import_all, thread=True, group="warm-up")
        gc_pauses.keep_pauses_short()  # ten years of data must not slow every collection

    def _started_on_unlock(self) -> bool:
        from tryggsti.ui.screens.unlock_screen import UnlockScreen

        return isinstance(self.screen_stack[0], UnlockScreen)

    def _reset_stack(self, kind: type) -> None:
        """Close every screen over the base and make a screen of `kind` (Hjem, or the
        unlock screen) the base. The unlock screen the app started on is never closed
        (Textual cannot switch the bottom screen): emptied, it is the base while locked
        and lies under Hjem while open."""
        if self._started_on_unlock():
            while len(self.screen_stack) > 1:
                self.pop_screen()
            from tryggsti.ui.screens.unlock_screen import UnlockScreen

            base = self.screen_stack[0]
            assert isinstance(base, UnlockScreen)  # what _started_on_unlock looked at
            base.start_again()  # the passphrase typed is gone at once
            if not isinstance(self.screen_stack[0], kind):
                self.push_screen(kind())
            return
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) == 2:
            self.switch_screen(kind())
        else:
            self.push_screen(kind())

    def can_go_back(self) -> bool:
        """Whether the screen shown lies over another that is not the base: the bottom
        screens are Textual's blank one and Hjem, the unlock screen or the first run over
        it; or the unlock screen the app started on, with Hjem over it while open."""
        base = 2 if not self._started_on_unlock() or self.session is not None else 1
        return len(self.screen_stack) > base

    def _queue_save(self, payload: Snapshot) -> None:
        self._pending_payload = payload
        self.save_state = "saving"
        self.run_worker(self._write_pending, thread=True, group="save")

    def _write_pending(self) -> None:
        """Write the newest payload (runs in a worker thread; one write at a time)."""
        from tryggsti.vault.errors import VaultError

        with self._save_lock:
            payload, self._pending_payload = self._pending_payload, None
            session = self.session
            if payload is None or session is None:
                return
            try:
                session.vault.save(payload.deflated())  # compressed here, off the UI thread
            except Exception as error:  # any failure is a failed save: the edit stays
                if not isinstance(error, VaultError):
                    error = _unexpected_save_failure(error)
                if self._pending_payload is None:
                    self._pending_payload = payload  # kept for the next try; nothing is lost
                self.call_from_thread_safe(self._save_failed, error)
                return
            if self._pending_payload is None:
                self.call_from_thread_safe(self._saved)

    def notify_saved(self, message: str) -> None:
        """A toast that says something is saved («Trygghetsplanen er lagret»): shown when
        the write has succeeded, never when it failed (the failure is said instead)."""
        if self.save_state == "saving":
            self._when_saved.append(message)
        elif self.save_state != "failed":
            self.notify(message)

    def _saved(self) -> None:
        self.save_state = "saved"
        self.set_timer(self.SAVED_SHOWN_S, self._quiet_after_saved)
        said, self._when_saved = self._when_saved, []
        for message in said:
            self.notify(message)

    def _quiet_after_saved(self) -> None:
        if self.save_state == "saved":
            self.save_state = "idle"

    def _save_failed(self, error) -> None:
        from tryggsti.error_messages import message_for

        if self.session is None:
            return  # locked meanwhile: nothing is said over the lock (the unlock says it)
        self.save_state = "failed"
        self._when_saved.clear()  # nothing was written: no «lagret»
        self.notify(message_for(error), severity="error", timeout=30)

    def flush_saves(self) -> bool:
        """Finish every pending save before the key is dropped; False if it could not."""
        self._write_pending()
        return self._pending_payload is None

    # ---- locking --------------------------------------------------------------

    def lock_vault(self, *, hidden: bool = False) -> bool:
        """Save what is typed, drop the decrypted data, and show the unlock (or hidden) screen.

        Locking never waits on a save: if the last change cannot be written (a read-only
        folder, a full disk), the data with the change is held in memory, behind the
        lock, and comes back with the next unlock of the same vault, where the change is
        tried again and «Lagre som» is offered at quit as before. Returns True (it locks).
        """
        for screen in reversed(self.screen_stack):
            flush = getattr(screen, "flush_edits", None)
            if flush is not None and self.session is not None:
                flush()
        if self.session is not None:
            if not self.flush_saves():
                self._held_unsaved = (self.session.path, self.session.data)
            from tryggsti.ui.navigation import where_am_i

            self._return_to = where_am_i(self.screen_stack)
            self.session.close()
            self.session = None
            self._pending_payload = None
            gc_pauses.stop()
            self._locked_before_warm_up = True  # a quick unlock and F12: nothing to freeze
            self.set_timer(GC_AFTER_LOCK_S, gc_pauses.collect_all)  # once the lock is shown
        self.drafts.clear()
        self.save_state = "idle"
        self._when_saved.clear()
        # No toast speaks over the hidden or the unlock screen: those shown, and those
        # still on their way (notify posts a message; a save that failed just now).
        self.clear_notifications()
        self.call_later(self.clear_notifications)
        from tryggsti.ui.screens.unlock_screen import UnlockScreen

        self._reset_stack(UnlockScreen)
        from tryggsti.ui.kept_screens import forget_all

        forget_all(self)  # they showed the person's data
        if hidden:
            from tryggsti.ui.screens.hidden_screen import HiddenScreen

            self.push_screen(HiddenScreen())
        return True

    def check_auto_lock(self) -> None:
        if self.session is None:
            return
        idle = self.idle_clock() - self._last_activity
        minutes = self.config.auto_lock_minutes
        if minutes > 0 and idle >= minutes * 60 and self.lock_vault():
            held = self._held_unsaved is not None
            self.notify(t("app.auto_locked_unsaved" if held else "app.auto_locked"), timeout=10)
        elif idle >= TIDY_WHEN_IDLE_S and self._tidied_for != self._last_activity:
            self._tidied_for = self._last_activity
            gc_pauses.tidy()

    # ---- keys typed while the vault opens -------------------------------------

    # From Enter on the unlock (or first-run) screen until Hjem has been drawn: keys typed
    # then are dropped, but for the priority keys (F1, F2, F12: hiding must always work).
    # Without this an «a» typed while «Åpner …» showed reached Hjem once it came, and
    # opened «Om tryggsti» (issue 29 point 13). `None`: no opening under way.
    _keys_dropped: tuple[float, float] | None = None

    def opening_started(self) -> None:
        from textual._time import get_time  # the clock every Message is stamped with

        self._keys_dropped = (get_time(), math.inf)

    def opening_failed(self) -> None:
        self._keys_dropped = None

    def opening_shown(self) -> None:
        """The screen after the opening (Hjem, or the new recovery code) is drawn."""
        from textual._time import get_time

        if self._keys_dropped is not None:
            self._keys_dropped = (self._keys_dropped[0], get_time())

    def _typed_while_opening(self, event: events.Key) -> bool:
        if self._keys_dropped is None:
            return False
        start, end = self._keys_dropped
        if event.time >= end:
            self._keys_dropped = None  # the first key after Hjem came: the window is over
            return False
        return event.time >= start

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key | events.MouseDown | events.MouseScrollDown):
            self._last_activity = self.idle_clock()
        if isinstance(event, events.Key) and not event.is_forwarded:
            from tryggsti.ui.key_burst import move_focus_in_order

            # Priority keys (F1, F2, F12) first, as Textual does; then a focus move is
            # decided here, in order, before the key is forwarded to a field's queue.
            if await self._check_bindings(event.key, priority=True):
                self.app_focus = True
                return
            if self._typed_while_opening(event):
                return
            if move_focus_in_order(self, event):
                self.app_focus = True
                return
        await super().on_event(event)

    # ---- a crash -------------------------------------------------------------

    def _handle_exception(self, error: Exception) -> None:
        """Every unhandled error in the app ends here (Textual calls it from message
        handlers, timers, workers and mounting). Textual's own version prints the
        traceback with every frame's local variables, the decrypted vault among them, into
        the terminal's scrollback once the app has left the screen. Here the command
        line's crash report is written instead (0600, the error's type and its frames,
        no values) and the app ends with one Norwegian line.

        Textual 8.2 has no public hook for this: `App._handle_exception` is private, and
        tests/functional/test_crash_in_app.py fails if an upgrade stops calling it."""
        if self._crash_line is not None:
            return  # the app is ending already; the first error is the one reported
        self._crash_line = _crash_line(error)
        # Textual then ends the app and, run by a test, raises the error again (so a test
        # fails as before); what it prints after leaving the screen is the line, no more.
        super()._handle_exception(_CrashShown(error, self._crash_line))
        self._return_code = EXIT_CRASHED

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        from tryggsti.ui.cursor import place_cursor

        place_cursor(self, event.widget)  # braille displays and magnifiers follow it

    def on_option_list_option_highlighted(self, event) -> None:
        from tryggsti.ui.cursor import place_cursor

        place_cursor(self, event.option_list)  # a new row in a list has the cursor too

    # ---- navigation and global keys -------------------------------------------

    def open_destination(self, name: str) -> None:
        from tryggsti.ui.navigation import BY_NAME  # the places open only once unlocked

        destination = BY_NAME[name]
        if destination.needs_unlock and self.session is None:
            self.notify(t("app.unlock_first"))
            return
        if type(self.screen).__module__ == destination.module:
            return
        from tryggsti.ui.kept_screens import screen_for

        try:
            screen = screen_for(self, destination)
        except (ImportError, AttributeError):
            self.notify(t("app.not_ready"), severity="warning")
            return
        self.push_screen(screen)

    def action_help_now(self) -> None:
        self.open_destination("help_now")

    def action_grounding(self) -> None:
        """F2 starts the exercise that has helped most at once (V in it picks another); at
        night (23–06) it offers the night set first, and F2 again starts the usual one."""
        from tryggsti.domain.grounding_choice import f2_start
        from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen
        from tryggsti.ui.screens.night_grounding_screen import NightGroundingScreen

        if isinstance(self.screen, GroundingPlayerScreen):
            return
        if isinstance(self.screen, NightGroundingScreen):
            self.screen.start(self.screen.usual)
            return
        sessions = self.session.data.grounding_sessions if self.session else []
        start = f2_start(self.clock(), sessions, self.library.grounding)
        if start.night:
            self.push_screen(NightGroundingScreen(start.night, start.usual))
        else:
            self.push_screen(GroundingPlayerScreen(start.usual))

    def action_help_quit(self) -> None:
        """Ctrl+C (Textual no longer quits on it): say in Norwegian how to quit."""
        self.notify(t("app.quit_hint"), title=t("app.quit_title"))

    def action_hide(self) -> None:
        self.lock_vault(hidden=True)

    def action_lock_now(self) -> None:
        self.lock_vault()

    def action_command_palette(self) -> None:
        from tryggsti.ui.widgets.palette import NorwegianCommandPalette

        if self.use_command_palette and not NorwegianCommandPalette.is_open(self):  # type: ignore[arg-type]  # App[None]
            self.push_screen(NorwegianCommandPalette())

    def get_system_commands(self, screen):
        return iter(())  # Textual's English system commands are replaced by ours

    def get_key_display(self, binding: Binding) -> str:
        if binding.key_display:
            return binding.key_display
        key = KEY_NAMES.get(binding.key)
        return t(key) if key else super().get_key_display(binding)

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.config.theme = name
        save_config(self.config, self.config_path)

    def set_enkel_modus(self, on: bool) -> None:
        """«Enkel modus» at the next start (tryggsti.enkel.start reads config.toml)."""
        self.config.enkel_modus = on
        save_config(self.config, self.config_path)

    def set_show_days_without_use(self, shown: bool) -> None:
        self.config.show_days_without_use = shown
        save_config(self.config, self.config_path)

    def set_auto_lock_minutes(self, minutes: int) -> None:
        self.config.auto_lock_minutes = minutes
        save_config(self.config, self.config_path)

    def change_passphrase(self, current: str, new: str, *, keep_backups: bool = True) -> str:
        """Check the current passphrase (or recovery code), then make a new key and
        recovery code; returns the code. Call from a worker: the KDF takes a moment."""
        from tryggsti.services.passphrase_change import change_passphrase

        self._write_pending()
        with self._save_lock:
            return change_passphrase(
                self.session, current, new, keep_backups=keep_backups, log_n=self.kdf_log_n
            )

    def _close_session(self) -> None:
        if self.session is not None:
            for screen in reversed(self.screen_stack):
                flush = getattr(screen, "flush_edits", None)
                if flush is not None:
                    flush()
            self.flush_saves()
            self.session.close()
            self.session = None

    def action_quit(self) -> None:  # type: ignore[override]  # Textual's is async; both run
        from tryggsti.ui.unsaved import ask_before_losing

        if ask_before_losing(self, self._quit_now):
            return
        self._quit_now()

    def _quit_now(self) -> None:
        self._close_session()
        self.exit()

    def unsaved_payload(self) -> Snapshot | None:
        """What could not be written yet, after one more try; None when all is saved."""
        for screen in reversed(self.screen_stack):
            flush = getattr(screen, "flush_edits", None)
            if flush is not None and self.session is not None:
                flush()
        if self.session is None or self.flush_saves():
            return None
        return self._pending_payload

    def save_unsaved_as(self, target: Path) -> None:
        """Write what could not be saved to a new vault file (same passphrase).
        Any failure is raised as a VaultError, for the screen to say; the edit stays."""
        from tryggsti.vault.errors import VaultError

        payload = self._pending_payload
        if self.session is None or payload is None:
            return
        try:
            self.session.vault.save_as(target, payload.deflated())
        except VaultError:
            raise
        except Exception as error:
            raise _unexpected_save_failure(error) from error
        self._pending_payload = None

    def on_unmount(self) -> None:
        # However the app ends, the decrypted data is saved, dropped and the lock released.
        self._close_session()
        gc_pauses.stop()  # the one place the end of the app unfreezes (since start-up or unlock)
