"""Forpliktelser: open ones first with their due dates, then the past ones; add, edit, close."""

from __future__ import annotations

from datetime import timedelta

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from tryggsti.dates import long_date, relative_day
from tryggsti.services.commitments import sorted_for_display
from tryggsti.strings import t
from tryggsti.ui.plain import cell
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.table_fit import room_for, shortened


def due_text(commitment, today, warning: str = "") -> Text:
    if commitment.due is None:
        return cell("")
    if commitment.is_open and commitment.due < today:
        day = relative_day(commitment.due, today)
        return cell(t("commitments.overdue", day=day), f"bold {warning}".strip())
    if commitment.is_open and (commitment.due - today).days <= 2:
        return cell(relative_day(commitment.due, today), "bold")
    return cell(relative_day(commitment.due, today))


RECENT_DAYS = 90  # closed ones older than this wait behind the A key


class CommitmentsScreen(TryggstiScreen):
    TITLE_KEY = "commitments.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume
    BINDINGS = [
        Binding("n", "add", t("commitments.add"), key_display="N"),
        Binding("e", "edit", t("commitments.edit"), key_display="E"),
        Binding("a", "show_all", t("commitments.show_all"), show=False),
        Binding("enter", "close_one", t("commitments.set_status"), key_display=t("keys.enter")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.show_all = False

    def compose_body(self) -> ComposeResult:
        yield Static(t("commitments.lead"), classes="lead padded")
        yield DataTable(cursor_type="row", id="commitments-table")
        yield Static("", id="commitments-empty", classes="hint padded")

    def on_mount(self, event: events.Mount) -> None:
        table = self.query_one("#commitments-table", DataTable)
        table.add_column(t("commitments.col_text"), key="text")
        table.add_column(t("commitments.col_due"), key="due")
        table.add_column(t("commitments.col_status"), key="status")
        self.changed_since_drawn()  # drawn now: the first resume has nothing new
        self.refresh_rows()
        table.focus()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if self.changed_since_drawn():
            self.refresh_rows()

    def refresh_rows(self, select: str | None = None) -> None:
        if self.app.session is None:
            return
        table = self.query_one("#commitments-table", DataTable)
        today = self.app.clock().date()
        open_ones, closed = sorted_for_display(self.app.session.data.commitments)
        cutoff = today - timedelta(days=RECENT_DAYS)
        recent = [c for c in closed if (c.done_at or c.created_at).date() >= cutoff]
        older = len(closed) - len(recent)
        if not self.show_all:
            closed = recent
        table.clear()
        warning = self.app.theme_variables.get("warning", "")  # cells take colours, not $names
        shown = [*open_ones, *closed]
        rows = [
            (
                c,
                due_text(c, today, warning),
                t(f"commitments.status_{c.status.name.lower()}"),
            )
            for c in shown
        ]
        # Dates and status always whole; the commitment's own words give way, with «…».
        widths = [
            max([d.cell_len for _, d, _ in rows] + [len(t("commitments.col_due"))]),
            max([len(s) for _, _, s in rows] + [len(t("commitments.col_status"))]),
        ]
        text_width = room_for(self.app.size.width, widths)
        for commitment, due, status in rows:
            text = cell(shortened(commitment.text, text_width))
            table.add_row(text, due, status, key=commitment.id)
        note = ""
        if not (open_ones or closed or older):
            note = t("commitments.empty")
        elif older and not self.show_all:
            note = t("commitments.older_hidden", count=older, date=long_date(cutoff))
        self.query_one("#commitments-empty", Static).update(note)
        if select is not None:
            table.move_cursor(row=table.get_row_index(select))

    def action_show_all(self) -> None:
        self.show_all = not self.show_all
        self.refresh_rows()

    def _selected_id(self) -> str | None:
        table = self.query_one("#commitments-table", DataTable)
        if table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    def action_add(self) -> None:
        from tryggsti.ui.screens.commitment_edit_screen import CommitmentEditScreen  # noqa: PLC0415 (a screen loads when first opened)

        self.app.push_screen(CommitmentEditScreen(None), self._after_edit)

    def action_edit(self) -> None:
        from tryggsti.ui.screens.commitment_edit_screen import CommitmentEditScreen  # noqa: PLC0415 (a screen loads when first opened)

        commitment_id = self._selected_id()
        if commitment_id is not None:
            self.app.push_screen(CommitmentEditScreen(commitment_id), self._after_edit)

    def action_close_one(self) -> None:
        from tryggsti.ui.screens.commitment_status_screen import CommitmentStatusScreen  # noqa: PLC0415 (a screen loads when first opened)

        commitment_id = self._selected_id()
        if commitment_id is not None:
            self.app.push_screen(CommitmentStatusScreen(commitment_id), self._after_edit)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_close_one()

    def _after_edit(self, commitment_id: str | None) -> None:
        self.refresh_rows(select=commitment_id)
