"""Emner: the 25 topics with how far the person has come; Enter opens one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from tryggsti.strings import t
from tryggsti.ui.plain import cell
from tryggsti.ui.screens.base import TryggstiScreen


def topic_status(progress, question_count: int) -> str:
    if progress is None or progress.opened_at is None:
        return t("topics.status_new")
    if progress.completed_at is not None:
        return t("topics.status_done")
    answered = sum(1 for answer in progress.answers.values() if answer.text.strip())
    return t("topics.status_started", answered=answered, count=question_count)


class TopicsScreen(TryggstiScreen):
    TITLE_KEY = "topics.title"

    def compose_body(self) -> ComposeResult:
        yield Static("", id="topics-lead", classes="lead padded")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="topics-table")

    def on_mount(self) -> None:
        table = self.query_one("#topics-table", DataTable)
        table.add_column(t("topics.col_number"), key="number")
        table.add_column(t("topics.col_title"), key="title")
        table.add_column(t("topics.col_area"), key="area")
        table.add_column(t("topics.col_status"), key="status")
        for topic in self.app.library.topics_in_order():
            area = t(f"topics.area_{topic.area}")
            table.add_row(str(topic.number), cell(topic.title), area, "", key=topic.id)
        self.refresh_progress()
        table.focus()

    def on_screen_resume(self) -> None:
        self.refresh_progress()

    def refresh_progress(self) -> None:
        if self.app.session is None:
            return  # resumed on the way to the lock screen
        table = self.query_one("#topics-table", DataTable)
        data = self.app.session.data
        done = 0
        for topic in self.app.library.topics_in_order():
            progress = data.topics.get(topic.id)
            done += progress is not None and progress.completed_at is not None
            status = topic_status(progress, len(topic.questions))
            table.update_cell(topic.id, "status", status)
        count = len(self.app.library.topics)
        self.query_one("#topics-lead", Static).update(t("topics.lead", done=done, count=count))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        from tryggsti.ui.screens.topic_reader_screen import TopicReaderScreen

        self.app.push_screen(TopicReaderScreen(event.row_key.value))
