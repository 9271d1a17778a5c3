"""Homework files: checking them, adding them to the vault once, and writing the template."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path

import platformdirs

from tryggsti.content.homework_file import HomeworkCheck, KnownIds, parse_homework
from tryggsti.content.safe_read import problem_for, read_text_file
from tryggsti.dates import long_date_with_year
from tryggsti.domain.content import ContentLibrary
from tryggsti.domain.records import Commitment, Homework
from tryggsti.domain.text import clean_line, terminal_safe
from tryggsti.services.session import VaultSession
from tryggsti.strings import t


def known_ids(library: ContentLibrary) -> KnownIds:
    return KnownIds(
        topics=set(library.topics),
        grounding=set(library.grounding),
        questionnaires=set(library.questionnaires),
    )


def check_text(
    text: str, name: str, library: ContentLibrary, *, now: datetime, new_id: str = "sjekk"
) -> HomeworkCheck:
    return parse_homework(text, name, known_ids(library), imported_at=now, new_id=new_id)


def find_duplicate(session: VaultSession, homework: Homework) -> Homework | None:
    return next((h for h in session.data.homework if h.fingerprint == homework.fingerprint), None)


def import_homework(session: VaultSession, homework: Homework) -> bool:
    """Add the homework and its commitments; False (and nothing changed) if it is already in."""
    if find_duplicate(session, homework) is not None:
        return False
    session.data.homework.append(homework)
    for text in homework.commitments:
        session.data.commitments.append(
            Commitment(
                id=session.new_id(),
                text=text,
                created_at=session.clock(),
                due=homework.due,
                homework_id=homework.id,
            )
        )
    session.save()
    return True


def summary_lines(homework: Homework, library: ContentLibrary) -> list[str]:
    """Every part of a homework that was read, named as the person will see it."""

    none = t("lekse.ok_none")

    def listed(names: list[str]) -> str:
        return ", ".join(names) or none

    topics = [library.topics[i].title if i in library.topics else i for i in homework.topics]
    grounding = [
        t(
            "lekse.ok_grounding_item",
            name=library.grounding[g.script_id].title
            if g.script_id in library.grounding
            else g.script_id,
            times=g.per_week,
        )
        for g in homework.grounding
    ]
    forms = []
    for task in homework.questionnaires:
        form = library.questionnaires.get(task.instrument_id)
        name = form.name if form else task.instrument_id
        forms.append(
            t("lekse.ok_questionnaire_when", name=name, when=task.when) if task.when else name
        )
    lines = []
    if homework.therapist:
        lines.append(t("lekse.ok_therapist", name=homework.therapist))
    lines += [
        t(
            "lekse.ok_period",
            start=long_date_with_year(homework.start),
            due=long_date_with_year(homework.due),
            days=(homework.due - homework.start).days + 1,
        ),
        t("lekse.ok_topics", count=len(topics), names=listed(topics)),
        t("lekse.ok_grounding", count=len(grounding), items=listed(grounding)),
        t(
            "lekse.ok_commitments",
            count=len(homework.commitments),
            items=listed([f"«{c}»" for c in homework.commitments]),
        ),
        t("lekse.ok_questionnaires", count=len(forms), items=listed(forms)),
        t("lekse.ok_checkins", count=homework.checkins_per_week)
        if homework.checkins_per_week
        else t("lekse.ok_no_checkins"),
    ]
    if homework.note:
        note = clean_line(homework.note)
        lines.append(t("lekse.ok_note", text=note if len(note) <= 60 else note[:59] + "…"))
    return lines


def unreadable_message(path: Path, error) -> str:
    """Why the homework file cannot be read, naming the file (and the line, for encodings)."""

    if error.reason == "missing":
        return terminal_safe(t("lekse.file_missing", path=path))
    return problem_for(str(path), error).describe()


def places_to_look(written: str, home: Path | None = None) -> list[Path]:
    """Where a homework file named by a person may be, in the order to try.

    A full path (or one from «~») is taken as written. A bare or relative name is looked for
    where a downloaded file lands: the home folder and the Downloads folder (the system's
    own, and the Norwegian and English names under home).
    """
    path = Path(written).expanduser()
    if path.is_absolute():
        return [path]
    home = home or Path.home()
    folders = [home]
    with contextlib.suppress(Exception):
        folders.append(Path(platformdirs.user_downloads_dir()))
    folders += [home / "Nedlastinger", home / "Downloads"]
    unique: list[Path] = []
    for folder in folders:
        if folder not in unique:
            unique.append(folder)
    return [folder / path for folder in unique]


def shown_folder(folder: Path, home: Path | None = None) -> str:
    """A folder as a person knows it: «~/Nedlastinger», not the full path."""
    home = home or Path.home()
    try:
        rest = folder.relative_to(home)
    except ValueError:
        return folder.name or str(folder)
    return "~" if not rest.parts else "~/" + rest.as_posix()


def find_homework_file(written: str, home: Path | None = None) -> tuple[Path | None, list[Path]]:
    """The first of `places_to_look` that exists, and every place tried."""
    places = places_to_look(written, home)
    found = next((place for place in places if place.is_file()), None)
    return found, places


def read_homework_file(path: Path) -> str:
    """The file's text: a regular UTF-8 file of at most 256 KiB, else UnreadableFile."""

    return read_text_file(path)


def item_label(library: ContentLibrary, item) -> str:
    """A homework item in words, as both front ends list it (the app, «enkel modus»)."""
    if item.kind == "topic":
        topic = library.topics.get(item.ref)
        return t("homework_screen.topic", name=topic.title if topic else item.ref)
    if item.kind == "grounding":
        script = library.grounding.get(item.ref)
        return t("homework_screen.grounding", name=script.title if script else item.ref)
    if item.kind == "questionnaire":
        questionnaire = library.questionnaires.get(item.ref)
        return t(
            "homework_screen.questionnaire", name=questionnaire.name if questionnaire else item.ref
        )
    if item.kind == "commitment":
        return t("homework_screen.commitment", text=item.ref)
    return t("homework_screen.checkins")
