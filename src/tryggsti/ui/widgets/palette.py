"""The command palette in Norwegian: our screens as commands, Norwegian texts, and the
words a person in a bad hour may search for («selvmord», «ringe») leading to Hjelp nå."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape
from textual.widgets.option_list import Option

from tryggsti.strings import lookup, t
from tryggsti.ui.navigation import DESTINATIONS
from tryggsti.ui.plain import plain_line

if TYPE_CHECKING:
    from tryggsti.ui.app import TryggstiApp


class NavigationCommands(Provider):
    """Offers every destination by its Norwegian name."""

    def _extras(self):
        app = cast("TryggstiApp", self.app)  # Textual types it App[object]
        return [
            (t("palette.lock"), t("palette.lock_help"), app.action_lock_now),
            (t("palette.quit"), t("palette.quit_help"), app.action_quit),
        ]

    def _all(self):
        app = cast("TryggstiApp", self.app)  # Textual types it App[object]
        entries = [
            (d.label, d.description, (lambda d=d: app.open_destination(d.name)))
            for d in DESTINATIONS
        ]
        return entries + self._extras()

    async def discover(self) -> Hits:
        for label, help_text, callback in self._all():
            # Textual reads a hit's help as markup: ours is escaped like any other text.
            yield DiscoveryHit(plain_line(label), callback, text=label, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        by_word = self._found_by_word(query)
        for label, help_text, callback in self._all():
            if label in by_word:  # a word for it: first, above any near match by title
                yield Hit(1.0, plain_line(label), callback, text=label, help=escape(help_text))
                continue
            score = matcher.match(label)
            if score > 0:
                highlighted = matcher.highlight(label)  # Content from plain text, never markup
                yield Hit(score, highlighted, callback, text=label, help=escape(help_text))

    @staticmethod
    def _found_by_word(query: str) -> set[str]:
        """The titles of the parts one of whose words begins with what was typed (at least
        three letters, so «ri» does not open Hjelp nå for «Rapport»)."""
        typed = " ".join(query.casefold().split())
        if len(typed) < 3:
            return set()
        return {
            t(f"nav.{name}")
            for name in WORDS_FOR
            if any(word.casefold().startswith(typed) for word in lookup(f"palette.words_{name}"))
        }


WORDS_FOR = ("help_now", "grounding")  # the parts with words in ui.toml [palette]


class NorwegianCommandPalette(CommandPalette):
    def __init__(self) -> None:
        super().__init__(placeholder=t("palette.placeholder"), id="--command-palette")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Same behaviour as Textual's, with the "no matches" line in Norwegian.
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text(t("palette.no_matches"), style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(
            self._NO_MATCHES_COUNTDOWN, show_no_matches, name="no-matches"
        )
