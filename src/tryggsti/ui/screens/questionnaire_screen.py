"""OAS (SOC-13): one item at a time with the keys 1–7, a review, then the result and history."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import reactive
from textual.widgets import Markdown, Static

from tryggsti.dates import long_date_with_year
from tryggsti.domain.scoring import score
from tryggsti.domain.text import clean_line, clean_text
from tryggsti.services.questionnaires import history, save_result
from tryggsti.services.supporter import supporter_key
from tryggsti.strings import t
from tryggsti.ui.plain import Part, join, lines, plain, ui
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.scale import ShownScale

PREFERRED = "soc13"
BAR_WIDTH = 20
ANSWER_KEYS = "1234567"
DRAFT_KEY = "questionnaire"


def _answer_binding(digit: str) -> Binding:
    return Binding(digit, f"answer({digit})", digit, show=False)


HISTORY_SHOWN = 8  # earlier results under the intro and the result


def history_content(results):
    if not results:
        return plain(t("oas_screen.no_history"))
    shown: list[Part] = [(t("oas_screen.history"), "bold")]
    for item in results[-HISTORY_SHOWN:]:
        scores = item.scores
        filled = round(
            BAR_WIDTH * (scores.total - scores.total_min) / (scores.total_max - scores.total_min)
        )
        bar = "█" * filled + "░" * (BAR_WIDTH - filled)
        shown.append(f"  {long_date_with_year(item.at.date()):<24} {scores.total:>3}  {bar}")
    return lines(shown)


class QuestionnaireScreen(TryggstiScreen):
    TITLE_KEY = "oas_screen.title"
    AUTO_FOCUS = None  # the screen takes the keys, so digits answer and move on
    # Enter means something else in each phase; only the binding that fits is active,
    # so the footer always names what Enter does now.
    BINDINGS = [
        Binding("enter", "proceed", t("oas_screen.proceed"), key_display=t("keys.enter")),
        Binding("enter", "save", t("oas_screen.save"), key_display=t("keys.enter")),
        Binding("enter", "finish", t("oas_screen.finish"), key_display=t("keys.enter")),
        Binding("left", "adjust(-1)", t("oas_screen.adjust"), show=False),
        Binding("right", "adjust(1)", t("oas_screen.adjust"), show=False),
        # Said in the hint line under each question; the footer keeps room for Enter.
        Binding("up,backspace", "previous", t("oas_screen.previous"), show=False),
        Binding("down", "next_item", t("oas_screen.next"), show=False),
        # Reading the review, the result and its explanation by keyboard alone.
        Binding("down", "scroll_text(1)", show=False),
        Binding("up", "scroll_text(-1)", show=False),
        Binding("pagedown,tab", "scroll_text(10)", show=False),
        Binding("pageup,shift+tab", "scroll_text(-10)", show=False),
        Binding("end", "scroll_text(1000)", show=False),
        Binding("home", "scroll_text(-1000)", show=False),
        *[_answer_binding(digit) for digit in ANSWER_KEYS],
    ]

    phase: reactive[str] = reactive("intro")
    REUSABLE = True

    def __init__(self) -> None:
        super().__init__()
        self.index = 0
        self.answers: list[int | None] = []

    @property
    def questionnaire(self):
        questionnaires = self.app.library.questionnaires
        return questionnaires.get(PREFERRED) or questionnaires[sorted(questionnaires)[0]]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="oas", classes="padded", can_focus=False):
            yield Static("", id="oas-heading", classes="label")
            yield Static("", id="oas-text", classes="player-text")
            yield ShownScale(1, 7, id="oas-scale")
            yield Static("", id="oas-status", classes="hint")
            yield Markdown("", open_links=False, id="oas-explanation")

    def on_mount(self, event: events.Mount) -> None:
        questionnaire = self.questionnaire
        scale = self.query_one("#oas-scale", ShownScale)
        scale.low, scale.high = questionnaire.scale_min, questionnaire.scale_max
        self._start()

    def prepare_to_show_again(self) -> None:
        """Kept per session (ui/kept_screens.py): each visit starts as a new screen would,
        at the start or in the draft left with Esc."""
        self.query_one("#oas", VerticalScroll).scroll_home(animate=False)
        self._start()

    def _start(self) -> None:
        self.index = 0
        self.answers = [None] * len(self.questionnaire.items)
        resumed = self._resume_draft()
        self.set_reactive(QuestionnaireScreen.phase, "item" if resumed else "intro")
        self._show()
        self.refresh_bindings()
        if resumed:
            self.query_one("#oas-status", Static).update(ui("oas_screen.draft_resumed"))

    def watch_phase(self) -> None:
        if self.is_mounted:
            self._show()
            self.refresh_bindings()

    def check_action(self, action: str, parameters) -> bool | None:
        if action in ("answer", "adjust", "next_item", "proceed"):
            return self.phase == "item" or (action == "proceed" and self.phase == "intro")
        if action == "previous":
            return self.phase in ("item", "review")
        if action == "save":
            return self.phase == "review"
        if action == "finish":
            return self.phase == "result"
        if action == "scroll_text":
            up = bool(parameters) and parameters[0] == -1
            # ↑ in the review goes back to the answers; elsewhere arrows scroll.
            return self.phase in ("intro", "result") or (self.phase == "review" and not up)
        return True

    def action_scroll_text(self, lines: int) -> None:
        self.query_one("#oas", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_save(self) -> None:
        self.action_proceed()

    def action_finish(self) -> None:
        self.action_proceed()

    # ---- a draft, so Esc half-way loses nothing ------------------------------------

    def action_back(self) -> None:
        drafts = self.app.drafts
        if self.phase in ("item", "review") and any(a is not None for a in self.answers):
            drafts[DRAFT_KEY] = (self.index, list(self.answers))
            self.app.notify(t("oas_screen.draft_kept"), timeout=6)
        elif self.phase == "result":
            drafts.pop(DRAFT_KEY, None)
        super().action_back()

    def _resume_draft(self) -> bool:
        draft = self.app.drafts.pop(DRAFT_KEY, None)
        if draft is None or len(draft[1]) != len(self.answers):
            return False
        self.index, self.answers = draft
        return True

    # ---- what is shown ----------------------------------------------------------

    def _show(self) -> None:
        questionnaire = self.questionnaire
        heading = self.query_one("#oas-heading", Static)
        text = self.query_one("#oas-text", Static)
        status = self.query_one("#oas-status", Static)
        scale = self.query_one("#oas-scale", ShownScale)
        explanation = self.query_one("#oas-explanation", Markdown)
        scale.display = self.phase == "item"
        explanation.display = self.phase in ("intro", "result")
        if self.phase == "intro":
            heading.update(plain(questionnaire.name))
            text.update(plain(questionnaire.instructions))
            status.update(lines([self._history(), "", t("oas_screen.start_hint")]))
            self._explain(explanation, questionnaire)
        elif self.phase == "item":
            self._show_item()
        elif self.phase == "review":
            heading.update(ui("oas_screen.review_title"))
            text.update(self._review_content())
            status.update(ui("oas_screen.review_hint"))
        else:
            heading.update(ui("oas_screen.result_title"))
            text.update(self._result_content())
            # The same gentle words after every result: the score never decides what is said.
            shown = [self._talk(), "", self._history(), "", t("oas_screen.result_hint")]
            status.update(lines(shown))
            self._explain(explanation, questionnaire)

    _explained: str | None = None

    def _explain(self, explanation: Markdown, questionnaire) -> None:
        """The explanation, set only when it is not there already: a Markdown update builds
        all its blocks anew, which was most of a later visit to this kept screen."""
        text = clean_text(questionnaire.explanation)
        if text != self._explained:
            self._explained = text
            explanation.update(text)

    def _show_item(self) -> None:
        questionnaire = self.questionnaire
        item = questionnaire.items[self.index]
        self.query_one("#oas-heading", Static).update(
            ui("oas_screen.item_heading", number=item.number, count=len(questionnaire.items))
        )
        self.query_one("#oas-text", Static).update(plain(item.text))
        scale = self.query_one("#oas-scale", ShownScale)
        scale.anchor_low, scale.anchor_high = (
            clean_line(item.anchor_min),
            clean_line(item.anchor_max),
        )
        scale.value = self.answers[self.index]
        scale.refresh()
        self.query_one("#oas-status", Static).update(ui("oas_screen.item_hint"))

    def _review_content(self):
        shown = []
        for item, answer in zip(self.questionnaire.items, self.answers, strict=True):
            shown.append(join(f"{item.number:>2}. ", plain(item.text), "  ", (str(answer), "bold")))
        return lines(shown)

    def _result_content(self):
        questionnaire = self.questionnaire
        scores = score(questionnaire, self._filled())
        shown = [
            ui("oas_screen.total", total=scores.total, low=scores.total_min, high=scores.total_max)
        ]
        for subscale in questionnaire.subscales:
            shown.append(
                ui(
                    "oas_screen.part",
                    name=subscale.name,
                    value=scores.subscales[subscale.id],
                    low=subscale.min,
                    high=subscale.max,
                )
            )
        return lines(shown)

    def _talk(self) -> str:
        session = self.app.session
        return t("oas.talk", talk_to=t(supporter_key(session.data if session else None, "talk_to")))

    def _filled(self) -> list[int]:
        """The answers, every item answered: the result and its saving come only then."""
        filled = [answer for answer in self.answers if answer is not None]
        assert len(filled) == len(self.answers)
        return filled

    def _history(self):
        # One more than shown: on the result, the newest is today's, shown above.
        results = history(self.app.open_session.data, self.questionnaire, newest=HISTORY_SHOWN + 1)
        if self.phase == "result":
            results = results[:-1]  # today's is the result shown above, not an earlier one
        return history_content(results)

    # ---- keys -------------------------------------------------------------------

    def action_answer(self, value: int) -> None:
        questionnaire = self.questionnaire
        if not questionnaire.scale_min <= value <= questionnaire.scale_max:
            return
        self.answers[self.index] = value
        self.action_next_item()

    def action_adjust(self, delta: int) -> None:
        questionnaire = self.questionnaire
        current = self.answers[self.index]
        middle = (questionnaire.scale_min + questionnaire.scale_max) // 2
        value = middle if current is None else current + delta
        value = min(questionnaire.scale_max, max(questionnaire.scale_min, value))
        self.answers[self.index] = value
        self._show_item()

    def action_next_item(self) -> None:
        if self.answers[self.index] is None:
            self.query_one("#oas-status", Static).update(ui("oas_screen.choose_first"))
            return
        if self.index + 1 < len(self.answers):
            self.index += 1
            self._show_item()
        else:
            self.phase = "review"

    def action_previous(self) -> None:
        if self.phase == "review":
            self.phase = "item"
        elif self.index > 0:
            self.index -= 1
            self._show_item()

    def action_proceed(self) -> None:
        if self.phase == "intro":
            self.phase = "item"
        elif self.phase == "item":
            self.action_next_item()
        elif self.phase == "review":
            save_result(self.app.open_session, self.questionnaire, self._filled())
            self.phase = "result"
        else:
            self.action_back()
