"""Every export shows a person's text literally: md tables hold, html is escaped, ics folds."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ElementTree
from datetime import date, datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings

from tests.unit.user_text_strategies import as_in_an_old_vault, nasty_text, visible
from tryggsti.domain.report import SECTIONS

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone(timedelta(hours=1)))
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FAST = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _data(text: str):
    """Data with `text` in every free-text field, set after creation as in an old vault."""
    from tryggsti.domain.records import (
        CheckIn,
        Commitment,
        CommitmentStatus,
        Contact,
        Homework,
        Profile,
        ReflectionAnswer,
        TopicProgress,
        VaultData,
    )

    data = VaultData(profile=Profile(created_at=NOW))
    checkin = CheckIn(id="c1", at=NOW - timedelta(days=1), mood=4, distress=5, substance_use=True)
    as_in_an_old_vault(
        checkin, note=text, unsafe_note=text, substance_what=text, unsafe_behaviour=True
    )
    data.checkins.append(checkin)
    for number, status in enumerate((CommitmentStatus.OPEN, CommitmentStatus.DONE)):
        commitment = Commitment(
            id=f"k{number}", text="x", created_at=NOW - timedelta(days=2), due=NOW.date()
        )
        done_at = None if number == 0 else NOW - timedelta(days=1)
        as_in_an_old_vault(commitment, text=text, reflection=text, status=status, done_at=done_at)
        data.commitments.append(commitment)
    plan = data.safety_plan
    plan.warning_signs = [text]
    contact = Contact(name="x")
    contact.name = contact.note = text
    contact.phone = text[:40]
    plan.help_contacts = [contact]
    answer = ReflectionAnswer("x", NOW - timedelta(days=1))
    answer.text = text
    data.topics["innledning"] = TopicProgress(
        topic_id="innledning", opened_at=NOW - timedelta(days=1), answers={"q1": answer}
    )
    homework = Homework(
        id="h1",
        imported_at=NOW - timedelta(days=3),
        fingerprint="f",
        start=date(2026, 2, 25),
        due=date(2026, 3, 9),
        topics=["innledning"],
    )
    homework.note = homework.therapist = text
    homework.commitments = [text]
    data.homework.append(homework)
    return data


def _report(text: str):
    from tryggsti.content.loader import load_library
    from tryggsti.domain.report import build_report

    return build_report(
        _data(text),
        load_library(),
        today=NOW.date(),
        start=NOW.date() - timedelta(days=27),
        end=NOW.date(),
        sections=SECTIONS,
    )


def _unescape_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@FAST
@given(nasty_text)
def test_markdown_tables_hold_and_show_the_text(text):
    from tryggsti.services.report_markdown import render_markdown

    out = render_markdown(_report(text))
    assert "\r" not in out and not CONTROLS.search(out)
    block: list[str] = []
    for line in [*out.split("\n"), ""]:
        if line.startswith("|"):
            block.append(line)
            continue
        if block:
            widths = {len(re.findall(r"(?<!\\)\|", row)) for row in block}
            assert len(widths) == 1, block
            block = []
    assert visible(text) in "".join(_unescape_markdown(out).split())


@FAST
@given(nasty_text)
def test_html_is_well_formed_and_shows_the_text(text):
    from tryggsti.services.report_html import render_html

    out = render_html(_report(text))
    assert not CONTROLS.search(out.replace("\n", "").replace("\t", ""))
    root = ElementTree.fromstring(out.removeprefix("<!DOCTYPE html>").strip())
    shown = "".join("".join(root.itertext()).split())
    assert visible(text) in shown
    assert "<script" not in out


@FAST
@given(nasty_text)
def test_ics_fields_are_escaped_folded_and_unsplit(text):
    from tryggsti.services.calendar_ics import render_ics

    out = render_ics(_data(text), now=NOW, with_text=True)
    assert out.endswith("\r\n")
    physical = out.split("\r\n")[:-1]
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert all("\r" not in line and "\n" not in line for line in physical)
    assert not CONTROLS.search(out.replace("\r\n", ""))
    unfolded = out.replace("\r\n ", "").split("\r\n")
    names = {line.split(":", 1)[0].split(";", 1)[0] for line in unfolded if line}
    assert names <= {
        "BEGIN", "END", "VERSION", "PRODID", "CALSCALE", "UID", "DTSTAMP", "DTSTART", "DTEND",
        "SUMMARY", "TRANSP",
    }  # fmt: skip
    summaries = [line.removeprefix("SUMMARY:") for line in unfolded if line.startswith("SUMMARY")]
    values = [re.sub(r"\\([\\;,nN])", lambda m: {"n": " ", "N": " "}.get(m[1], m[1]), s)
              for s in summaries]  # fmt: skip
    assert any(visible(text) in "".join(value.split()) for value in values)


@FAST
@given(nasty_text)
def test_json_export_round_trips_the_text(text):
    from tryggsti.domain.codec import encode_vault, to_jsonable
    from tryggsti.domain.decoding import decode_vault

    data = _data(text)
    document = json.dumps(to_jsonable(data), ensure_ascii=False)
    assert json.loads(document)["checkins"][0]["note"] == text
    decoded, _ = decode_vault(encode_vault(data))
    assert decoded.checkins[0].note == text
    assert decoded.safety_plan.help_contacts[0].name == text


def test_a_due_date_at_the_end_of_the_calendar_still_exports():
    from tryggsti.domain.records import Commitment, Profile, VaultData
    from tryggsti.services.calendar_ics import render_ics

    data = VaultData(profile=Profile(created_at=NOW))
    data.commitments.append(Commitment(id="k", text="x", created_at=NOW, due=date.max))
    assert "DTSTART;VALUE=DATE:99991231" in render_ics(data, now=NOW, with_text=False)
