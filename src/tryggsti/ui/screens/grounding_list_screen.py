"""Jording: the grounding exercises, grouped by kind, each long version under its short one,
and the night set (first at night); Enter starts one."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tryggsti.domain.content import GroundingScript
from tryggsti.domain.homework_progress import current_homework_items
from tryggsti.domain.night import NIGHT_SET, is_night
from tryggsti.strings import t
from tryggsti.ui.plain import plain
from tryggsti.ui.screens.base import TryggstiScreen
from tryggsti.ui.widgets.grounding_options import list_width, long_option, script_option


class GroundingListScreen(TryggstiScreen):
    TITLE_KEY = "grounding.title"
    REUSABLE = True  # kept per session (ui/kept_screens.py); up to date on resume

    def compose_body(self) -> ComposeResult:
        yield Static(t("grounding.lead"), classes="lead padded")
        yield OptionList(id="grounding-list")

    def _groups(self) -> list[tuple[str, list[GroundingScript]]]:
        library = self.app.library
        # Long versions sit under their short one; the night set has its own group.
        groups = [
            (t(f"grounding.kind_{kind}"), [s for s in scripts if not (s.long_version_of or s.set)])
            for kind, scripts in library.grounding_by_kind().items()
        ]
        night = (t("grounding.set_natt"), library.grounding_in_set(NIGHT_SET))
        self._built_at_night = is_night(self.app.clock())
        return [night, *groups] if self._built_at_night else [*groups, night]

    _built_at_night = False

    def can_show_again(self) -> bool:
        """Kept per session, but built anew when night begins or ends (the order changes)
        or a homework asks for other exercises (their mark changes)."""
        same_night = is_night(self.app.clock()) == self._built_at_night
        return same_night and self._homework_grounding() == self._built_for_homework

    _built_for_homework: frozenset[str] = frozenset()

    def _homework_grounding(self) -> frozenset[str]:
        session = self.app.session
        if session is None:
            return frozenset()
        return current_homework_items(session.data, self.app.clock().date()).grounding

    def on_mount(self, event: events.Mount) -> None:
        options = self.query_one("#grounding-list", OptionList)
        width = list_width(self.app.size.width)
        wanted = self._built_for_homework = self._homework_grounding()
        for heading, scripts in self._groups():
            if not scripts:
                continue
            options.add_option(Option(plain(heading, "bold"), disabled=True))
            for script in scripts:
                options.add_option(script_option(script, width, homework=script.id in wanted))
                long = self.app.library.long_version(script.id)
                if long is not None:
                    options.add_option(long_option(long))
        options.highlighted = next(
            index for index, option in enumerate(options.options) if not option.disabled
        )
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        from tryggsti.ui.screens.grounding_player_screen import GroundingPlayerScreen  # noqa: PLC0415 (a screen loads when first opened)

        assert event.option.id is not None  # every script's option is named by its id
        self.app.push_screen(GroundingPlayerScreen(event.option.id))
