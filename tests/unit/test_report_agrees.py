"""Property: for any vault, every figure in the md, html, json and csv report is the one
the records give, counted here by hand the way the report says it counts.

Averages are day-first (each day's mean, then the mean of the days), in the summary, the
week table and the chart alike; a «delvis» commitment counts half in its row and in the
percentage; percentages are whole numbers rounded half up.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from datetime import UTC, date, datetime, time, timedelta
from fractions import Fraction
from statistics import mean

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tryggsti.content.loader import load_library
from tryggsti.dates import long_date, long_date_with_year
from tryggsti.domain.records import (
    CheckIn,
    Commitment,
    CommitmentStatus,
    GroundingSession,
    Homework,
    Profile,
    TopicProgress,
    VaultData,
)
from tryggsti.domain.report import SECTIONS, build_report
from tryggsti.services.export_json import report_figures
from tryggsti.services.report_csv import render_csv
from tryggsti.services.report_html import render_html
from tryggsti.services.report_markdown import render_markdown
from tryggsti.strings import t

LIBRARY = load_library()
START = date(2026, 11, 4)  # a Wednesday: the first and last weeks are short
END = date(2026, 11, 24)
SPAN = [START + timedelta(days=n) for n in range((END - START).days + 1)]
TOPICS = sorted(LIBRARY.topics)[:3]
STATUSES = list(CommitmentStatus)

scale = st.one_of(st.none(), st.integers(0, 10))


@st.composite
def checkins(draw):
    day = draw(st.integers(-3, len(SPAN) + 2))  # a few just outside the period
    at = datetime.combine(START + timedelta(days=day), time(draw(st.integers(0, 23))), UTC)
    return CheckIn(
        id=f"c{draw(st.integers(0, 10**9))}",
        at=at,
        mood=draw(scale),
        distress=draw(scale),
        craving=draw(scale),
        substance_use=draw(st.booleans()),
        unsafe_behaviour=draw(st.booleans()),
        sleep_hours=draw(st.one_of(st.none(), st.sampled_from([0.0, 5.5, 8.0]))),
        harm_thoughts=draw(st.one_of(st.none(), st.booleans())),
    )


@st.composite
def vaults(draw):
    made = datetime.combine(START, time(9), UTC)
    data = VaultData(profile=Profile(created_at=made))
    data.checkins = draw(st.lists(checkins(), max_size=40))
    for n, (before, after) in enumerate(draw(st.lists(st.tuples(scale, scale), max_size=5))):
        day = SPAN[draw(st.integers(0, len(SPAN) - 1))]
        data.grounding_sessions.append(
            GroundingSession(
                f"g{n}", "beskriv-rommet", datetime.combine(day, time(12), UTC), 60, before, after
            )
        )
    texts = [f"Oppgave {n}" for n in range(draw(st.integers(0, 4)))]
    topics = draw(st.lists(st.sampled_from(TOPICS), unique=True, max_size=3))
    for n, text in enumerate(texts):
        status = draw(st.sampled_from(STATUSES))
        data.commitments.append(Commitment(f"k{n}", text, made, status=status, homework_id="h1"))
    for topic in topics:
        done = draw(st.booleans())
        data.topics[topic] = TopicProgress(topic, made, made if done else None)
    if texts or topics:
        data.homework.append(
            Homework("h1", made, "f", START, END, topics=topics, commitments=texts)
        )
    return data


def num(value) -> str:
    return "–" if value is None else f"{value:.1f}".replace(".", ",")


class Expected:
    """The figures, counted straight from the records."""

    def __init__(self, data: VaultData) -> None:
        inside = [c for c in data.checkins if START <= c.at.date() <= END]
        self.checkins = inside
        self.count = len(inside)
        self.days_logged = len({c.at.date() for c in inside})
        self.used = len({c.at.date() for c in inside if c.substance_use})
        self.unsafe = len({c.at.date() for c in inside if c.unsafe_behaviour})
        self.harm_days = sorted({c.at.date() for c in inside if c.harm_thoughts is True})
        self.answered = sum(1 for c in inside if c.harm_thoughts is not None)
        self.averages = {m: self.day_first(inside, m) for m in ("mood", "distress", "craving")}
        self.weeks = []
        for first in [SPAN[0]] + [d for d in SPAN[1:] if d.weekday() == 0]:
            next_monday = first + timedelta(days=7 - first.weekday())
            days = [d for d in SPAN if first <= d < next_monday]
            week = [c for c in inside if c.at.date() in days]
            row = [self.day_first(week, m) for m in ("mood", "distress", "craving")]
            used = len({c.at.date() for c in week if c.substance_use})
            self.weeks.append((first, row, used))
        rated = [
            g
            for g in data.grounding_sessions
            if g.distress_before is not None and g.distress_after is not None
        ]
        self.grounding = len(data.grounding_sessions)
        self.grounding_before = mean(g.distress_before for g in rated) if rated else None
        self.grounding_after = mean(g.distress_after for g in rated) if rated else None
        self.homework_percent = None
        self.partly_rows = 0
        if data.homework:
            credits = [
                Fraction(int(data.topics[topic].completed_at is not None))
                for topic in data.homework[0].topics
            ]
            for c in data.commitments:
                credit = {CommitmentStatus.DONE: 1, CommitmentStatus.PARTLY: Fraction(1, 2)}
                credits.append(Fraction(credit.get(c.status, 0)))
                self.partly_rows += c.status is CommitmentStatus.PARTLY
            self.homework_percent = int(sum(credits) / len(credits) * 100 + Fraction(1, 2))

    @staticmethod
    def day_first(entries, measure):
        by_day: dict[date, list[int]] = {}
        for c in entries:
            value = getattr(c, measure)
            if value is not None:
                by_day.setdefault(c.at.date(), []).append(value)
        day_means = [mean(values) for _, values in sorted(by_day.items())]
        return mean(day_means) if day_means else None

    def checkin_lines(self) -> list[str]:
        if not self.count:
            return [t("report.no_checkins")]
        return [
            t("report.checkin_count", count=self.count, logged=self.days_logged, days=len(SPAN)),
            t(
                "report.checkin_averages",
                mood=num(self.averages["mood"]),
                distress=num(self.averages["distress"]),
                craving=num(self.averages["craving"]),
            ),
            t("report.checkin_days", used=self.used, unsafe=self.unsafe),
        ]

    def glance_lines(self) -> list[str]:
        lines = [
            t("report.glance_checkins", count=self.count, logged=self.days_logged, days=len(SPAN)),
            t("report.glance_used", used=self.used),
            t("report.glance_harm", harm=len(self.harm_days)),
        ]
        if self.grounding_before is not None:
            lines.append(
                t(
                    "report.glance_grounding",
                    count=self.grounding,
                    before=num(self.grounding_before),
                    after=num(self.grounding_after),
                )
            )
        else:
            lines.append(t("report.glance_grounding_unrated", count=self.grounding))
        if self.homework_percent is not None:
            lines.append(t("report.glance_homework", percents=str(self.homework_percent)))
        return lines

    def week_rows(self) -> list[list[str]]:
        return [[long_date(first), *map(num, row), str(used)] for first, row, used in self.weeks]


def build(data):
    return build_report(data, LIBRARY, today=END, start=START, end=END, sections=SECTIONS)


def md_table_rows(text: str, first_header: str) -> list[list[str]]:
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first_header} |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vaults())
def test_every_figure_in_every_format_agrees_with_the_records(data):
    want = Expected(data)
    report = build(data)

    markdown = render_markdown(report)
    for line in want.checkin_lines() + want.glance_lines():
        assert f"- {line}" in markdown, line
    assert md_table_rows(markdown, t("report.col_week")) == want.week_rows()
    for day in want.harm_days:
        assert f"- {long_date_with_year(day)}" in markdown
    answered = t("report.harm_answered", answered=want.answered, asked=want.count)
    assert (answered in markdown) == bool(want.count)
    if want.homework_percent is not None:
        assert f"{want.homework_percent} prosent gjort" in markdown
        assert markdown.count("(delvis)") == want.partly_rows

    html = render_html(report)
    root = ElementTree.fromstring(html.split("\n", 1)[1])
    items = ["".join(li.itertext()) for li in root.iter("li")]
    for line in want.checkin_lines() + want.glance_lines():
        if line != t("report.no_checkins"):
            assert line in items, line
    week_table = next(
        table
        for table in root.iter("table")
        if "".join(table.find(".//th").itertext()) == t("report.col_week")
    )
    html_rows = [["".join(td.itertext()) for td in tr] for tr in week_table.find("tbody")]
    assert html_rows == want.week_rows()
    assert [li for li in items if li in {long_date_with_year(d) for d in want.harm_days}] == [
        long_date_with_year(d) for d in want.harm_days
    ]
    if want.homework_percent is not None:
        assert f"{want.homework_percent} prosent gjort" in html

    figures = json.loads(json.dumps(report_figures(report)))
    assert figures["harm_thoughts_included"] is True
    assert figures["harm_thoughts"]["yes_days"] == [d.isoformat() for d in want.harm_days]
    assert figures["harm_thoughts"]["answered"] == want.answered
    counted = figures["checkins"]
    assert (counted["count"], counted["days_logged"]) == (want.count, want.days_logged)
    assert (counted["substance_days"], counted["unsafe_days"]) == (want.used, want.unsafe)
    assert counted["averages"] == want.averages
    assert [w["substance_days"] for w in figures["weeks"]] == [used for _, _, used in want.weeks]
    assert [list(w["averages"].values()) for w in figures["weeks"]] == [
        row for _, row, _ in want.weeks
    ]
    if want.homework_percent is not None:
        assert figures["homework"][0]["percent"] == want.homework_percent

    rows = list(csv.reader(io.StringIO(render_csv(report)[1:], newline=""), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(body) == want.count
    by_column = [dict(zip(header, row, strict=True)) for row in body]
    ordered = sorted(want.checkins, key=lambda c: c.at)
    for row, entry in zip(by_column, ordered, strict=True):
        assert row["dato"] == entry.at.date().isoformat()
        assert row["humør"] == ("" if entry.mood is None else str(entry.mood))
        assert row["rus"] == ("ja" if entry.substance_use else "nei")
        assert row["tanker"] == {None: "", True: "ja", False: "nei"}[entry.harm_thoughts]
    used_days = {r["dato"] for r in by_column if r["rus"] == "ja"}
    assert len(used_days) == want.used
    harm_days = sorted({r["dato"] for r in by_column if r["tanker"] == "ja"})
    assert harm_days == [d.isoformat() for d in want.harm_days]


def test_a_partly_done_commitment_counts_half_in_its_row_and_in_the_percentage():
    made = datetime.combine(START, time(9), UTC)
    data = VaultData(profile=Profile(created_at=made))
    data.commitments = [
        Commitment("a", "Gå tur", made, status=CommitmentStatus.PARTLY, homework_id="h1")
    ]
    data.homework = [Homework("h1", made, "f", START, END, commitments=["Gå tur"])]
    markdown = render_markdown(build(data))
    assert "50 prosent gjort" in markdown
    assert "| 0,5 / 1 (delvis) |" in markdown
    assert t("report.homework_how") in markdown


def test_the_chart_of_days_is_captioned_for_days_and_the_week_text_sits_by_the_weeks():
    made = datetime.combine(START, time(9), UTC)
    data = VaultData(profile=Profile(created_at=made))
    data.checkins = [CheckIn("c", made, 5, 5)]
    html = render_html(build(data))
    root = ElementTree.fromstring(html.split("\n", 1)[1])
    section = root.find(".//section[@id='trender']")
    caption = "".join(section.find(".//figcaption").itertext())
    assert "per dag" in caption and "per uke" not in caption
    lead = [el for el in section if el.tag == "p" and "per uke" in "".join(el.itertext())]
    assert lead and list(section).index(lead[0]) == list(section).index(section.find("table")) - 1


def test_two_checkins_on_one_day_count_as_that_day_in_the_summary_and_the_week():
    """The summary once averaged check-ins and the week table days: 2, 2 and 8 gave 4,0
    above and 5,0 below."""
    day = datetime.combine(START, time(9), UTC)
    data = VaultData(profile=Profile(created_at=day))
    data.checkins = [
        CheckIn("a", day, 2, None),
        CheckIn("b", day + timedelta(hours=1), 2, None),
        CheckIn("c", day + timedelta(days=1), 8, None),
    ]
    markdown = render_markdown(build(data))
    assert "humør 5,0" in markdown
    assert md_table_rows(markdown, t("report.col_week"))[0][1] == "5,0"
    assert re.search(r"regnet: først snittet for hver dag", markdown)
