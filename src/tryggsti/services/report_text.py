"""Words and numbers shared by the report renderers (all text from the string table)."""

from __future__ import annotations

from datetime import datetime

from tryggsti.dates import clock_time, long_date, long_date_with_year
from tryggsti.domain.records import SafetyPlan
from tryggsti.domain.report import Report
from tryggsti.strings import t

PLAN_SECTIONS = (
    "warning_signs",
    "inner_coping",
    "distractions",
    "help_contacts",
    "professionals",
    "safer_surroundings",
    "reasons_to_live",
)


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
            mood=number(summary.averages["mood"]),
            distress=number(summary.averages["distress"]),
            craving=number(summary.averages["craving"]),
        ),
        t("report.checkin_days", used=summary.substance_days, unsafe=summary.unsafe_days),
    ]


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
        percent=round(progress.fraction * 100),
    )


def plan_items(plan: SafetyPlan, section: str) -> list[str]:
    items = getattr(plan, section)
    if section in ("help_contacts", "professionals"):
        return [" · ".join(part for part in (c.name, c.phone, c.note) if part) for c in items]
    return list(items)


def note_kind(kind: str) -> str:
    return t(f"report.note_{kind}")
