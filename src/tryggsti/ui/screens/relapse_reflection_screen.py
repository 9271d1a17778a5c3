"""A short look back after a check-in, in Seeking Safety's spirit: after use «Se på det som
skjedde» (what happened is information, never a failure), after craving that was resisted
«Hva hjalp deg å stå imot?». Every answer is optional; Esc skips."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static, TextArea

from tryggsti.domain.records import ReflectionKind
from tryggsti.services.relapse import save_reflection, words_key
from tryggsti.strings import t
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input
from tryggsti.ui.widgets.toggles import Checkbox

QUESTIONS = ("before", "helped", "next_time", "tell_someone")


class RelapseReflectionScreen(TryggstiScreen):
    TITLE_KEY = "relapse.title"
    BINDINGS = [Binding("ctrl+s", "save", t("relapse.save"), key_display="Ctrl+S")]

    def __init__(
        self, checkin_id: str | None = None, *, kind: ReflectionKind = ReflectionKind.USE
    ) -> None:
        super().__init__()
        self.checkin_id = checkin_id
        self.kind = kind
        self.TITLE_KEY = words_key(kind, "title")

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="relapse", classes="form"):
            yield Static(t(words_key(self.kind, "lead")), classes="lead")
            for name in QUESTIONS:
                yield Static(t(words_key(self.kind, name)), classes="label")
                yield TextArea(id=f"relapse-{name}", classes="note")
            yield Static(t("relapse.next_step"), classes="label")
            yield Input(placeholder=t("relapse.next_step_placeholder"), id="relapse-next-step")
            yield Checkbox(t("relapse.make_commitment"), id="relapse-commit")
            with Horizontal(classes="buttons"):
                yield Button(t("relapse.save"), variant="primary", id="relapse-save")
                yield Button(t("relapse.skip"), id="relapse-skip")

    def on_mount(self, event: events.Mount) -> None:
        self.query_one("#relapse-before", TextArea).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "relapse-save":
            self.action_save()
        elif event.button.id == "relapse-skip":
            self.action_back()

    def action_save(self) -> None:
        answers = {name: self.query_one(f"#relapse-{name}", TextArea).text for name in QUESTIONS}
        save_reflection(
            self.app.open_session,
            checkin_id=self.checkin_id,
            kind=self.kind,
            next_step=self.query_one("#relapse-next-step", Input).value,
            make_commitment=self.query_one("#relapse-commit", Checkbox).value,
            **answers,
        )
        self.app.notify(t("relapse.saved"))
        self.action_back()
