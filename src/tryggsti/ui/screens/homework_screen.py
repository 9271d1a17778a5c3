"""Lekser: each homework from the therapist with its progress, and a way to add a new file."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from tryggsti.content.problems import describe_all
from tryggsti.content.safe_read import UnreadableFile
from tryggsti.dates import long_date, relative_day
from tryggsti.domain.homework_progress import homework_progress
from tryggsti.services.homework import (
    check_text,
    find_homework_file,
    import_homework,
    item_label,
    read_homework_file,
    shown_folder,
    summary_lines,
    unreadable_message,
)
from tryggsti.services.supporter import supporter_key
from tryggsti.strings import t
from tryggsti.ui.messages_in_view import say_in_view
from tryggsti.ui.plain import Part, join, lines, plain, ui
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.button import Button
from tryggsti.ui.widgets.input import Input

BAR = 20


def progress_bar(fraction: float) -> str:
    filled = round(BAR * fraction)
    return "█" * filled + "░" * (BAR - filled)


def _between(blocks):
    """Blocks with an empty line between them."""
    for index, block in enumerate(blocks):
        if index:
            yield ""
        yield block


class HomeworkScreen(TryggstiScreen):
    TITLE_KEY = "homework_screen.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="homework", classes="padded"):
            yield Static("", id="homework-list")
            yield Static(t("homework_screen.add"), classes="label")
            yield Static(t("homework_screen.add_help"), classes="hint")
            yield Input(placeholder=t("homework_screen.path_placeholder"), id="homework-path")
            with Horizontal(classes="buttons"):
                yield Button(t("homework_screen.check"), id="check")
                yield Button(t("homework_screen.import"), variant="primary", id="import")
            yield Static("", id="homework-message", classes="message")

    def on_mount(self, event: events.Mount) -> None:
        self.refresh_list()
        # Typing goes into the path at once, but the screen stays at its top, so the title
        # and the progress are what a person sees first, at 60x20 too.
        self.query_one("#homework-path", Input).focus(scroll_visible=False)
        self.query_one("#homework", VerticalScroll).scroll_home(animate=False)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        self.refresh_list()

    def refresh_list(self) -> None:
        session = self.app.session
        if session is None:
            return
        today = self.app.clock().date()
        library = self.app.library
        if not session.data.homework:
            empty = supporter_key(session.data, "homework_empty")
            self.query_one("#homework-list", Static).update(ui(empty))
            return
        blocks = []
        newest_first = sorted(session.data.homework, key=lambda h: h.start, reverse=True)
        for homework in newest_first:
            progress = homework_progress(homework, session.data, today)
            who = t("homework_screen.from", name=homework.therapist) if homework.therapist else ""
            due = relative_day(homework.due, today)
            state = (
                "homework_screen.due_passed" if progress.days_left < 0 else "homework_screen.due"
            )
            shown: list[Part] = [
                (t("homework_screen.heading", who=who, start=long_date(homework.start)), "bold"),
                f"{t(state, day=due)}  {progress_bar(progress.fraction)} "
                f"{round(progress.fraction * 100)} %",
            ]
            if homework.note:
                shown.append((homework.note, "italic"))
            for item in progress.items:
                tick = "✓" if item.fraction >= 1 else "·"
                label = item_label(library, item)
                shown.append(join(f"  {tick} ", label, (f"  {item.done} / {item.target}", "dim")))
            blocks.append(lines(shown))
        self.query_one("#homework-list", Static).update(lines(_between(blocks)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._read(import_it=False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._read(import_it=event.button.id == "import")

    def _say(self, text: str) -> None:
        say_in_view(self.query_one("#homework-message", Static), plain(text))

    def _read(self, *, import_it: bool) -> None:
        text = self.query_one("#homework-path", Input).value.strip()
        if not text:
            self._say(t("homework_screen.no_path"))
            return
        path, looked = find_homework_file(text)
        if path is None:
            folders = ", ".join(shown_folder(place.parent) for place in looked)
            name = looked[0].name
            key = "homework_screen.not_found_in" if len(looked) > 1 else "homework_screen.not_found"
            self._say(t(key, name=name, folders=folders))
            return
        # Only the file's name in what the person reads: a full path can hold their name
        # and means nothing to the one who made the file.
        try:
            content = read_homework_file(path)
        except UnreadableFile as error:
            self._say_broken([unreadable_message(Path(path.name), error)])
            return
        session = self.app.open_session
        result = check_text(
            content, path.name, self.app.library, now=session.clock(), new_id=session.new_id()
        )
        if result.problems:
            self._say_broken(describe_all(result.problems))
            return
        assert result.homework is not None  # a file without problems holds homework
        where = t("homework_screen.read_from", folder=shown_folder(path.parent), name=path.name)
        if not import_it:
            shown = [where, t("homework_screen.check_ok")]
            shown += [f"  {line}" for line in summary_lines(result.homework, self.app.library)]
            self._say("\n".join(shown))
            return
        added = import_homework(session, result.homework)
        self._say(t("homework_screen.imported") if added else t("lekse.already_imported"))
        self.refresh_list()

    def _say_broken(self, details: list[str]) -> None:
        """What the patient does first, in plain words; the details for the maker below."""
        shown = [t("homework_screen.broken"), "", t("homework_screen.broken_details")]
        self._say("\n".join(shown + [f"  {line}" for line in details]))
