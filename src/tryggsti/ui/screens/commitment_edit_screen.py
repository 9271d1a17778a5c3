"""Add or edit one commitment: its words and an optional due date."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from tryggsti.dates import NoSuchDay, example_day, parse_day, typed_forms
from tryggsti.domain.records import InvalidRecord
from tryggsti.domain.text import clean_line
from tryggsti.services.commitments import add_commitment, edit_commitment, find
from tryggsti.strings import t
from tryggsti.ui.key_burst import chain
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppModalScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input


class CommitmentEditScreen(AppModalScreen[str | None]):
    """Dismisses with the commitment's id when saved, None when cancelled."""

    CSS_PATH = SCREENS_TCSS

    BINDINGS = [Binding("escape", "cancel", t("keys.back"))]

    def __init__(self, commitment_id: str | None) -> None:
        super().__init__()
        self.commitment_id = commitment_id

    def compose(self) -> ComposeResult:
        existing = self._existing()
        text = clean_line(existing.text) if existing else ""  # an old vault may hold controls
        due = ""
        if existing and existing.due:
            due = f"{existing.due.day}.{existing.due.month}.{existing.due.year}"
        title = "commitments.edit_title" if existing else "commitments.add_title"

        short, full = typed_forms(example_day(self.app.clock().date()))
        with Vertical(classes="card dialog"):
            yield Static(t(title), classes="label")
            yield Input(text, placeholder=t("commitments.text_placeholder"), id="text")
            yield Static(t("commitments.due_label"), classes="label")
            yield Input(
                due, placeholder=t("commitments.due_placeholder", short=short, full=full), id="due"
            )
            yield Static("", id="edit-message", classes="message")
            with Horizontal(classes="buttons"):
                yield Button(t("commitments.save"), variant="primary", id="save")
                yield Button(t("commitments.cancel"), id="cancel")

    def _existing(self):
        if self.commitment_id is None:
            return None

        return find(self.app.open_session, self.commitment_id)

    def on_mount(self) -> None:
        # Enter in the words moves to «Frist»; Enter there saves. (Saving at the first
        # Enter left the deadline out, and the next keys landed on the list behind.)
        chain(self.query_one("#text", Input), self.query_one("#due", Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "due":
            self._save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self._save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _save(self) -> None:
        text = self.query_one("#text", Input).value.strip()
        message = self.query_one("#edit-message", Static)
        if not text:
            message.update(t("commitments.problem_empty"))
            self.query_one("#text", Input).focus()
            return
        today = self.app.clock().date()
        try:
            due = parse_day(self.query_one("#due", Input).value, today)
        except NoSuchDay as wrong:
            message.update(t("commitments.problem_no_such_day", day=wrong.said()))
            self.query_one("#due", Input).focus()
            return
        except ValueError:
            short, full = typed_forms(example_day(today))
            message.update(t("commitments.problem_date", short=short, full=full))
            self.query_one("#due", Input).focus()
            return
        session = self.app.open_session
        try:
            if self.commitment_id is None:
                commitment = add_commitment(session, text, due=due)
            else:
                commitment = edit_commitment(session, self.commitment_id, text=text, due=due)
        except InvalidRecord:
            message.update(t("commitments.problem_long"))
            return
        self.dismiss(commitment.id)
