"""Innsjekk as questions one at a time, then the safety response as text.

End of input or Ctrl+C in the middle saves what was answered so far (as the full app's
unsaved-quit does), then leaves.
"""

from __future__ import annotations

from tryggsti.domain.checkin_form import CheckInForm, FormProblem
from tryggsti.domain.records import ReflectionKind, UnsafeKind
from tryggsti.domain.safety_response import Choice, Question, RepeatAnswer
from tryggsti.enkel.output import Ended, Option
from tryggsti.services.checkins import answer_harm_question, answer_repeat_question, check_in
from tryggsti.services.relapse import save_reflection, words_key
from tryggsti.services.safety_response_text import as_plain_text, question_text, render_for
from tryggsti.strings import t

MAX_KEPT_SHOWN = 9


def _response_text(app, response, repeat_answer=None) -> str:
    """The whole response as `tryggsti logg` prints it: the same words, from the same
    renderer (services.safety_response_text)."""

    rendered = render_for(app.session, response, repeat_answer=repeat_answer)
    return as_plain_text(rendered)


def _asked_first(app, result):
    """The question a response asks first (thoughts of harm left unanswered; «ja» for
    many days), asked once, gently; an empty answer skips it. Returns the response and
    the repeat answer that shaped it."""

    term = app.terminal
    response = result.response
    if response.question is None:
        return response, None
    text, answers = question_text(response.question)
    term.blank()
    term.wrapped(text)
    options = [Option(key, label) for key, label in answers if key != "skip"]
    options.append(Option("skip", t("safety_offer.harm_ask_skip")))
    choice = term.choose(options, back=False)
    if choice in (None, "skip"):
        return response, None
    if response.question is Question.STRONGER:
        repeat = RepeatAnswer(choice)
        return answer_repeat_question(app.session, result.entry.id, repeat), repeat
    return answer_harm_question(app.session, result.entry.id, choice == "ja").response, None


def _scale(term, key: str) -> int | None:
    return term.number(f"{t(key)} {t('enkel.enter_skips')}", 0, 10)


def _ask_form(app, form: CheckInForm, kept: list[str]) -> None:
    """Fills `form` question by question, so what was answered is there if input ends."""
    term = app.terminal
    form.mood = _scale(term, "checkin.mood")
    form.distress = _scale(term, "checkin.distress")
    form.craving = _scale(term, "checkin.craving")
    form.used = bool(term.yes_no(f"{t('checkin.used')} ({t('checkin.used_hint')})"))
    if form.used:
        form.used_what = term.ask(t("checkin.used_what"))
        form.used_amount = term.ask(t("checkin.used_amount"))
    form.unsafe = bool(term.yes_no(t("checkin.unsafe")))
    if form.unsafe:
        kinds = [Option(kind.value, t(f"checkin.unsafe_{kind.value}")) for kind in UnsafeKind]
        chosen = term.choose(kinds, back=False)
        form.unsafe_kind = UnsafeKind(chosen) if chosen else None
        form.unsafe_note = term.ask(t("checkin.unsafe_note"))
    term.paragraph(t("checkin.harm_who_sees"))
    form.harm_thoughts = term.yes_no(t("checkin.harm_thoughts"))
    form.coping = term.ask(f"{t('checkin.coping')} {t('enkel.comma_list')}")
    open_ones = [c for c in app.session.data.commitments if c.is_open][:MAX_KEPT_SHOWN]
    if open_ones:
        term.subheading(t("checkin.kept"))
        for number, commitment in enumerate(open_ones, start=1):
            term.write(f"{number}. {commitment.text}")
        while True:
            answer = term.ask(t("enkel.kept_prompt"))
            numbers = [part.strip() for part in answer.split(",") if part.strip()]
            if all(n.isdigit() and 1 <= int(n) <= len(open_ones) for n in numbers):
                kept[:] = [open_ones[int(n) - 1].id for n in numbers]
                break
            term.write(t("enkel.unknown_choice", count=len(open_ones)))
    while True:
        form.sleep = term.ask(f"{t('checkin.sleep')} {t('enkel.enter_skips')}")
        try:
            form.to_fields()
        except FormProblem as problem:
            if problem.reason == "sleep":
                term.write(t("checkin.problem_sleep"))
                continue
        break
    form.note = term.ask(t("checkin.note"))


def _save(app, form: CheckInForm, kept: list[str]):
    """One call, one save: the check-in, the kept commitments and its response."""

    return check_in(app.session, kept=kept, steps_can_wait=False, **form.to_fields())


def run(app) -> None:
    term = app.terminal
    term.heading(t("checkin.title"))
    term.paragraph(t("enkel.checkin_lead"))
    form = CheckInForm(mood=None, distress=None)
    kept: list[str] = []
    while True:
        try:
            _ask_form(app, form, kept)
        except Ended:
            try:
                _save(app, form, kept)
            except (FormProblem, ValueError):
                pass  # nothing answered yet, or a sleep answer that is not a number
            else:
                term.write(t("checkin.saved"))
            raise
        try:
            result = _save(app, form, kept)
        except FormProblem as problem:
            term.write(t(f"checkin.problem_{problem.reason}"))
            if problem.reason == "nothing":
                return
            continue
        break
    if result.response is None:
        term.write(t("checkin.saved"))
        return
    response, repeat = _asked_first(app, result)
    term.blank()
    for paragraph in _response_text(app, response, repeat).split("\n"):
        if not paragraph:
            term.blank()
        elif paragraph[:1].isdigit() and paragraph[1:3] == ". ":
            term.write(paragraph)  # a numbered step, whole on its line
        else:
            term.wrapped(paragraph)
    term.blank()
    respond_menu(app, result.entry.id, response)


def respond_menu(app, checkin_id: str, response) -> None:
    """What the response offers; each comes back here until «Ikke nå» (or `t`)."""
    from tryggsti.enkel import grounding, help_now, plan  # noqa: PLC0415 (a flow loads when first opened)

    term = app.terminal
    options = [Option(c.value, t(f"safety_offer.{c.value}")) for c in response.choices]
    while True:
        choice = term.choose(options)
        if choice in (None, Choice.NOT_NOW.value):
            term.write(t("safety_offer.saved"))
            return
        if choice == Choice.GROUNDING.value:
            grounding.run(app)
        elif choice in (Choice.SAFETY_PLAN.value, Choice.FILL_PLAN_LATER.value):
            plan.show(app)
        elif choice == Choice.HELP_NOW.value:
            help_now.run(app)
        elif choice == Choice.LOOK_BACK.value:
            reflection(app, checkin_id, ReflectionKind.USE)
        elif choice == Choice.WHAT_HELPED.value:
            reflection(app, checkin_id, ReflectionKind.CRAVING)


def reflection(app, checkin_id: str, kind: ReflectionKind = ReflectionKind.USE) -> None:
    term = app.terminal
    term.heading(t(words_key(kind, "title")))
    term.paragraph(t("enkel.relapse_lead"))  # the app's lead says Esc skips; here Enter does
    answers = {}
    try:
        for field in ("before", "helped", "next_time", "tell_someone", "next_step"):
            answers[field] = term.ask(t(words_key(kind, field)))
        make = bool(answers["next_step"]) and bool(term.yes_no(t("relapse.make_commitment")))
    except Ended:
        save_reflection(app.session, checkin_id=checkin_id, kind=kind, **answers)
        raise
    saved = save_reflection(
        app.session, checkin_id=checkin_id, kind=kind, make_commitment=make, **answers
    )
    if saved:
        term.write(t("relapse.saved"))
