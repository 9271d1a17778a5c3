"""Innsjekk as questions one at a time, then the safety response as text.

End of input or Ctrl+C in the middle saves what was answered so far (as the full app's
unsaved-quit does), then leaves.
"""

from __future__ import annotations

from tryggsti.domain.checkin_form import CheckInForm, FormProblem
from tryggsti.enkel.output import Ended, Option
from tryggsti.strings import t

MAX_KEPT_SHOWN = 9


def _response_lines(entry, earlier, plan) -> list[str]:
    """The whole safety response after a check-in, as plain lines (title, blocks, the
    numbers), or [] when nothing calls for more than a receipt. The one place this mode
    renders it: the lead's renderer for issue 26 takes its place at merge."""
    from tryggsti.domain.safety_response import Concern, respond

    response = respond(entry, earlier)
    if response is None:
        return []
    title = "safety_offer.title_thanks" if response.thank_for_honesty else "safety_offer.title"
    lines = [t(title), "", t(response.opening_key)]
    if response.lead is Concern.HARM_THOUGHTS:
        from tryggsti.services.safety_offer import plan_excerpt

        for section, items in plan_excerpt(plan):
            lines.append("")
            lines.append(t(f"plan.{section}"))
            lines.extend(f"- {item}" for item in items)
        lines.append("")
        lines.extend(t("safety_offer.harm_lines").split("\n"))
    if response.overdose_facts:
        lines.extend(["", t("safety_offer.overdose")])
    return lines


def _choices(entry, earlier) -> list[str]:
    from tryggsti.domain.safety_response import Concern, respond

    response = respond(entry, earlier)
    if response is None:
        return []
    if response.lead is Concern.HARM_THOUGHTS:
        order = ["safety_plan", "help_now", "grounding"]
        if response.offer_reflection:
            order.append("reflection")
        return order
    order = ["grounding", "safety_plan", "help_now"]
    if response.offer_reflection:
        order.insert(1, "reflection")
    return order


def _scale(term, key: str) -> int | None:
    return term.number(f"{t(key)} {t('enkel.enter_skips')}", 0, 10)


def _ask_form(app, form: CheckInForm, kept: list[str]) -> None:
    """Fills `form` question by question, so what was answered is there if input ends."""
    term = app.terminal
    form.mood = _scale(term, "checkin.mood")
    form.distress = _scale(term, "checkin.distress")
    form.craving = _scale(term, "checkin.craving")
    form.used = bool(term.yes_no(t("checkin.used")))
    if form.used:
        form.used_what = term.ask(t("checkin.used_what"))
        form.used_amount = term.ask(t("checkin.used_amount"))
    form.unsafe = bool(term.yes_no(t("checkin.unsafe")))
    if form.unsafe:
        form.unsafe_note = term.ask(t("checkin.unsafe_note"))
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
    from tryggsti.services.checkins import log_checkin, mark_kept

    fields = form.to_fields()
    entry = log_checkin(app.session, **fields)
    mark_kept(app.session, kept)
    return entry


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
            entry = _save(app, form, kept)
        except FormProblem as problem:
            term.write(t(f"checkin.problem_{problem.reason}"))
            if problem.reason == "nothing":
                return
            continue
        break
    earlier = app.session.data.checkins
    lines = _response_lines(entry, earlier, app.session.data.safety_plan)
    if not lines:
        term.write(t("checkin.saved"))
        return
    term.blank()
    for line in lines:
        term.wrapped(line)
    term.blank()
    respond_menu(app, entry, _choices(entry, earlier))


def respond_menu(app, entry, choices: list[str]) -> None:
    """What the response offers; each comes back here until «Ikke nå» (or `t`)."""
    from tryggsti.enkel import grounding, help_now, plan

    term = app.terminal
    term.write(t("safety_offer.body"))
    options = [Option(choice, t(f"safety_offer.{choice}")) for choice in choices]
    options.append(Option("not_now", t("safety_offer.not_now")))
    while True:
        choice = term.choose(options)
        if choice in (None, "not_now"):
            return
        if choice == "grounding":
            grounding.run(app)
        elif choice == "safety_plan":
            plan.show(app)
        elif choice == "help_now":
            help_now.run(app)
        elif choice == "reflection":
            reflection(app, entry.id)


def reflection(app, checkin_id: str) -> None:
    from tryggsti.services.relapse import save_reflection

    term = app.terminal
    term.heading(t("relapse.title"))
    term.paragraph(t("enkel.relapse_lead"))
    answers = {}
    try:
        for field in ("before", "helped", "next_time", "tell_someone", "next_step"):
            answers[field] = term.ask(t(f"relapse.{field}"))
        make = bool(answers["next_step"]) and bool(term.yes_no(t("relapse.make_commitment")))
    except Ended:
        save_reflection(app.session, checkin_id=checkin_id, **answers)
        raise
    if save_reflection(app.session, checkin_id=checkin_id, make_commitment=make, **answers):
        term.write(t("relapse.saved"))
