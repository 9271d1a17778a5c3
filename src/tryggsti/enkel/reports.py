"""OAS-13, Hjemmeoppgaver and Rapport as lines."""

from __future__ import annotations

from pathlib import Path

from tryggsti.content.problems import describe_all
from tryggsti.content.safe_read import UnreadableFile
from tryggsti.dates import long_date_with_year, parse_day, relative_day
from tryggsti.domain.homework_progress import homework_progress
from tryggsti.domain.report import DEFAULT_SECTIONS, SECTIONS
from tryggsti.enkel.output import Option
from tryggsti.error_messages import message_for
from tryggsti.services import homework as homework_service
from tryggsti.services import report as report_service
from tryggsti.services.files import write_export
from tryggsti.services.questionnaires import history, save_result
from tryggsti.services.supporter import supporter_key
from tryggsti.strings import t
from tryggsti.vault.errors import VaultError

QUESTIONNAIRE = "soc13"


def questionnaire(app) -> None:
    term = app.terminal
    form = app.library.questionnaires[QUESTIONNAIRE]
    term.heading(t("oas_screen.title"))
    past = history(app.session.data, form, newest=5)
    if past:
        term.write(t("oas_screen.history"))
        for result in past:
            term.write(f"- {long_date_with_year(result.at.date())}: {result.scores.total}")
    else:
        term.write(t("oas_screen.no_history"))
    term.blank()
    term.paragraph(form.instructions)
    if not term.yes_no(t("enkel.oas_start")):
        return
    answers: list[int] = []
    count = len(form.items)
    for item in form.items:
        term.subheading(t("oas_screen.item_heading", number=item.number, count=count))
        term.paragraph(item.text)
        term.write(
            t(
                "enkel.oas_anchors",
                low=form.scale_min,
                low_text=item.anchor_min,
                high=form.scale_max,
                high_text=item.anchor_max,
            )
        )
        value = term.number(
            t("enkel.oas_answer", low=form.scale_min, high=form.scale_max),
            form.scale_min,
            form.scale_max,
            optional=False,
        )
        answers.append(value)
    _, scores = save_result(app.session, form, answers)
    term.heading(t("oas_screen.result_title"))
    term.write(t("oas.total", total=scores.total, low=scores.total_min, high=scores.total_max))
    for subscale in form.subscales:
        value = scores.subscales[subscale.id]
        term.write(
            t(
                "oas.part", name=subscale.name, value=value, low=subscale.min, high=subscale.max
            ).strip()
        )
    term.blank()
    term.paragraph(t("oas.note"))
    term.paragraph(form.explanation)
    # The same gentle words after every result: the score never decides what is said.

    talk_to = t(supporter_key(app.session.data, "talk_to"))
    term.paragraph(t("oas.talk", talk_to=talk_to))


def homework(app) -> None:
    term = app.terminal
    while True:
        today = app.now().date()
        data = app.session.data
        term.heading(t("homework_screen.title"))
        if not data.homework:
            term.write(t("enkel.homework_empty"))
        for item in sorted(data.homework, key=lambda h: h.due, reverse=True):
            who = t("homework_screen.from", name=item.therapist) if item.therapist else ""
            term.subheading(
                t("homework_screen.heading", who=who, start=long_date_with_year(item.start))
            )
            key = "homework_screen.due" if item.due >= today else "homework_screen.due_passed"
            term.write(t(key, day=relative_day(item.due, today)))
            if item.note:
                term.paragraph(item.note)
            progress = homework_progress(item, data, today)
            for part in progress.items:
                term.write(
                    t(
                        "enkel.homework_item",
                        label=homework_service.item_label(app.library, part),
                        done=part.done,
                        target=part.target,
                    )
                )
        term.blank()
        choice = term.choose([Option("add", t("homework_screen.add"))])
        if choice is None:
            return
        import_file(app)


def import_file(app) -> None:
    term = app.terminal
    term.paragraph(t("homework_screen.add_help"))
    typed = term.ask(t("homework_screen.path_placeholder"))
    if not typed:
        return
    path = Path(typed).expanduser()
    try:
        text = homework_service.read_homework_file(path)
    except UnreadableFile as error:
        term.write(homework_service.unreadable_message(path, error))
        return
    check = homework_service.check_text(
        text, path.name, app.library, now=app.now(), new_id=app.session.new_id()
    )
    if check.homework is None:
        term.write(t("lekse.check_failed", count=len(check.problems)))
        for line in describe_all(check.problems):
            term.write(line)
        return
    if homework_service.import_homework(app.session, check.homework):
        term.write(t("homework_screen.imported"))
    else:
        term.write(t("lekse.already_imported"))


def report(app) -> None:
    term = app.terminal
    term.heading(t("report_screen.title"))
    term.paragraph(t("enkel.report_lead"))
    kind = term.choose(
        [
            Option("html", t("report_screen.format_html")),
            Option("md", t("report_screen.format_md")),
            Option("ics", t("report_screen.format_ics")),
        ]
    )
    if kind is None:
        return
    today = app.now().date()
    start = end = None
    chosen = DEFAULT_SECTIONS
    if kind != "ics":
        while True:
            try:
                start = parse_day(
                    term.ask(
                        f"{t('report_screen.period')}, {t('report_screen.from')}"
                        f" {t('enkel.enter_skips')}"
                    ),
                    today,
                )
                end = parse_day(
                    term.ask(
                        f"{t('report_screen.period')}, {t('report_screen.to')}"
                        f" {t('enkel.enter_skips')}"
                    ),
                    today,
                )
                break
            except ValueError:
                term.write(t("report_screen.problem_date"))
        term.subheading(t("report_screen.sections"))
        picked = []
        for section in SECTIONS:
            default = section in DEFAULT_SECTIONS
            answer = term.yes_no(
                t(f"report_screen.include_{section}")
                + " "
                + t("enkel.default_yes" if default else "enkel.default_no")
            )
            if answer if answer is not None else default:
                picked.append(section)
        chosen = tuple(picked)
        if not chosen:
            term.write(t("report_screen.problem_nothing"))
            return
    default_name = t("report_screen.file_name", date=today.isoformat(), ext=kind)
    typed = term.ask(t("enkel.report_where", name=default_name))
    out = Path(typed).expanduser() if typed else Path.cwd() / default_name
    if out.is_dir():
        out = out / default_name
    term.paragraph(t("report_screen.notice", path=out))
    overwrite = False
    if out.exists():
        if not term.yes_no(t("report_screen.overwrite", path=out)):
            return
        overwrite = True
    if kind == "ics":
        text = report_service.render_calendar(
            app.session, with_text=bool(term.yes_no(t("report_screen.ics_text")))
        )
    else:
        text = report_service.render_report(
            app.session, app.library, kind, start=start, end=end, sections=chosen
        )
    try:
        write_export(out, text, vault_path=app.session.path, overwrite=overwrite)
    except VaultError as error:
        term.write(message_for(error))
        return
    term.write(t("report_screen.written", path=out))
