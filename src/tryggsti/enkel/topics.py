"""Emner as lines: the list, one topic read section by section, reflection answers saved."""

from __future__ import annotations

from tryggsti.enkel.output import Option
from tryggsti.services import topics as service
from tryggsti.services.commitments import add_commitment
from tryggsti.strings import t


def _status(app, topic) -> str:
    progress = app.session.data.topics.get(topic.id)
    if progress is None or progress.opened_at is None:
        return t("topics.status_new")
    if progress.completed_at is not None:
        return t("enkel.topic_done")
    return t("topics.status_started", answered=len(progress.answers), count=len(topic.questions))


def run(app) -> None:
    term = app.terminal
    topics = app.library.topics_in_order()
    while True:
        done = sum(1 for p in app.session.data.topics.values() if p.completed_at is not None)
        term.heading(t("topics.title"))
        term.paragraph(t("enkel.topics_lead", done=done, count=len(topics)))
        options = [Option(topic.id, f"{topic.title} ({_status(app, topic)})") for topic in topics]
        choice = term.choose(options)
        if choice is None:
            return
        read(app, app.library.topics[choice])


def read(app, topic) -> None:
    term = app.terminal
    service.mark_opened(app.session, topic.id)
    term.heading(f"{topic.number}. {topic.title}")
    term.paragraph(topic.summary)
    for section in topic.sections:
        term.subheading(section.heading)
        term.paragraph(section.body)
    term.subheading(t("reader.key_points"))
    term.items(topic.key_points)
    while True:
        options = [
            Option("questions", t("reader.questions")),
            Option("commitments", t("reader.commitments")),
        ]
        if topic.grounding:
            options.append(Option("grounding", t("reader.grounding")))
        done = service.progress_for(app.session, topic.id).completed_at is not None
        options.append(Option("toggle", t("reader.mark_unread" if done else "reader.mark_read")))
        choice = term.choose(options)
        if choice is None:
            return
        if choice == "questions":
            questions(app, topic)
        elif choice == "commitments":
            suggested(app, topic)
        elif choice == "grounding":
            from tryggsti.enkel import grounding  # noqa: PLC0415 (a flow loads when first opened)

            scripts = [
                app.library.grounding[g] for g in topic.grounding if g in app.library.grounding
            ]
            picked = term.choose(
                [Option(s.id, t("reader.try_grounding", title=s.title)) for s in scripts]
            )
            if picked is not None:
                grounding.play(app, picked)
        else:
            service.set_completed(app.session, topic.id, not done)
            term.write(t("reader.is_done") if not done else t("reader.mark_unread"))


def questions(app, topic) -> None:
    term = app.terminal
    term.subheading(t("reader.questions"))
    term.paragraph(t("enkel.questions_hint"))
    progress = service.progress_for(app.session, topic.id)
    for question in topic.questions:
        term.paragraph(question.text)
        earlier = progress.answers.get(question.id)
        if earlier is not None and earlier.text:
            term.write(t("enkel.earlier_answer", text=earlier.text))
        answer = term.ask(t("enkel.answer"))
        if answer:
            service.save_answer(app.session, topic.id, question.id, answer)
            term.write(t("enkel.answer_saved"))


def suggested(app, topic) -> None:
    term = app.terminal
    open_texts = {c.text for c in app.session.data.commitments if c.is_open}
    options = [Option(str(i), text) for i, text in enumerate(topic.commitments)]
    term.subheading(t("reader.commitments"))
    choice = term.choose(options, t("reader.make_commitment"))
    if choice is None:
        return
    text = topic.commitments[int(choice)]
    if text in open_texts:
        term.write(t("reader.commitment_exists"))
        return
    add_commitment(app.session, text, topic_id=topic.id)
    term.write(t("reader.commitment_added"))
