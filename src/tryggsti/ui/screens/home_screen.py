"""Hjem: today at a glance, and one key to everything else."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from tryggsti.dates import long_date, relative_day
from tryggsti.domain.homework_progress import homework_progress
from tryggsti.services.home import home_summary
from tryggsti.strings import t
from tryggsti.ui.navigation import DESTINATIONS
from tryggsti.ui.plain import cell, join, lines, plain, ui
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.trend_chart import TrendChart

MAX_COMMITMENTS_SHOWN = 4
BULLET = "  • "


def _nav_binding(destination) -> Binding:
    # Both cases: Caps Lock or Shift must not make the menu go dead.
    return Binding(
        f"{destination.key},{destination.key.upper()}",
        f"go('{destination.name}')",
        destination.label,
        key_display=destination.key.upper(),
        show=False,
    )


class HomeScreen(TryggstiScreen):
    TITLE_KEY = "home.title"
    BINDINGS = [
        *(_nav_binding(d) for d in DESTINATIONS),
        Binding("q,Q", "app.quit", t("keys.quit"), show=False),
    ]

    def compose_body(self) -> ComposeResult:
        with Horizontal(id="home"):
            with VerticalScroll(id="home-status"):
                yield Static("", id="home-today")
                yield Static("", id="home-commitments")
                yield TrendChart(label=t("home.mood_chart"), rows=4, id="home-chart")
                yield Static(t("home.chart_legend"), id="home-chart-legend", classes="hint")
                yield Static("", id="home-next")
                yield Static("", id="home-homework")
                yield Static("", id="home-without-use")
            with Vertical(id="home-menu"):
                for destination in DESTINATIONS:
                    yield Static(
                        join((destination.key.upper(), "bold"), "  ", destination.label),
                        classes="menu-item",
                    )

    def on_mount(self, event: events.Mount) -> None:
        self.refresh_summary()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        self.refresh_summary()

    def action_go(self, name: str) -> None:
        self.app.open_destination(name)

    def refresh_summary(self) -> None:
        session = self.app.session
        if session is None:
            return
        library = self.app.library
        today = self.app.clock().date()
        order = [topic.id for topic in library.topics_in_order()]
        summary = home_summary(session.data, today, order)
        greeting = t("home.today", date=long_date(today))
        status = t("home.checked_in") if summary.checked_in_today else t("home.not_checked_in")
        self.query_one("#home-today", Static).update(lines([(greeting, "bold"), status]))
        self.query_one("#home-commitments", Static).update(self._commitments(summary, today))
        chart = self.query_one("#home-chart", TrendChart)
        chart.set_data(summary.mood_30_days, summary.substance_30_days)
        if summary.next_topic_id:
            topic = library.topics[summary.next_topic_id]
            next_text = ui("home.next_topic", number=topic.number, title=topic.title)
        else:
            next_text = ui("home.all_topics_done")
        self.query_one("#home-next", Static).update(next_text)
        self.query_one("#home-homework", Static).update(self._homework(session.data, today))
        counter = self.query_one("#home-without-use", Static)
        counter.display = self.app.config.show_days_without_use
        if counter.display:
            last_30, last_90 = summary.without_use
            counter.update(
                ui(
                    "home.days_without_use",
                    free30=last_30.without_use,
                    unknown30=last_30.unknown,
                    free90=last_90.without_use,
                    unknown90=last_90.unknown,
                )
            )

    def _homework(self, data, today):
        current = [h for h in data.homework if h.due >= today]
        if not current:
            return plain("")
        homework = min(current, key=lambda h: h.due)
        progress = homework_progress(homework, data, today)
        return ui(
            "home.homework",
            percent=round(progress.fraction * 100),
            day=relative_day(homework.due, today),
        )

    def _commitments(self, summary, today):
        """The heading, then one bullet a commitment; a long one wraps under its own first
        word, not under the bullet (a grid of two columns gives the hanging indent)."""
        if not summary.open_commitments:
            return ui("home.no_commitments")

        heading = cell(t("home.open_commitments", count=len(summary.open_commitments)), "bold")
        heading.end = "\n"  # a line of its own above the bullets
        bullets = Table.grid()
        bullets.add_column(width=len(BULLET), no_wrap=True)
        bullets.add_column(ratio=1)
        for item in summary.open_commitments[:MAX_COMMITMENTS_SHOWN]:
            words = cell(item.text)  # the person's own words: literal, one line of them
            if item.due is not None:
                key = "home.overdue" if item.due < today else "home.due"
                words.append(f" ({t(key, day=relative_day(item.due, today))})", "dim")
            bullets.add_row(BULLET, words)
        return Group(heading, bullets)
