"""Jording as lines: choose an exercise, rate the distress, then the steps (one at a
time with Enter, or each printed when its time comes, never a countdown), rate again."""

from __future__ import annotations

import time

from tryggsti.domain.night import is_night
from tryggsti.enkel.output import Option
from tryggsti.services.grounding import record_grounding
from tryggsti.strings import t

STOP_WORD = "s"


def run(app) -> None:
    term = app.terminal
    library = app.library

    term.heading(t("grounding.title"))
    term.paragraph(t("enkel.grounding_lead"))
    options = []
    if is_night(app.now()):  # at night the night set first, as the full app's F2 gives it
        for script in library.grounding_in_set("natt"):
            label = f"{t('grounding.set_natt')}: {script.title}"
            options.append(Option(script.id, label))
    for kind, scripts in library.grounding_by_kind().items():
        for script in scripts:
            if script.set:
                continue
            label = f"{script.title} ({t(f'grounding.kind_{kind}')}"
            minutes = max(1, round(sum(step.seconds for step in script.steps) / 60))
            label += f", {t('grounding.minutes', count=minutes)})"
            if script.long_version_of:
                label = f"{t('grounding.long_version')}: {label}"
            options.append(Option(script.id, label))
    choice = term.choose(options)
    if choice is not None:
        play(app, choice)


def _rating(term, prompt: str) -> int | None:
    return term.number(prompt, 0, 10)


def play(app, script_id: str, *, monotonic=time.monotonic) -> None:
    """One exercise from the first rating to the last; saved when the vault is open."""
    term = app.terminal
    script = app.library.grounding[script_id]
    term.heading(script.title)
    term.paragraph(script.intro)
    term.paragraph(t("grounding.danger"))
    before = _rating(term, t("grounding.ask_before") + " " + t("enkel.enter_skips"))
    pace = term.choose(
        [Option("enter", t("enkel.steps_by_enter")), Option("timed", t("enkel.steps_timed"))],
        back=False,
    )
    started_at = app.now()
    started = monotonic()
    completed = True
    count = len(script.steps)
    if pace == "timed":
        term.write(t("enkel.timed_hint"))
    for number, step in enumerate(script.steps, start=1):
        term.blank()
        term.write(t("enkel.step", number=number, count=count))
        term.paragraph(step.text)
        timed = pace == "timed"
        answer = term.wait(step.seconds) if timed else term.ask(t("enkel.step_prompt"))
        if answer is not None and answer.casefold() == STOP_WORD:
            completed = False
            break
    term.paragraph(script.closing)
    after = _rating(term, t("grounding.ask_before") + " " + t("enkel.enter_skips"))
    if before is None or after is None:
        term.paragraph(t("grounding.done_no_numbers"))
    else:
        key = "down" if after < before else "up" if after > before else "same"
        term.paragraph(t(f"grounding.done_{key}", before=before, after=after))
    if app.session is not None:
        record_grounding(
            app.session,
            script_id,
            started_at=started_at,
            duration_s=int(monotonic() - started),
            distress_before=before,
            distress_after=after,
            completed=completed,
        )
