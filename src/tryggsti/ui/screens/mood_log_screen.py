"""Humørlogg: mood, distress and craving over 7, 30, 90 or 365 days, and the entries in a table."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Static

from tryggsti.dates import clock_time, long_date, short_date
from tryggsti.domain.trends import daily_values, days, substance_days, summarise
from tryggsti.strings import t
from tryggsti.ui.plain import cell, lines, ui
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.table_fit import room_for, shortened
from tryggsti.ui.widgets.trend_chart import TrendChart

PERIODS = (7, 30, 90, 365)
MEASURES = ("mood", "distress", "craving")
NOTE_PREVIEW = 30
PADDING = 2  # the log's own margin (.padded) beyond what table_fit counts


def _period_binding(index: int, days: int) -> Binding:
    return Binding(str(index), f"period({days})", t("mood_log.days", days=days), show=False)


def _answer(value: int | None) -> str:
    return "–" if value is None else str(value)


class MoodLogScreen(TryggstiScreen):
    TITLE_KEY = "mood_log.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume
    BINDINGS = [
        *(_period_binding(i, d) for i, d in enumerate(PERIODS, start=1)),
        Binding("enter", "open_entry", t("mood_log.open"), key_display=t("keys.enter")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.period = 30

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="mood-log", classes="padded"):
            yield Static("", id="mood-summary", classes="lead")
            with Horizontal(id="mood-charts"):
                for measure in MEASURES:
                    yield TrendChart(rows=4, id=f"chart-{measure}", classes="mood-chart")
            yield Static(t("mood_log.mark_legend"), classes="hint")
            yield DataTable(cursor_type="row", zebra_stripes=True, id="mood-table")
            yield Static(t("mood_log.harm_legend"), id="mood-harm-legend", classes="hint")
            yield Static(t("mood_log.open_hint"), id="mood-open-hint", classes="hint")
            yield Static("", id="mood-relapses", classes="padded")

    def on_mount(self, event: events.Mount) -> None:
        table = self.query_one("#mood-table", DataTable)
        for key in ("when", "mood", "distress", "craving", "used", "harm", "note"):
            table.add_column(t(f"mood_log.col_{key}"), key=key)
        self.changed_since_drawn()  # drawn now: the first resume has nothing new
        self.show_period()
        # The arrows choose a check-in at once; the log still opens at its top.
        table.focus(scroll_visible=False)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if self.changed_since_drawn():
            self.show_period()

    def action_period(self, days: int) -> None:
        self.period = days
        self.show_period()

    def show_period(self) -> None:
        session = self.app.session
        if session is None:
            return
        today = self.app.clock().date()
        span = days(today, self.period)
        first = span[0]
        entries = [c for c in session.data.checkins if first <= c.at.date() <= today]
        used = substance_days(entries, span)
        for measure in MEASURES:
            chart = self.query_one(f"#chart-{measure}", TrendChart)
            chart.label = t(f"mood_log.chart_{measure}")
            chart.set_data(daily_values(entries, measure, span), used)
        summary = summarise(entries)
        self.query_one("#mood-summary", Static).update(self._summary_text(summary))
        self._fill_table(sorted(entries, key=lambda c: c.at, reverse=True))
        self.query_one("#mood-open-hint").display = bool(entries)  # nothing to open yet
        self._show_relapses(session.data.relapse_reflections, first)

    def _show_relapses(self, reflections, first) -> None:
        """The «tilbakefall» reflections in the period, newest first, each with its step."""

        shown = sorted((r for r in reflections if r.at.date() >= first), key=lambda r: r.at)
        widget = self.query_one("#mood-relapses", Static)
        widget.display = bool(shown)
        if shown:
            rows = [ui("relapse.history_title", style="bold")]
            for row in reversed(shown):
                step = row.next_step or t("relapse.history_empty_step")
                rows.append(ui("relapse.history_row", date=long_date(row.at.date()), text=step))
            widget.update(lines(rows))

    def _summary_text(self, summary) -> str:
        if summary.count == 0:
            return t("mood_log.empty", days=self.period)
        averages = {
            key: f"{value:.1f}".replace(".", ",") if value is not None else "–"
            for key, value in summary.averages.items()
        }
        return t(
            "mood_log.summary",
            days=self.period,
            count=summary.count,
            logged=summary.days_logged,
            used=summary.substance_days,
            **averages,
        )

    def _fill_table(self, entries) -> None:
        table = self.query_one("#mood-table", DataTable)
        table.clear()
        yes, no = t("mood_log.yes"), ""
        # The note gets the room the other columns leave, so its «…» is seen (Enter opens
        # the whole check-in); the widest date is «30. september 10.00».
        others = [19, *(len(t(f"mood_log.col_{k}")) for k in ("mood", "distress", "craving"))]
        others += [len(t("mood_log.col_used")), len(t("mood_log.col_harm"))]
        preview = min(NOTE_PREVIEW, room_for(self.app.size.width - PADDING, others, minimum=8))
        for entry in entries:
            note = shortened(" ".join(entry.note.split()), preview)
            table.add_row(
                f"{short_date(entry.at.date())} {clock_time(entry.at)}",
                _answer(entry.mood),
                _answer(entry.distress),
                _answer(entry.craving),
                yes if entry.substance_use else no,
                yes if entry.harm_thoughts else no,  # «ja» only: the legend says what it means
                cell(note),
                key=entry.id,
            )

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(event.row_key.value)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row > 0:  # the person moved down the table: bring it into view
            event.data_table.scroll_visible(animate=False)

    def action_open_entry(self) -> None:
        """Enter when the table is not focused: the check-in under its cursor."""
        table = self.query_one("#mood-table", DataTable)
        if table.row_count:
            row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
            self._open(row_key.value)

    def _open(self, checkin_id: str | None) -> None:
        from tryggsti.ui.screens.checkin_entry_screen import CheckInEntryScreen  # noqa: PLC0415 (a screen loads when first opened)

        if checkin_id is None:  # a row without a key: every row here has its check-in's id
            return
        self.app.push_screen(CheckInEntryScreen(checkin_id))
