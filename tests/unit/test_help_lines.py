"""Help lines at the right hour: open now in Norwegian time, the order shown, and honest hours."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tryggsti.content import help_lines_file
from tryggsti.content.loader import ContentError, load_resources
from tryggsti.domain.help_lines import (
    NBSP,
    HelpLine,
    OpeningPeriod,
    in_showing_order,
    is_open,
    parse_days,
    parse_minutes,
)
from tryggsti.services.help_lines import hours_text, rows, status_text

OSLO = ZoneInfo("Europe/Oslo")

WEEKDAYS_16_22 = (OpeningPeriod(parse_days("man-fre"), 16 * 60, 22 * 60, "man-fre"),)
ALWAYS = (OpeningPeriod(parse_days("man-søn"), 0, 24 * 60, "man-søn"),)
NIGHT = (OpeningPeriod(parse_days("fre-lør"), 22 * 60, 2 * 60, "fre-lør"),)


def line(line_id: str, hours=(), *, emergency: bool = False) -> HelpLine:
    return HelpLine(line_id, line_id, "123", "når", False, hours=hours, emergency=emergency)


def oslo(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026: day 23 is a Monday, 28 a Saturday."""
    return datetime(2026, 11, day, hour, minute, tzinfo=OSLO)


def test_a_weekday_line_is_open_in_its_hours_and_closed_at_night_and_at_the_weekend():
    kors = line("kors", WEEKDAYS_16_22)
    assert is_open(kors, oslo(25, 16, 0)) is True  # Wednesday afternoon
    assert is_open(kors, oslo(25, 21, 59)) is True
    assert is_open(kors, oslo(25, 22, 0)) is False  # closes at 22
    assert is_open(kors, oslo(26, 3, 0)) is False  # night
    assert is_open(kors, oslo(28, 18, 0)) is False  # Saturday


def test_open_now_is_judged_by_the_clock_in_norway_not_the_machine():
    kors = line("kors", WEEKDAYS_16_22)
    # 15:30 UTC on a Wednesday in November is 16:30 in Oslo.
    assert is_open(kors, datetime(2026, 11, 25, 15, 30, tzinfo=UTC)) is True
    # 20:30 in New York on a Wednesday is 02:30 on Thursday in Oslo.
    new_york = timezone(timedelta(hours=-5))
    assert is_open(kors, datetime(2026, 11, 25, 20, 30, tzinfo=new_york)) is False


def test_a_period_past_midnight_belongs_to_the_day_it_started():
    night = line("night", NIGHT)
    assert is_open(night, oslo(27, 23, 0)) is True  # Friday 23
    assert is_open(night, oslo(28, 1, 30)) is True  # Saturday 01:30, from Friday
    assert is_open(night, oslo(29, 1, 30)) is True  # Sunday 01:30, from Saturday
    assert is_open(night, oslo(30, 1, 30)) is False  # Monday 01:30: Sunday is not listed


def test_a_line_without_known_hours_is_never_called_open_or_closed():
    assert is_open(line("krisesenter"), oslo(25, 12)) is None
    assert status_text(line("krisesenter"), oslo(25, 12)) == ""


def test_emergency_lines_stay_on_top_then_open_lines_then_unknown_then_closed():
    lines = [
        line("113", ALWAYS, emergency=True),
        line("rusinfo", WEEKDAYS_16_22),
        line("krisesenter"),
        line("kirkens-sos", ALWAYS),
        line("116117", ALWAYS, emergency=True),
    ]
    night = oslo(26, 3)
    assert [x.id for x in in_showing_order(lines, night)] == [
        "113",
        "116117",
        "kirkens-sos",
        "krisesenter",
        "rusinfo",
    ]


def test_only_a_line_open_every_minute_of_the_week_is_called_hele_doegnet():
    assert hours_text(ALWAYS) == "hele døgnet"
    assert hours_text(WEEKDAYS_16_22) == "man–fre kl. 16–22"
    weekdays_all_day = (OpeningPeriod(parse_days("man-fre"), 0, 24 * 60, "man-fre"),)
    assert "døgnet" not in hours_text(weekdays_all_day)


def test_a_closed_line_says_when_it_opens():
    kors = line("kors", WEEKDAYS_16_22)
    assert status_text(kors, oslo(25, 10)) == "stengt nå, åpner i dag kl. 16"
    assert status_text(kors, oslo(26, 23)) == "stengt nå, åpner i morgen kl. 16"
    assert status_text(kors, oslo(28, 12)) == "stengt nå, åpner mandag kl. 16"


def test_the_built_in_lines_at_night_weekend_and_office_hours():
    resources = load_resources()
    by_id = {x.id: x for x in resources.lines}
    saturday_night = oslo(28, 3)
    wednesday_noon = oslo(25, 12)
    for always in ("113", "112", "116117", "116123", "22400040", "116006", "22591300"):
        assert is_open(by_id[always], saturday_night), always
    # RUSinfo: no page of its own gives hours, so the app never says it is open or closed.
    assert is_open(by_id["91508588"], saturday_night) is None
    assert is_open(by_id["91508588"], wednesday_noon) is None
    assert is_open(by_id["80033321"], wednesday_noon) is False  # Kors på halsen: from 14
    shown = [row.line.id for row in rows(resources, saturday_night, everything=True)]
    assert shown[:3] == ["113", "112", "116117"]
    assert shown.index("22400040") < shown.index("krisesenter") < shown.index("91508588")


