"""Emner: the 25 topics with how far the person has come; Enter opens one."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from tryggsti.domain.homework_progress import current_homework_items
from tryggsti.strings import t
from tryggsti.ui.plain import cell
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.table_fit import room_for, shortened

WIDE = 100  # columns from which the table also shows each topic's area


def topic_status(progress, question_count: int) -> str:
    if progress is None or progress.opened_at is None:
        return t("topics.status_new")
    if progress.completed_at is not None:
        return t("topics.status_done")
    answered = sum(1 for answer in progress.answers.values() if answer.text.strip())
    return t("topics.status_started", answered=answered, count=question_count)


class TopicsScreen(TryggstiScreen):
    TITLE_KEY = "topics.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume

    def compose_body(self) -> ComposeResult:
        yield Static("", id="topics-lead", classes="lead padded")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="topics-table")

    def on_mount(self, event: events.Mount) -> None:
        table = self.query_one("#topics-table", DataTable)
        # «Område» only where there is room: the status («Åpnet, 1/4 svar») must show whole.
        with_area = self.app.size.width >= WIDE
        table.add_column(t("topics.col_number"), key="number")
        table.add_column(t("topics.col_title"), key="title")
        if with_area:
            table.add_column(t("topics.col_area"), key="area")
        # The statuses are filled in after the rows, so the column is given its width here:
        # made from the empty cells it was one letter too narrow («Åpnet, 1 a»).
        status_width = max(
            len(t("topics.status_started", answered=9, count=9)),
            len(t("topics.status_new")),
            len(t("topics.status_done")),
        )
        table.add_column(t("topics.col_status"), key="status", width=status_width)
        others = [3, status_width] + ([12] if with_area else [])
        title_width = room_for(self.app.size.width, others)
        self._title_width = title_width
        for topic in self.app.library.topics_in_order():
            title = cell(shortened(topic.title, title_width))
            area = [t(f"topics.area_{topic.area}")] if with_area else []
            table.add_row(str(topic.number), title, *area, "", key=topic.id)
        self.refresh_progress()
        table.focus()

    _title_width = 40

    def _homework_topics(self) -> frozenset[str]:
        session = self.app.session
        if session is None:
            return frozenset()
        return current_homework_items(session.data, self.app.clock().date()).topics

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if self.changed_since_drawn():  # nothing saved since: the statuses are still true
            self.refresh_progress()

    def refresh_progress(self) -> None:
        if self.app.session is None:
            return  # resumed on the way to the lock screen
        table = self.query_one("#topics-table", DataTable)
        data = self.app.session.data
        done = 0
        wanted = self._homework_topics()
        mark = t("homework_mark.topic")
        for topic in self.app.library.topics_in_order():
            if topic.id in wanted:  # «◆ Trygghet først»: the lead says what ◆ means
                title = mark + shortened(topic.title, self._title_width - len(mark))
            else:
                title = shortened(topic.title, self._title_width)
            table.update_cell(topic.id, "title", cell(title))
            progress = data.topics.get(topic.id)
            done += progress is not None and progress.completed_at is not None
            status = topic_status(progress, len(topic.questions))
            table.update_cell(topic.id, "status", status)
        count = len(self.app.library.topics)
        lead = t("topics.lead", done=done, count=count)
        if wanted:
            lead += " " + t("homework_mark.topic_legend")
        self.query_one("#topics-lead", Static).update(lead)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from tryggsti.ui.screens.topic_reader_screen import TopicReaderScreen  # noqa: PLC0415 (a screen loads when first opened)

        assert event.row_key.value is not None  # every row is keyed by its topic's id
        self.app.push_screen(TopicReaderScreen(event.row_key.value))
