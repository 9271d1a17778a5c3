"""One topic: the text, the reflection questions answered in place, and suggested commitments."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.timer import Timer
from textual.widgets import Markdown, Static, TextArea

from tryggsti.domain.text import clean_text
from tryggsti.services.commitments import add_commitment
from tryggsti.services.topics import mark_opened, progress_for, save_answer, set_completed
from tryggsti.strings import t
from tryggsti.ui.plain import join, plain, ui
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button

SAVE_DELAY_S = 1.0


def topic_markdown(topic) -> str:
    """The topic as Markdown; the content's own text is shown as written."""
    parts = [f"# {topic.number}. {topic.title}", f"*{topic.summary}*"]
    if topic.ideal:
        parts.append(f"{t('reader.ideal')}: **{topic.ideal}**")
    for section in topic.sections:
        parts.append(f"## {section.heading}")
        parts.append(section.body)
    if topic.key_points:
        parts.append(f"## {t('reader.key_points')}")
        parts.extend(f"- {point}" for point in topic.key_points)
    return clean_text("\n\n".join(parts))


class TopicReaderScreen(TryggstiScreen):
    TITLE_KEY = "reader.title"
    # One key, two meanings: only the one that fits the topic's state is active, so the
    # footer always says what Ctrl+D will do now.
    BINDINGS = [
        Binding("ctrl+d", "mark_done", t("reader.toggle_done"), key_display="Ctrl+D"),
        Binding("ctrl+d", "mark_not_done", t("reader.toggle_not_done"), key_display="Ctrl+D"),
    ]

    def __init__(self, topic_id: str) -> None:
        super().__init__()
        self.topic_id = topic_id
        self._dirty: set[str] = set()
        self._timer: Timer | None = None

    @property
    def topic(self):
        return self.app.library.topics[self.topic_id]

    def compose_body(self) -> ComposeResult:
        topic = self.topic
        progress = progress_for(self.app.open_session, self.topic_id)
        with VerticalScroll(id="reader", classes="padded"):
            yield Markdown(topic_markdown(topic), open_links=False, id="reader-text")
            yield Static(t("reader.questions"), classes="label")
            yield Static(t("reader.questions_hint"), classes="hint")
            for question in topic.questions:
                answer = progress.answers.get(question.id)
                yield Static(plain(question.text), classes="question")
                yield TextArea(
                    clean_text(answer.text) if answer else "",
                    id=f"answer-{question.id}",
                    classes="note",
                )
            if topic.commitments:
                yield Static(t("reader.commitments"), classes="label")
                for index, text in enumerate(topic.commitments):
                    yield Static(join("• ", plain(text)), classes="suggestion")
                    yield Button(t("reader.make_commitment"), id=f"commit-{index}")
            scripts = [g for g in topic.grounding if g in self.app.library.grounding]
            if scripts:
                yield Static(t("reader.grounding"), classes="label")
                for script_id in scripts:
                    title = self.app.library.grounding[script_id].title
                    label = ui("reader.try_grounding", title=title)
                    yield Button(label, id=f"ground-{script_id}")
            yield Static("", id="reader-done", classes="hint")
            yield Button("", id="toggle-done", variant="primary")

    def on_mount(self, event: events.Mount) -> None:
        mark_opened(self.app.open_session, self.topic_id)
        self._show_done()
        self.query_one("#reader", VerticalScroll).focus()

    def _show_done(self) -> None:
        progress = self.app.open_session.data.topics[self.topic_id]
        done = progress.completed_at is not None
        self.query_one("#toggle-done", Button).label = t(
            "reader.mark_unread" if done else "reader.mark_read"
        )
        self.query_one("#reader-done", Static).update(t("reader.is_done") if done else "")

    # ---- answers, saved as the person types -------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id and event.text_area.id.startswith("answer-"):
            self._dirty.add(event.text_area.id.removeprefix("answer-"))
            if self._timer is not None:
                self._timer.stop()
            self._timer = self.set_timer(SAVE_DELAY_S, self.flush_edits)

    def flush_edits(self) -> None:
        session = self.app.session
        if session is None:
            return
        for question_id in sorted(self._dirty):
            area = self.query_one(f"#answer-{question_id}", TextArea)
            save_answer(session, self.topic_id, question_id, area.text)
        self._dirty.clear()

    def on_unmount(self) -> None:
        self.flush_edits()

    def action_back(self) -> None:
        self.flush_edits()
        super().action_back()

    # ---- buttons --------------------------------------------------------------

    def on_button_pressed(self, event: Button.Pressed) -> None:
        button_id = event.button.id or ""
        if button_id == "toggle-done":
            self.action_toggle_done()
        elif button_id.startswith("commit-"):
            self._make_commitment(self.topic.commitments[int(button_id.removeprefix("commit-"))])
        elif button_id.startswith("ground-"):
            from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen  # noqa: PLC0415 (a screen loads when first opened)

            self.app.push_screen(GroundingPlayerScreen(button_id.removeprefix("ground-")))

    def _make_commitment(self, text: str) -> None:
        session = self.app.open_session
        if any(c.is_open and c.text == text for c in session.data.commitments):
            self.app.notify(t("reader.commitment_exists"))
            return
        add_commitment(session, text, topic_id=self.topic_id)
        self.app.notify(t("reader.commitment_added"))

    def _is_done(self) -> bool:
        session = self.app.session
        progress = session.data.topics.get(self.topic_id) if session else None
        return progress is not None and progress.completed_at is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "mark_done":
            return not self._is_done()
        if action == "mark_not_done":
            return self._is_done()
        return True

    def action_mark_done(self) -> None:
        self.action_toggle_done()

    def action_mark_not_done(self) -> None:
        self.action_toggle_done()

    def action_toggle_done(self) -> None:
        self.flush_edits()
        progress = self.app.open_session.data.topics[self.topic_id]
        set_completed(self.app.open_session, self.topic_id, progress.completed_at is None)
        self._show_done()
        self.refresh_bindings()
