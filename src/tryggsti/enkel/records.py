"""Forpliktelser and Humørlogg as lines; the mood log's charts as sentences."""

from __future__ import annotations

from tryggsti.dates import clock_time, long_date_with_year, parse_day, relative_day
from tryggsti.domain.records import CommitmentStatus, InvalidRecord
from tryggsti.domain.trends import daily_values, days
from tryggsti.enkel.output import Option
from tryggsti.services import commitments as service
from tryggsti.strings import t

MOOD_LOG_SPANS = (7, 30, 90, 365)
LATEST_SHOWN = 7


def _commitment_line(commitment, today) -> str:
    status = t(f"commitments.status_{commitment.status.name.lower()}")
    due = ""
    if commitment.due is not None:
        key = "commitments.overdue" if commitment.due < today and commitment.is_open else "home.due"
        due = f", {t(key, day=relative_day(commitment.due, today))}"
    return f"{commitment.text} ({status}{due})"


def _ask_due(term, today):
    while True:
        text = term.ask(f"{t('commitments.due_label')}, {t('commitments.due_placeholder')}")
        if not text:
            return None
        try:
            return parse_day(text, today)
        except ValueError:
            term.write(t("commitments.problem_date"))


def commitments(app) -> None:
    term = app.terminal
    while True:
        today = app.now().date()
        open_ones, closed = service.sorted_for_display(app.session.data.commitments)
        shown = [*open_ones, *closed[:LATEST_SHOWN]]
        term.heading(t("commitments.title"))
        if not shown:
            term.write(t("enkel.commitments_empty"))
        for number, commitment in enumerate(shown, start=1):
            term.write(f"{number}. {_commitment_line(commitment, today)}")
        term.blank()
        options = [Option("add", t("commitments.add_title"), "n")]
        if shown:
            options.append(Option("status", t("commitments.how_did_it_go")))
            options.append(Option("edit", t("commitments.edit_title"), "e"))
        choice = term.choose(options)
        if choice is None:
            return
        if choice == "add":
            text = term.ask(t("commitments.add_title"))
            if not text:
                term.write(t("commitments.problem_empty"))
                continue
            try:
                service.add_commitment(app.session, text, due=_ask_due(term, today))
            except InvalidRecord:
                term.write(t("commitments.problem_long"))
            continue
        number = term.number(t("enkel.which_commitment", count=len(shown)), 1, len(shown))
        if number is None:
            continue
        picked = shown[number - 1]
        if choice == "edit":
            text = term.ask(f"{t('commitments.edit_title')} {t('enkel.enter_keeps')}")
            due = _ask_due(term, today) or picked.due  # Enter keeps what was there
            try:
                service.edit_commitment(app.session, picked.id, text=text or picked.text, due=due)
            except InvalidRecord:
                term.write(t("commitments.problem_long"))
            continue
        order = (
            CommitmentStatus.DONE,
            CommitmentStatus.PARTLY,
            CommitmentStatus.NOT_DONE,
            CommitmentStatus.DROPPED,
            CommitmentStatus.OPEN,
        )
        statuses = [
            Option(status.value, t(f"commitments.choose_{status.name.lower()}")) for status in order
        ]
        status = term.choose(statuses)
        if status is None:
            continue
        reflection = term.ask(t("commitments.reflection_label"))
        service.set_status(app.session, picked.id, CommitmentStatus(status), reflection)


def _mean(values) -> str:
    answered = [v for v in values if v is not None]
    return str(round(sum(answered) / len(answered))) if answered else "-"


def mood_log(app) -> None:
    from tryggsti.enkel.home import trend_sentence  # noqa: PLC0415 (a flow loads when first opened)

    term = app.terminal
    span_days = 30
    while True:
        today = app.now().date()
        span = days(today, span_days)
        first = span[0]
        checkins = [c for c in app.session.data.checkins if c.at.date() >= first]
        term.heading(t("mood_log.title"))
        if not checkins:
            term.write(t("mood_log.empty", days=span_days))
        else:
            logged = len({c.at.date() for c in checkins})
            used = len({c.at.date() for c in checkins if c.substance_use})
            term.write(
                t(
                    "mood_log.summary",
                    days=span_days,
                    count=len(checkins),
                    logged=logged,
                    mood=_mean(c.mood for c in checkins),
                    distress=_mean(c.distress for c in checkins),
                    craving=_mean(c.craving for c in checkins),
                    used=used,
                )
            )
            for measure, key in (
                ("mood", "chart_mood"),
                ("distress", "chart_distress"),
                ("craving", "chart_craving"),
            ):
                values = daily_values(checkins, measure, span)
                term.write(trend_sentence(t(f"mood_log.{key}"), values, span))
            term.subheading(t("enkel.latest_checkins"))
            for entry in sorted(checkins, key=lambda c: c.at, reverse=True)[:LATEST_SHOWN]:
                term.write(_checkin_sentence(entry, long_date_with_year))
        term.blank()
        options = [Option(str(count), t("enkel.mood_span", days=count)) for count in MOOD_LOG_SPANS]
        choice = term.choose(options)
        if choice is None:
            return
        span_days = int(choice)


def _checkin_sentence(entry, long_date_with_year) -> str:
    """One check-in as a sentence: only what was answered."""

    parts = []
    for measure, key in (
        ("mood", "col_mood"),
        ("distress", "col_distress"),
        ("craving", "col_craving"),
    ):
        value = getattr(entry, measure)
        if value is not None:
            parts.append(f"{t(f'mood_log.{key}').lower()} {value}")
    if entry.substance_use:
        parts.append(t("enkel.used_substance"))
    if entry.harm_thoughts:
        parts.append(t("enkel.harm_thoughts_yes"))
    when = f"{long_date_with_year(entry.at.date())} {clock_time(entry.at)}"
    text = f"{when}: {', '.join(parts)}." if parts else f"{when}."
    if entry.note:
        text += f" {t('mood_log.col_note')}: {entry.note}"
    return text
