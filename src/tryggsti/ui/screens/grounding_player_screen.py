"""One grounding exercise: distress before, the steps at the person's pace, distress after."""

from __future__ import annotations

from datetime import datetime

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import ProgressBar, Static

from tryggsti.services.grounding import record_grounding
from tryggsti.strings import t
from tryggsti.ui.navigation import BY_NAME
from tryggsti.ui.plain import join, lines, plain
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.scale import Scale

PHASES = ("before", "steps", "after", "done")
STEP_ACTIONS = {"pause", "next_step", "stop"}


def elapsed_text(seconds: int) -> str:
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def intro_with_danger(intro: str) -> list:
    """The intro (shown literally) and the line about danger now, which every script
    shows. An intro that already says «ring 113» gets the police line in the same
    paragraph, not a second, generic «Er du i fare nå» after it."""
    if "113" in intro:
        return [join(plain(intro), " ", t("grounding.danger_after_113"))]
    return [plain(intro), "", t("grounding.danger")]


class GroundingPlayerScreen(TryggstiScreen):
    TITLE_KEY = "grounding.title"
    BINDINGS = [
        Binding("enter", "proceed", t("grounding.proceed"), key_display=t("keys.enter")),
        # Shown in the status line while the steps run, so the footer keeps its room.
        Binding("space", "pause", t("grounding.pause"), show=False),
        Binding("right,n", "next_step", t("grounding.next"), show=False),
        Binding("s", "stop", t("grounding.stop"), show=False),
        Binding("v", "choose_other", t("grounding.choose_other"), key_display="V"),
    ]

    TICK_SECONDS = 1.0  # tests set this high and call tick() themselves

    phase: reactive[str] = reactive("before")

    def __init__(self, script_id: str) -> None:
        super().__init__()
        self.script_id = script_id
        self.step_index = 0
        self.step_elapsed = 0
        self.total_elapsed = 0
        self.paused = False
        self.completed = False
        self.before: int | None = None
        self.after: int | None = None
        self.started_at: datetime | None = None

    @property
    def script(self):
        return self.app.library.grounding[self.script_id]

    def compose_body(self) -> ComposeResult:
        with Vertical(id="player", classes="padded"):
            yield Static("", id="player-title", classes="label")
            yield Static("", id="player-text", classes="player-text")
            yield Scale(id="player-scale")
            yield ProgressBar(show_eta=False, show_percentage=False, id="player-progress")
            yield Static("", id="player-status", classes="hint")
            yield Static("", id="player-unsaved", classes="hint")

    def on_mount(self, event: events.Mount) -> None:
        self.query_one("#player-title", Static).update(plain(self.script.title))
        self.set_interval(self.TICK_SECONDS, self.tick)
        unsaved = self.query_one("#player-unsaved", Static)
        if self.app.session is None:  # opened from the first-run or unlock screen
            made = self.app.vault_path.exists()
            unsaved.update(
                t("grounding.not_saved_locked" if made else "grounding.not_saved_no_vault")
            )
        else:
            unsaved.display = False
        self._show()

    # ---- phases ---------------------------------------------------------------

    def watch_phase(self) -> None:
        if self.is_mounted:
            self._show()
            self.refresh_bindings()

    def check_action(self, action: str, parameters) -> bool | None:
        if action in STEP_ACTIONS:
            return self.phase == "steps"
        if action == "proceed":
            return self.phase != "steps"
        return True

    def _show(self) -> None:
        text = self.query_one("#player-text", Static)
        scale = self.query_one("#player-scale", Scale)
        bar = self.query_one("#player-progress", ProgressBar)
        status = self.query_one("#player-status", Static)
        scale.display = self.phase in ("before", "after")
        bar.display = self.phase == "steps"
        if self.phase == "before":
            # On every script: not everyone is safe where they are.
            intro = intro_with_danger(self.script.intro)
            text.update(lines([*intro, "", t("grounding.ask_before")]))
            status.update(t("grounding.before_hint"))
            scale.focus()
        elif self.phase == "steps":
            self._show_step()
        elif self.phase == "after":
            scale.value = None
            text.update(plain(self.script.closing))
            status.update(t("grounding.after_hint"))
            scale.focus()
        else:
            text.update(self._change_text())
            status.update(t("grounding.done_hint", time=elapsed_text(self.total_elapsed)))

    def _show_step(self) -> None:
        """The step, how many are done and the time so far. Drawn when the step changes
        (or a pause starts or ends), never on the clock's tick: a screen reader would read
        a changing number again every second, and a braille line would flicker."""
        steps = self.script.steps
        step = steps[self.step_index]
        self.query_one("#player-text", Static).update(plain(step.text))
        bar = self.query_one("#player-progress", ProgressBar)
        bar.update(total=len(steps), progress=self.step_index)
        state = t("grounding.paused") if self.paused else ""
        self.query_one("#player-status", Static).update(
            t(
                "grounding.step_status",
                number=self.step_index + 1,
                count=len(steps),
                time=elapsed_text(self.total_elapsed),
            )
            + state
        )

    def _change_text(self) -> str:
        if self.before is None or self.after is None:
            return t("grounding.done_no_numbers")
        change = self.after - self.before
        key = "down" if change < 0 else "up" if change > 0 else "same"
        return t(f"grounding.done_{key}", before=self.before, after=self.after, diff=abs(change))

    # ---- the clock ------------------------------------------------------------

    def tick(self) -> None:
        """Called every second: counts, and moves the step on when its time is up."""
        if self.phase != "steps" or self.paused:
            return
        self.step_elapsed += 1
        self.total_elapsed += 1
        if self.step_elapsed >= self.script.steps[self.step_index].seconds:
            self.action_next_step()  # the only tick that draws: a new step

    # ---- keys -----------------------------------------------------------------

    def action_proceed(self) -> None:
        scale = self.query_one("#player-scale", Scale)
        if self.phase == "before":
            self.before = scale.value
            self.started_at = self.app.clock()
            self.phase = "steps"
        elif self.phase == "after":
            self.after = scale.value
            self._save()
            self.phase = "done"
        elif self.phase == "done":
            self.action_back()

    def action_choose_other(self) -> None:
        """Another exercise: the list, in place of this one (nothing was saved yet)."""
        if self.phase not in ("before", "done"):
            return

        self.app.switch_screen(BY_NAME["grounding"].make_screen())

    def action_pause(self) -> None:
        self.paused = not self.paused
        self._show_step()

    def action_next_step(self) -> None:
        if self.step_index + 1 >= len(self.script.steps):
            self.completed = True
            self.phase = "after"
            return
        self.step_index += 1
        self.step_elapsed = 0
        self._show_step()

    def action_stop(self) -> None:
        self.phase = "after"

    def _save(self) -> None:
        session = self.app.session
        if session is None:
            return  # opened without unlocking: the exercise helps, nothing is stored

        record_grounding(
            session,
            self.script_id,
            started_at=self.started_at or self.app.clock(),
            duration_s=self.total_elapsed,
            distress_before=self.before,
            distress_after=self.after,
            completed=self.completed,
        )