def test_kors_paa_halsen_answers_a_child_at_three_in_the_afternoon():
    """Issue 32.5: the app told a child at 15:00 that the line was closed, and had no chat."""
    kors = {x.id: x for x in load_resources().lines}["80033321"]
    assert is_open(kors, oslo(25, 15)) is True  # a Wednesday
    assert is_open(kors, oslo(25, 22, 30)) is False
    assert kors.chat is not None
    saturday_afternoon = oslo(28, 15)
    assert is_open(kors, saturday_afternoon) is False  # the phone: weekdays
    assert is_open(kors.chat, saturday_afternoon) is True  # the chat: every day


def test_every_built_in_fact_names_its_source_and_the_day_it_was_checked():
    for help_line in load_resources().lines:
        assert help_line.source.startswith("https://") or help_line.source == "CONTENT-GUIDE.md"
        assert help_line.checked is not None and help_line.checked.isoformat() in {
            "2026-11-25",
            "2026-12-08",
        }
        assert help_line.number or help_line.web
        if help_line.chat:
            assert help_line.chat.source and help_line.chat.checked


def test_numbers_are_shown_with_no_break_spaces():
    shown = rows(load_resources(), oslo(25, 12), everything=False)
    assert f"116{NBSP}117" in [row.number for row in shown]
    assert all(" " not in row.number for row in shown)


def test_the_lines_the_issue_asks_for_are_all_there():
    ids = {x.id for x in load_resources().lines}
    assert {"113", "112", "116117", "116123", "22400040", "116006", "116111", "80033321"} <= ids
    assert {"91508588", "22591300", "krisesenter", "overgrepsmottak"} <= ids


@pytest.fixture
def resources_copy(tmp_path, monkeypatch):
    from tryggsti import paths

    folder = tmp_path / "nb"
    shutil.copytree(paths.builtin_content_dir(), folder)
    # the library, the help lines on their own, and the help lines from their kept copy
    for reader in ("loader", "single_file", "help_lines_file"):
        monkeypatch.setattr(f"tryggsti.content.{reader}.builtin_content_dir", lambda: folder)
    return folder / "resources.toml"


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        ('from = "14:00"', 'from = "14"', "lines[10].hours[1].from", "TT:MM"),
        (
            'days = "man-fre", from = "14:00"',
            'days = "hverdager", from = "14:00"',
            "days",
            "man-fre",
        ),
        (
            'source = "https://www.helsenorge.no/nn/forstehjelp/ring-113/"',
            'source = "helsenorge.no"',
            "lines[1].source",
            "https://",
        ),
        ('web = "dinutvei.no"', 'web = "https://dinutvei.no"', "lines[7].web", "uten https://"),
        ("\nchecked = 2026-11-25\n", "\n", "lines[1].checked", "mangler"),
    ],
)
@pytest.mark.parametrize("reader", [load_resources, help_lines_file.load_resources])
def test_a_broken_help_line_names_file_field_and_what_was_expected(
    resources_copy: Path, old, new, field, words, reader
):
    help_lines_file.load_resources()  # a copy is kept of the clean file
    text = resources_copy.read_text(encoding="utf-8")
    assert old in text
    resources_copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        reader()
    report = caught.value.report()
    assert "resources.toml" in report and field in report and words in report, report


# What the rules said as patterns before they were read without regular expressions
# (compiling the two cost the first frame 1M instructions); as full matches.
_DAYS_AS_PATTERN = r"(man|tir|ons|tor|fre|lør|søn)(?:-(man|tir|ons|tor|fre|lør|søn))?"
_TIME_AS_PATTERN = r"([01]\d|2[0-4]):([0-5]\d)"
_DAY_TEXT = st.text(alphabet="mantirsfelørøs-", max_size=9) | st.sampled_from(
    ["man", "man-fre", "søn-fre", "lør-søn", "man-", "-fre", "man-fre-lør", "Man", "man "]
)
_TIME_TEXT = st.text(alphabet="0123456789:٣²", max_size=6) | st.sampled_from(
    ["00:00", "24:00", "24:01", "23:59", "23:60", "9:00", "09:5", "16:15", "1615"]
)


@given(_DAY_TEXT)
def test_days_are_read_as_the_pattern_read_them(text):
    import re

    match = re.fullmatch(_DAYS_AS_PATTERN, text)
    assert (parse_days(text) is not None) == (match is not None)


@given(_TIME_TEXT)
def test_times_are_read_as_the_pattern_read_them(text):
    import re

    match = re.fullmatch(_TIME_AS_PATTERN, text)
    if match is None:
        assert parse_minutes(text) is None
    else:
        minutes = int(match[1]) * 60 + int(match[2])
        assert parse_minutes(text) == (minutes if minutes <= 24 * 60 else None)
