"""One check-in from the mood log, whole: every answer as it was given, and the note and
«what happened» in full, to read and to change (the table shows only their start)."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static, TextArea

from tryggsti.dates import clock_time, long_date_with_year
from tryggsti.domain.records import InvalidRecord
from tryggsti.domain.text import clean_text
from tryggsti.services.checkin_edit import edit_checkin_text, find_checkin
from tryggsti.strings import t
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.plain import Part, lines, plain_line
from tryggsti.ui.screens.base import TryggstiScreen


def _scale(key: str, value: int | None) -> str:
    shown = t("checkin_entry.not_answered") if value is None else str(value)
    return t(f"checkin_entry.{key}", value=shown)


def answers(entry) -> list[Part]:
    """The answers, one line each, in the order the check-in asks them. The person's own
    words (what, how much, what helped) are shown literally."""

    harm = {True: "harm_yes", False: "harm_no", None: "not_answered"}[entry.harm_thoughts]
    shown: list[Part] = [
        (
            t(
                "checkin_entry.when",
                date=long_date_with_year(entry.at.date()),
                time=clock_time(entry.at),
            ),
            "bold",
        ),
        _scale("mood", entry.mood),
        _scale("distress", entry.distress),
        _scale("craving", entry.craving),
        t("checkin_entry.used_yes" if entry.substance_use else "checkin_entry.used_no"),
    ]
    if entry.substance_what:
        shown.append(plain_line("  " + t("checkin_entry.used_what", text=entry.substance_what)))
    if entry.substance_amount:
        shown.append(plain_line("  " + t("checkin_entry.used_amount", text=entry.substance_amount)))
    shown.append(
        t("checkin_entry.unsafe_yes" if entry.unsafe_behaviour else "checkin_entry.unsafe_no")
    )
    shown.append(t("checkin_entry.harm", answer=t(f"checkin_entry.{harm}")))
    if entry.safe_coping:
        shown.append(plain_line(t("checkin_entry.coping", text=", ".join(entry.safe_coping))))
    if entry.sleep_hours is not None:
        hours = f"{entry.sleep_hours:g}".replace(".", ",")
        shown.append(t("checkin_entry.sleep", hours=hours))
    return shown


class CheckInEntryScreen(TryggstiScreen):
    TITLE_KEY = "checkin_entry.title"
    BINDINGS = [Binding("ctrl+s", "save", t("checkin_entry.save"), key_display="Ctrl+S")]

    def __init__(self, checkin_id: str) -> None:
        super().__init__()
        self.checkin_id = checkin_id
        self._saved: tuple[str, str] = ("", "")

    def _entry(self):
        return find_checkin(self.app.open_session, self.checkin_id)

    def compose_body(self) -> ComposeResult:
        entry = self._entry()
        note, unsafe_note = clean_text(entry.note), clean_text(entry.unsafe_note)
        self._saved = (note, unsafe_note)
        with VerticalScroll(id="checkin-entry", classes="padded"):
            yield Static(lines(answers(entry)), id="entry-answers")
            yield Static(t("checkin_entry.note"), classes="label")
            yield TextArea(note, id="entry-note", classes="note")
            if entry.unsafe_behaviour or unsafe_note:
                yield Static(t("checkin_entry.unsafe_note"), classes="label")
                yield TextArea(unsafe_note, id="entry-unsafe-note", classes="note")
            yield Static(t("checkin_entry.edit_hint"), classes="hint")
            yield Static("", id="entry-message", classes="message")

    def on_mount(self, event: events.Mount) -> None:
        # Opens at its top, so the answers are read first; Tab or a click reaches the note.
        self.query_one("#entry-note", TextArea).focus(scroll_visible=False)

    def _typed(self) -> tuple[str, str]:
        note = self.query_one("#entry-note", TextArea).text
        unsafe = self.query("#entry-unsafe-note")
        return note, unsafe.first(TextArea).text if unsafe else self._saved[1]

    def _store(self) -> bool:
        """Save the texts if they changed; False (and a message) if they cannot be."""

        if self.app.session is None:
            return True
        typed = self._typed()
        if typed == self._saved:
            return True
        try:
            edit_checkin_text(
                self.app.session, self.checkin_id, note=typed[0], unsafe_note=typed[1]
            )
        except InvalidRecord:
            say_in_view(self.query_one("#entry-message", Static), t("checkin_entry.problem_long"))
            return False
        self._saved = typed
        return True

    def flush_edits(self) -> None:
        self._store()

    def action_save(self) -> None:
        if self._store():
            self.app.notify(t("checkin_entry.saved"))

    def action_back(self) -> None:
        if self._store():
            super().action_back()
