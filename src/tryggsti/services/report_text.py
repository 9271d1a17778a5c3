"""Words and numbers shared by the report renderers (all text from the string table)."""

from __future__ import annotations

from datetime import datetime

from tryggsti.dates import clock_time, long_date, long_date_with_year
from tryggsti.domain.records import CheckIn, SafetyPlan
from tryggsti.domain.report import Report, change, glance, percent, weeks
from tryggsti.services.safety_plan import CONTACT_SECTIONS
from tryggsti.strings import t

# A table as both renderers take it: the header, then rows of plain (unescaped) text.
Table = tuple[list[str], list[list[str]]]


def number(value: float | None) -> str:
    """'5,3', or '–' where nothing was logged."""
    if value is None:
        return "–"
    return f"{value:.1f}".replace(".", ",")


def signed(value: int | None) -> str:
    if value is None:
        return "–"
    return f"+{value}" if value > 0 else str(value).replace("-", "−")


def moment(at: datetime) -> str:
    return f"{long_date(at.date())} {clock_time(at)}"


def title() -> str:
    return t("report.title")


def period_line(report: Report) -> str:
    return t(
        "report.period",
        start=long_date_with_year(report.period.start),
        end=long_date_with_year(report.period.end),
        made=long_date_with_year(report.made_on),
    )


def heading(section: str) -> str:
    return t(f"report.section_{section}")


def checkin_lines(report: Report) -> list[str]:
    summary = report.summary
    if summary is None or summary.count == 0:
        return [t("report.no_checkins")]
    return [
        t(
            "report.checkin_count",
            count=summary.count,
            logged=summary.days_logged,
            days=len(report.period.days),
        ),
        t(
            "report.checkin_averages",
            mood=number(report.averages["mood"]),
            distress=number(report.averages["distress"]),
            craving=number(report.averages["craving"]),
        ),
        t("report.checkin_days", used=summary.substance_days, unsafe=summary.unsafe_days),
        t("report.averaging"),
    ]


def harm_notice(report: Report) -> str:
    """Always in the report, so a reader never takes a left-out section for «no»."""
    return t("report.harm_included" if report.harm_included else "report.harm_left_out")


def harm_lines(report: Report) -> tuple[str, list[str], str]:
    """The lead, the days with «ja» (as dates), and how often the question was answered."""
    harm = report.harm
    assert harm is not None
    lead = (
        t("report.harm_yes_days", count=len(harm.yes_days))
        if harm.yes_days
        else t("report.harm_no_yes")
    )
    dates = [long_date_with_year(day) for day in harm.yes_days]
    if not harm.asked:  # no check-ins: «Ingen innsjekker» above says it already
        return lead, dates, ""
    return lead, dates, t("report.harm_answered", answered=harm.answered, asked=harm.asked)


def glance_lines(report: Report) -> list[str]:
    """The summary a therapist reads first, only from the sections that were chosen."""
    seen = glance(report)
    count = len(report.period.days)
    lines = [
        t(
            "report.glance_period",
            days=count,
            start=long_date_with_year(report.period.start),
            end=long_date_with_year(report.period.end),
        )
    ]
    if seen.checkins is not None:
        lines.append(
            t("report.glance_checkins", count=seen.checkins, logged=seen.days_logged, days=count)
        )
    if seen.used_days is not None:
        lines.append(t("report.glance_used", used=seen.used_days))
    if seen.harm_days is not None:
        lines.append(t("report.glance_harm", harm=seen.harm_days))
    if seen.grounding_count is not None:
        if seen.grounding_before is not None:
            lines.append(
                t(
                    "report.glance_grounding",
                    count=seen.grounding_count,
                    before=number(seen.grounding_before),
                    after=number(seen.grounding_after),
                )
            )
        else:
            lines.append(t("report.glance_grounding_unrated", count=seen.grounding_count))
    if seen.homework_percents:
        lines.append(
            t("report.glance_homework", percents=", ".join(map(str, seen.homework_percents)))
        )
    return lines


def status_name(status) -> str:
    return t(f"commitments.status_{status.name.lower()}")


def item_name(report: Report, kind: str, ref: str) -> str:
    if kind == "commitment":
        return t("report.homework_commitment", text=ref)
    if kind == "checkins":
        return t("report.homework_checkins")
    return t(f"report.homework_{kind}", name=report.item_names.get(f"{kind}:{ref}", ref))


def homework_heading(progress) -> str:
    homework = progress.homework
    who = t("report.homework_from", name=homework.therapist) if homework.therapist else ""
    return t(
        "report.homework_heading",
        who=who,
        start=long_date(homework.start),
        due=long_date(homework.due),
        percent=percent(progress.fraction),
    )


def plan_items(plan: SafetyPlan | None, section: str) -> list[str]:
    if plan is None:  # a report built without its plan section
        return []
    items = getattr(plan, section)
    if section in CONTACT_SECTIONS:
        return [" · ".join(part for part in (c.name, c.phone, c.note) if part) for c in items]
    return list(items)


RELAPSE_ANSWERS = ("before", "helped", "next_time", "tell_someone", "next_step")


def relapse_answers(reflection) -> list[tuple[str, str]]:
    """The answers a person wrote after a relapse, in the order asked; blanks left out."""
    return [(n, getattr(reflection, n)) for n in RELAPSE_ANSWERS if getattr(reflection, n)]


def note_kind(kind: str) -> str:
    return t(f"report.note_{kind}")


def columns(*keys: str) -> list[str]:
    return [t(f"report.col_{key}") for key in keys]


def week_table(report: Report) -> Table:
    rows = [
        [
            long_date(week.start),
            number(week.averages["mood"]),
            number(week.averages["distress"]),
            number(week.averages["craving"]),
            str(week.used_days),
        ]
        for week in weeks(report)
    ]
    return columns("week", "mood", "distress", "craving", "used"), rows


def substance_line(report: Report, entry: CheckIn) -> str:
    """When, and what and how much only if the person ticked «notater» (it is their own text)."""
    parts = [p for p in (entry.substance_what, entry.substance_amount) if p]
    if report.has("notater") and parts:
        return f"{moment(entry.at)}: {', '.join(parts)}"
    return moment(entry.at)


def grounding_table(report: Report) -> Table:
    rows = [
        [
            moment(row.at),
            row.title,
            "–" if row.before is None else str(row.before),
            "–" if row.after is None else str(row.after),
            signed(change(row.before, row.after)),
        ]
        for row in report.grounding
    ]
    return columns("when", "exercise", "before", "after", "change"), rows


def commitment_table(report: Report) -> Table:
    rows = [
        [c.text, long_date(c.due) if c.due else "–", status_name(c.status)]
        for c in report.commitments
    ]
    return columns("commitment", "due", "status"), rows


def oas_table(report: Report) -> Table:
    header = columns("when", "total") + [name for _, name in report.oas_subscales]
    rows = [
        [moment(row.at), str(row.scores.total)]
        + [str(row.scores.subscales[sid]) for sid, _ in report.oas_subscales]
        for row in report.oas
    ]
    return header, rows


def homework_table(report: Report, progress) -> Table:
    rows = [[item_name(report, item.kind, item.ref), item_done(item)] for item in progress.items]
    return columns("task", "done"), rows


def item_done(item) -> str:
    """«1 / 1», or for a commitment done in part «0,5 / 1 (delvis)»: the half it counts for."""
    if item.kind == "commitment" and 0 < item.fraction < 1:
        return t(
            "report.homework_partly", done=number(item.fraction * item.target), target=item.target
        )
    return f"{item.done} / {item.target}"
