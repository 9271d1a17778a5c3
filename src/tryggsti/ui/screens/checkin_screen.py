"""Innsjekk: the Seeking Safety check-in, one calm form; offers help gently when it is hard."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import RadioSet, Static, TextArea

from tryggsti.strings import t
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.plain import plain_line
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input
from tryggsti.ui.widgets.scale import Scale
from tryggsti.ui.widgets.toggles import Checkbox, RadioButton

SCALES = ("mood", "distress", "craving")
MAX_COMMITMENTS_ASKED = 6  # the most urgent; the rest are a key away under Forpliktelser


def _asked_about(open_ones) -> tuple[str, ...]:
    """What the commitment boxes were built from: the ids asked about, and how many are open."""
    return (*(c.id for c in open_ones[:MAX_COMMITMENTS_ASKED]), str(len(open_ones)))


class CheckInScreen(TryggstiScreen):
    TITLE_KEY = "checkin.title"
    # Kept per session (ui/kept_screens.py): emptied before each new check-in, and built
    # anew when the open commitments it asks about have changed.
    REUSABLE = True
    _asked: tuple[str, ...] = ()
    BINDINGS = [Binding("ctrl+s", "save", t("checkin.save_short"), key_display="Ctrl+S")]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="checkin", classes="form"):
            yield Static(t("checkin.lead"), classes="lead")
            for name in SCALES:
                yield Static(t(f"checkin.{name}"), classes="label")
                yield Scale(
                    anchor_low=t(f"checkin.{name}_low"),
                    anchor_high=t(f"checkin.{name}_high"),
                    id=f"scale-{name}",
                )
            yield Static(t("checkin.coping"), classes="label")
            yield Input(placeholder=t("checkin.coping_placeholder"), id="coping")
            yield Checkbox(t("checkin.used"), id="used")
            with Horizontal(id="used-details", classes="details"):
                yield Input(placeholder=t("checkin.used_what"), id="used-what")
                yield Input(placeholder=t("checkin.used_amount"), id="used-amount")
            yield Checkbox(t("checkin.unsafe"), id="unsafe")
            yield Input(placeholder=t("checkin.unsafe_note"), id="unsafe-note", classes="details")
            # Asking about thoughts of suicide does not put them there; not answering is fine.
            yield Static(t("checkin.harm_thoughts"), classes="label")
            with RadioSet(id="harm-thoughts", classes="unanswered"):
                yield RadioButton(t("checkin.harm_yes"), id="harm-yes")
                yield RadioButton(t("checkin.harm_no"), id="harm-no")
            yield from self._commitment_boxes()
            yield Static(t("checkin.sleep"), classes="label")
            yield Input(
                placeholder=t("checkin.sleep_placeholder"),
                restrict=r"[0-9.,]*",
                max_length=4,
                id="sleep",
            )
            yield Static(t("checkin.note"), classes="label")
            yield TextArea(id="note", classes="note")
            yield Static("", id="checkin-message", classes="message")
            with Horizontal(classes="buttons"):
                yield Button(t("checkin.save"), variant="primary", id="save")

    def _commitment_boxes(self) -> ComposeResult:
        open_ones = self._open_commitments()
        self._asked = _asked_about(open_ones)
        if not open_ones:
            return
        yield Static(t("checkin.kept"), classes="label")
        for commitment in open_ones[:MAX_COMMITMENTS_ASKED]:
            yield Checkbox(plain_line(commitment.text), id=f"kept-{commitment.id}", classes="kept")
        hidden = len(open_ones) - MAX_COMMITMENTS_ASKED
        if hidden > 0:
            yield Static(t("checkin.more_commitments", count=hidden), classes="hint")

    def on_mount(self) -> None:
        self.query_one("#scale-mood", Scale).focus()
        self._show_details()
        # RadioSet puts its cursor on the first button («Ja»), so an Enter or space in
        # passing would answer yes. No cursor until an arrow key picks a button.
        self.query_one("#harm-thoughts", RadioSet)._selected = None

    def _open_commitments(self) -> list:
        from tryggsti.services.commitments import sorted_for_display

        session = self.app.session
        return sorted_for_display(session.data.commitments)[0] if session else []

    def can_show_again(self) -> bool:
        """False when the open commitments changed: the boxes must be built anew."""
        return _asked_about(self._open_commitments()) == self._asked

    def prepare_to_show_again(self) -> None:
        """Every field as on a new screen: a new check-in never starts with old answers."""
        for scale in self.query(Scale):
            scale.value = None
        for field in self.query(Input):
            field.value = ""
        for box in self.query(Checkbox):
            box.value = False
        note = self.query_one("#note", TextArea)
        if note.text:  # loading text rebuilds the editor's document: only when there is any
            note.load_text("")
        harm = self.query_one("#harm-thoughts", RadioSet)
        with harm.prevent(RadioButton.Changed):  # RadioSet would press it again
            for button in harm.query(RadioButton):
                button.value = False
        harm._pressed_button = None  # Textual has no public way to clear a RadioSet
        harm._selected = None
        self.query_one("#checkin-message", Static).update("")
        self._show_details()
        self.query_one("#checkin", VerticalScroll).scroll_home(animate=False)
        self.query_one("#scale-mood", Scale).focus()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self._show_details()

    def _show_details(self) -> None:
        self.query_one("#used-details").display = self.query_one("#used", Checkbox).value
        self.query_one("#unsafe-note").display = self.query_one("#unsafe", Checkbox).value

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()

    def _message(self, text: str) -> None:
        say_in_view(self.query_one("#checkin-message", Static), text)

    def _harm_thoughts(self) -> bool | None:
        pressed = self.query_one("#harm-thoughts", RadioSet).pressed_button
        return None if pressed is None else pressed.id == "harm-yes"

    def action_save(self) -> None:
        from tryggsti.domain.checkin_form import CheckInForm, FormProblem
        from tryggsti.services.checkins import log_checkin, mark_kept

        form = CheckInForm(
            mood=self.query_one("#scale-mood", Scale).value,
            distress=self.query_one("#scale-distress", Scale).value,
            craving=self.query_one("#scale-craving", Scale).value,
            coping=self.query_one("#coping", Input).value,
            used=self.query_one("#used", Checkbox).value,
            used_what=self.query_one("#used-what", Input).value,
            used_amount=self.query_one("#used-amount", Input).value,
            unsafe=self.query_one("#unsafe", Checkbox).value,
            unsafe_note=self.query_one("#unsafe-note", Input).value,
            sleep=self.query_one("#sleep", Input).value,
            note=self.query_one("#note", TextArea).text,
            harm_thoughts=self._harm_thoughts(),
        )
        try:
            fields = form.to_fields()
        except FormProblem as problem:
            self._message(t(f"checkin.problem_{problem.reason}"))
            return
        session = self.app.open_session
        entry = log_checkin(session, **fields)
        kept = [
            str(box.id).removeprefix("kept-")
            for box in self.query(".kept").results(Checkbox)
            if box.value
        ]
        mark_kept(session, kept)
        self.app.pop_screen()
        from tryggsti.domain.safety_response import respond

        response = respond(entry, session.data.checkins)
        if response is None:
            self.app.notify(t("checkin.saved"))
            return
        from tryggsti.ui.screens.safety_offer_screen import SafetyOfferScreen

        self.app.push_screen(SafetyOfferScreen(response, checkin_id=entry.id))
