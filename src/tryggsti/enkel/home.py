"""Hjem, Innstillinger and Om tryggsti as lines; charts become sentences."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tryggsti.config import save_config
from tryggsti.dates import long_date, relative_day, short_date
from tryggsti.domain.homework_progress import homework_progress
from tryggsti.domain.trends import days
from tryggsti.enkel.output import Option
from tryggsti.error_messages import message_for
from tryggsti.services.home import CHART_DAYS, home_summary
from tryggsti.services.passphrase_change import change_passphrase as change
from tryggsti.strings import t
from tryggsti.vault.errors import VaultError


def trend_sentence(label: str, values: Sequence[float | None], span: Sequence[date]) -> str:
    """«Humør de siste 30 dagene: snitt 5, lavest 2 (3. mars), høyest 8 (10. mars).»"""

    answered = [(value, day) for value, day in zip(values, span, strict=True) if value is not None]
    if not answered:
        return t("enkel.trend_none", label=label)
    mean = round(sum(value for value, _ in answered) / len(answered))
    low = min(answered, key=lambda pair: pair[0])
    high = max(answered, key=lambda pair: pair[0])
    return t(
        "enkel.trend",
        label=label,
        days=len(answered),
        mean=mean,
        low=round(low[0]),
        low_day=short_date(low[1]),
        high=round(high[0]),
        high_day=short_date(high[1]),
    )


def show(app) -> None:
    term = app.terminal
    library = app.library
    today = app.now().date()
    data = app.session.data
    summary = home_summary(data, today, [topic.id for topic in library.topics_in_order()])
    term.heading(t("home.title"))
    term.write(t("home.today", date=long_date(today)))
    term.write(t("home.checked_in") if summary.checked_in_today else t("home.not_checked_in"))
    if summary.open_commitments:
        term.write(t("home.open_commitments", count=len(summary.open_commitments)))
        for item in summary.open_commitments[:4]:
            due = ""
            if item.due is not None:
                key = "home.overdue" if item.due < today else "home.due"
                due = f" ({t(key, day=relative_day(item.due, today))})"
            term.write(f"- {item.text}{due}")
    else:
        term.write(t("home.no_commitments"))
    term.write(trend_sentence(t("home.mood_chart"), summary.mood_30_days, days(today, CHART_DAYS)))
    if summary.next_topic_id:
        topic = library.topics[summary.next_topic_id]
        term.write(t("home.next_topic", number=topic.number, title=topic.title))
    else:
        term.write(t("home.all_topics_done"))
    current = [h for h in data.homework if h.due >= today]
    if current:
        homework = min(current, key=lambda h: h.due)
        progress = homework_progress(homework, data, today)
        term.write(
            t(
                "home.homework",
                percent=round(progress.fraction * 100),
                day=relative_day(homework.due, today),
            )
        )
    if app.config.show_days_without_use:
        last_30, last_90 = summary.without_use
        term.write(
            t(
                "home.days_without_use",
                free30=last_30.without_use,
                unknown30=last_30.unknown,
                free90=last_90.without_use,
                unknown90=last_90.unknown,
            )
        )
    term.blank()


def about(app) -> None:
    term = app.terminal
    page = app.library.about
    term.heading(page.title)
    for section in page.sections:
        term.subheading(section.heading)
        term.paragraph(section.body)


def settings(app) -> None:
    term = app.terminal
    while True:
        term.heading(t("nav.settings"))
        minutes = app.config.auto_lock_minutes
        term.write(
            t("enkel.auto_lock_now", minutes=minutes) if minutes else t("enkel.auto_lock_off")
        )
        options = [
            Option("passphrase", t("enkel.change_passphrase")),
            Option("auto_lock", t("enkel.set_auto_lock")),
            Option("full_app", t("enkel.full_next_start")),
        ]
        choice = term.choose(options)
        if choice is None:
            return
        if choice == "passphrase":
            change_passphrase(app)
        elif choice == "auto_lock":
            value = term.number(t("enkel.auto_lock_prompt"), 0, 24 * 60)
            if value is not None:
                app.config.auto_lock_minutes = value
                app.terminal.idle_seconds = value * 60 if value else None
                save_config(app.config)
                term.write(t("enkel.settings_saved"))
        else:
            app.config.enkel_modus = False
            save_config(app.config)
            term.write(t("enkel.full_next_start_done"))


def change_passphrase(app) -> None:
    from tryggsti.enkel.unlock import choose_passphrase, show_recovery_code  # noqa: PLC0415 (a flow loads when first opened)

    term = app.terminal
    term.heading(t("enkel.change_passphrase"))
    current = term.secret(t("enkel.current_passphrase"))
    if not current:
        return
    term.subheading(t("welcome.choose"))
    new = choose_passphrase(term)
    term.write(t("unlock.working"))
    try:
        code = change(app.session, current, new, log_n=app.kdf_log_n)
    except VaultError as error:
        term.write(message_for(error))
        return
    term.paragraph(t("cli.passphrase_changed"))
    show_recovery_code(app, code)
