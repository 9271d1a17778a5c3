"""`eksport`: the full JSON export, a report (md, html), check-ins for a spreadsheet (csv),
due dates for a calendar (ics) or the safety plan on one printable page (plan)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tryggsti.commands.common import UsageError, parse_date, read_secret, say, vault_path, warn
from tryggsti.content.validate import suggestion
from tryggsti.domain.report import SECTIONS, UnknownSection, parse_sections
from tryggsti.domain.report_range import ReportRangeError, check_report_range
from tryggsti.services import report
from tryggsti.services.export_json import export_document
from tryggsti.services.files import check_export_target, write_export
from tryggsti.services.report import default_library
from tryggsti.services.report_plan import render_plan
from tryggsti.services.session import VaultSession
from tryggsti.strings import t
from tryggsti.vault.errors import FileAlreadyThere

FORMATS = ("md", "html", "json", "csv", "ics", "plan")


def register(commands, passphrase_parent) -> None:
    eksport = commands.add_parser(
        "eksport", help=t("cli.eksport_help"), parents=[passphrase_parent]
    )
    eksport.add_argument(
        "--format", dest="format", required=True, metavar="FORMAT", help=t("cli.format_help")
    )
    eksport.add_argument("--ut", dest="out", required=True, metavar="FIL", help=t("cli.out_help"))
    eksport.add_argument("--fra", dest="start", metavar="DATO", help=t("cli.from_help"))
    eksport.add_argument("--til", dest="end", metavar="DATO", help=t("cli.to_help"))
    eksport.add_argument("--med", dest="sections", metavar="SEKSJONER", help=t("cli.sections_help"))
    eksport.add_argument(
        "--lang-periode",
        dest="long_period",
        action="store_true",
        help=t("cli.long_period_help"),
    )
    eksport.add_argument(
        "--overskriv",
        "--overwrite",
        dest="overwrite",
        action="store_true",
        help=t("cli.overwrite_help"),
    )
    eksport.set_defaults(handler=run)


def run(args) -> int:
    if args.format not in FORMATS:
        raise UsageError(t("cli.unknown_format", value=args.format, choices=", ".join(FORMATS)))
    start, end = parse_date(args.start), parse_date(args.end)
    _check_period(start, end, args.long_period)
    out = Path(args.out).expanduser()

    vault = vault_path(args)
    # Said before the passphrase is asked for, so no one types it for nothing.
    check_export_target(out, vault)
    if out.exists() and not args.overwrite:
        raise FileAlreadyThere(str(out), path=str(out))
    with VaultSession.unlock(vault, read_secret(args, "cli.ask_passphrase")) as session:
        text = render(session, args.format, start, end, args.sections)
        warn(t("cli.export_warning", path=out.resolve()))
        write_export(out, text, vault_path=session.path, overwrite=args.overwrite)
    say(t("cli.exported", path=out))
    if args.format == "csv" and "tanker" not in _chosen(args.sections):
        # A spreadsheet has no room for the report's line, so the command says it.
        say(t("report.harm_left_out"))
    return 0


def _chosen(sections: str | None) -> tuple[str, ...]:
    return parse_sections(sections)


def render(session, kind: str, start, end, sections: str | None):
    if kind == "json":
        return export_document(session, start, end, library=default_library())
    if kind == "plan":
        data = session.data
        return render_plan(
            data.safety_plan,
            default_library().resources,
            today=session.clock().date(),
            name=data.profile.display_name,
        )

    try:
        if kind == "ics":
            return report.render_calendar(session, with_text=report.calendar_wants_text(sections))
        chosen = parse_sections(sections)
    except UnknownSection as error:
        options = report.CALENDAR_OPTIONS if kind == "ics" else SECTIONS
        raise UsageError(
            t(
                "cli.unknown_section",
                word=error.word,
                choices=", ".join(options),
                hint=suggestion(error.word, options),
            )
        ) from error
    library = report.default_library()
    return report.render_report(session, library, kind, start=start, end=end, sections=chosen)


def _check_period(start, end, allow_long: bool) -> None:
    """A reversed period is an error; one over five years needs --lang-periode."""

    try:
        check_report_range(start, end or date.today(), allow_long=allow_long)
    except ReportRangeError as error:
        raise UsageError(t(error.message_key, **error.values)) from error
