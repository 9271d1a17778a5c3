"""Innsjekk: the Seeking Safety check-in, one calm form. Saving it is one service call
(services.checkins.check_in); a hard check-in is answered by the response screen."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import RadioSet, Static, TextArea

from tryggsti.domain.checkin_form import CheckInForm, FormProblem
from tryggsti.domain.records import UnsafeKind
from tryggsti.services.checkins import check_in
from tryggsti.services.commitments import sorted_for_display
from tryggsti.strings import t
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.plain import plain_line
from tryggsti.ui.screen_styles import SCREENS_TCSS
from tryggsti.ui.screens.app_screen import AppModalScreen
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input
from tryggsti.ui.widgets.scale import Scale
from tryggsti.ui.widgets.toggles import Checkbox, RadioButton

SCALES = ("mood", "distress", "craving")
MAX_COMMITMENTS_ASKED = 6  # the most urgent; the rest are a key away under Forpliktelser
UNSAFE_KINDS = tuple(UnsafeKind)
# «Vil ikke svare nå» comes first and is chosen from the start: an Enter or a space in
# passing never answers «ja» (the set's cursor starts on its first button).
HARM_ANSWERS = (
    ("harm-unanswered", "checkin.harm_unanswered", None),
    ("harm-no", "checkin.harm_no", False),
    ("harm-yes", "checkin.harm_yes", True),
)


class LeaveCheckInScreen(AppModalScreen[str]):
    """Esc on a check-in with something in it: save, discard, or go back to it."""

    CSS_PATH = SCREENS_TCSS
    BINDINGS = [Binding("escape", "stay", t("checkin.leave_stay"))]

    def compose(self) -> ComposeResult:
        with Vertical(classes="card dialog"):
            yield Static(t("checkin.leave_question"), classes="lead")
            for choice in ("save", "discard", "stay"):
                yield Button(
                    t(f"checkin.leave_{choice}"), id=f"leave-{choice}", classes="wide choice"
                )

    def on_mount(self) -> None:
        self.query_one("#leave-save", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("leave-"))

    def action_stay(self) -> None:
        self.dismiss("stay")


class CheckInScreen(TryggstiScreen):
    TITLE_KEY = "checkin.title"
    BINDINGS = [Binding("ctrl+s", "save", t("checkin.save_short"), key_display="Ctrl+S")]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="checkin", classes="form"):
            yield Static(t("checkin.lead"), classes="lead")
            for name in SCALES:
                yield Static(t(f"checkin.{name}"), classes="label")
                yield Scale(id=f"scale-{name}")
            yield Static(t("checkin.coping"), classes="label")
            yield Input(placeholder=t("checkin.coping_placeholder"), id="coping")
            yield Checkbox(t("checkin.used"), id="used")
            yield Static(t("checkin.used_hint"), classes="hint checkbox-hint")
            with Horizontal(id="used-details", classes="details"):
                yield Input(placeholder=t("checkin.used_what"), id="used-what")
                yield Input(placeholder=t("checkin.used_amount"), id="used-amount")
            yield Checkbox(t("checkin.unsafe"), id="unsafe")
            with Vertical(id="unsafe-details", classes="details"):
                with RadioSet(id="unsafe-kind"):
                    for kind in UNSAFE_KINDS:
                        yield RadioButton(
                            t(f"checkin.unsafe_{kind.value}"), id=f"unsafe-{kind.value}"
                        )
                yield Input(placeholder=t("checkin.unsafe_note"), id="unsafe-note")
            # Asking about thoughts of suicide does not put them there; not answering is fine.
            yield Static(t("checkin.harm_thoughts"), classes="label")
            yield Static(t("checkin.harm_who_sees"), classes="hint")
            with RadioSet(id="harm-thoughts"):
                for button_id, key, _answer in HARM_ANSWERS:
                    yield RadioButton(t(key), id=button_id, value=button_id == "harm-unanswered")
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
        session = self.app.session
        open_ones = sorted_for_display(session.data.commitments)[0] if session else []
        if not open_ones:
            return
        yield Static(t("checkin.kept"), classes="label")
        for commitment in open_ones[:MAX_COMMITMENTS_ASKED]:
            yield Checkbox(plain_line(commitment.text), id=f"kept-{commitment.id}", classes="kept")
        hidden = len(open_ones) - MAX_COMMITMENTS_ASKED
        if hidden > 0:
            yield Static(t("checkin.more_commitments", count=hidden), classes="hint")

    def on_mount(self, event: events.Mount) -> None:
        self.query_one("#scale-mood", Scale).focus()
        self._show_details()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self._show_details()

    def _show_details(self) -> None:
        self.query_one("#used-details").display = self.query_one("#used", Checkbox).value
        self.query_one("#unsafe-details").display = self.query_one("#unsafe", Checkbox).value

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()

    def _message(self, text: str) -> None:
        say_in_view(self.query_one("#checkin-message", Static), text)

    def _pressed(self, radio_set: str) -> str | None:
        pressed = self.query_one(f"#{radio_set}", RadioSet).pressed_button
        return None if pressed is None else pressed.id

    def _form(self) -> CheckInForm:
        pressed = self._pressed("harm-thoughts")
        harm = next((answer for button, _key, answer in HARM_ANSWERS if button == pressed), None)
        kind = self._pressed("unsafe-kind")
        return CheckInForm(
            mood=self.query_one("#scale-mood", Scale).value,
            distress=self.query_one("#scale-distress", Scale).value,
            craving=self.query_one("#scale-craving", Scale).value,
            coping=self.query_one("#coping", Input).value,
            used=self.query_one("#used", Checkbox).value,
            used_what=self.query_one("#used-what", Input).value,
            used_amount=self.query_one("#used-amount", Input).value,
            unsafe=self.query_one("#unsafe", Checkbox).value,
            unsafe_kind=None if kind is None else UnsafeKind(kind.removeprefix("unsafe-")),
            unsafe_note=self.query_one("#unsafe-note", Input).value,
            sleep=self.query_one("#sleep", Input).value,
            note=self.query_one("#note", TextArea).text,
            harm_thoughts=harm,
        )

    def action_save(self) -> None:
        try:
            fields = self._form().to_fields()
        except FormProblem as problem:
            self._message(t(f"checkin.problem_{problem.reason}"))
            return
        kept = [
            str(box.id).removeprefix("kept-")
            for box in self.query(".kept").results(Checkbox)
            if box.value
        ]
        result = check_in(self.app.open_session, kept=kept, **fields)
        self.app.pop_screen()
        if result.response is None:
            self.app.notify(t("checkin.saved"))
            return
        from tryggsti.ui.screens.safety_offer_screen import SafetyOfferScreen  # noqa: PLC0415 (a screen loads when first opened)

        self.app.push_screen(SafetyOfferScreen(result))

    def _has_answers(self) -> bool:
        form = self._form()
        kept = any(box.value for box in self.query(".kept").results(Checkbox))
        return kept or form.says_anything()

    def action_back(self) -> None:
        """Esc never throws away a filled-in check-in without asking."""
        if not self._has_answers():
            super().action_back()
            return

        def chosen(choice: str | None) -> None:
            if choice == "save":
                self.action_save()
            elif choice == "discard":
                super(CheckInScreen, self).action_back()

        self.app.push_screen(LeaveCheckInScreen(), chosen)
