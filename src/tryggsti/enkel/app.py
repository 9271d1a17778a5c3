"""«Enkel modus»: the run from the first line to the last.

One `EnkelApp` holds what the full app's TryggstiApp holds (the vault path, the
session once unlocked, the content, the clock) and walks the same flows as plain lines.
Each flow lives in its own module and gets the app; this one opens and locks the vault
and runs Hjem.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from tryggsti.config import Config, configured_content_dirs, load_config
from tryggsti.content.help_lines_file import load_resources
from tryggsti.content.loader import ContentError, load_library
from tryggsti.enkel.output import Ended, LockAsked, Option, Terminal
from tryggsti.enkel.start import BY_ITSELF
from tryggsti.paths import default_vault_path
from tryggsti.services.clock import Clock, system_clock
from tryggsti.strings import t

if TYPE_CHECKING:
    from tryggsti.domain.content import ContentLibrary
    from tryggsti.domain.help_lines import Resources

EXIT_OK = 0
EXIT_INTERRUPTED = 130

# Hjem's menu, with the same letters as the full app's home screen (ui/navigation.py;
# tests/unit/test_enkel_flows.py holds the two to the same letters).
HOME_MENU = (
    ("checkin", "i"),
    ("topics", "e"),
    ("grounding", "j"),
    ("questionnaire", "o"),
    ("safety_plan", "t"),
    ("commitments", "f"),
    ("mood_log", "m"),
    ("homework", "l"),
    ("report", "r"),
    ("help_now", "h"),
    ("settings", "s"),
    ("about", "a"),
)


class EnkelApp:
    def __init__(
        self,
        *,
        vault_path: Path,
        terminal: Terminal | None = None,
        config: Config | None = None,
        content_dirs: list[Path] | None = None,
        clock: Clock = system_clock,
        kdf_log_n: int | None = None,
    ) -> None:
        self.vault_path = Path(vault_path)
        self.config = config or Config()
        self.content_dirs = content_dirs or []
        self.clock = clock
        self.kdf_log_n = kdf_log_n
        self.session = None
        self._library: ContentLibrary | None = None
        self._resources: Resources | None = None
        self.exit_code = EXIT_OK  # a vault that cannot be opened sets its own (vault.errors)
        self.terminal = terminal or Terminal()
        self.terminal.help_lines = self.help_lines
        minutes = self.config.auto_lock_minutes
        self.terminal.idle_seconds = minutes * 60 if minutes else None

    # What the flows share

    @property
    def library(self) -> ContentLibrary:
        if self._library is None:
            try:
                self._library = load_library(self.content_dirs)
            except ContentError:
                self._library = load_library(())
                self.terminal.paragraph(t("content.fallback"))
        return self._library

    @property
    def resources(self) -> Resources:
        if self._library is not None:
            return self._library.resources
        if self._resources is None:
            self._resources = load_resources()
        return self._resources

    def now(self) -> datetime:
        return self.clock()

    def help_lines(self) -> list[str]:
        """`h` at any prompt: the crisis lines, open now or not, and with the vault open
        the person's own people from the plan right after them."""
        from tryggsti.enkel.help_now import crisis_lines, own_contacts  # noqa: PLC0415 (a flow loads when first opened)

        lines = crisis_lines(self.resources, self.now())
        if self.session is not None:
            lines.extend(own_contacts(self.session))
        return lines

    # The run

    def run(self, *, said_why: str | None = None) -> int:
        term = self.terminal
        code = EXIT_OK
        try:
            term.write(t("enkel.started"))
            if said_why in BY_ITSELF:
                term.write(t(f"enkel.started_{said_why}"))
            term.write(t("enkel.help_everywhere"))
            term.write(t("enkel.scrollback"))
            while True:
                if not self._open_vault():
                    break
                try:
                    self._home()
                    break
                except LockAsked as asked:
                    self.lock(idle=asked.idle)
        except Ended as ended:
            if ended.interrupted:
                code = EXIT_INTERRUPTED
        self._close()
        term.write(t("enkel.goodbye"))
        return code if code != EXIT_OK else self.exit_code

    def _open_vault(self) -> bool:
        """Unlock, create or recover; False when the person chose to leave."""
        from tryggsti.enkel.unlock import open_vault  # noqa: PLC0415 (a flow loads when first opened)

        session = open_vault(self)
        if session is None:
            return False
        self.session = session
        self.terminal.can_lock = True
        return True

    def lock(self, *, idle: bool) -> None:
        self._close()
        self.terminal.write(t("app.auto_locked") if idle else t("enkel.locked"))

    def _close(self) -> None:
        self.terminal.can_lock = False
        session, self.session = self.session, None
        if session is not None:
            with contextlib.suppress(Exception):
                session.close()

    def _home(self) -> None:
        from tryggsti.enkel import home  # noqa: PLC0415 (a flow loads when first opened)

        flows = _flows()
        term = self.terminal
        options = [Option(name, t(f"nav.{name}"), letter) for name, letter in HOME_MENU]
        options.append(Option("lock", t("palette.lock"), ""))
        options.append(Option("quit", t("palette.quit"), "q"))
        while True:
            home.show(self)
            choice = term.choose(options, back=False)
            if choice == "quit":
                return
            if choice == "lock":
                raise LockAsked(idle=False)
            flows[choice](self)


def _flows() -> dict[str, Callable[[EnkelApp], None]]:
    """Each flow by its name in HOME_MENU, imported when Hjem is first shown."""
    from tryggsti.enkel import (  # noqa: PLC0415 (a flow loads when first opened)
        checkin,
        grounding,
        help_now,
        home,
        plan,
        records,
        reports,
        topics,
    )

    return {
        "checkin": checkin.run,
        "topics": topics.run,
        "grounding": grounding.run,
        "questionnaire": reports.questionnaire,
        "safety_plan": plan.run,
        "commitments": records.commitments,
        "mood_log": records.mood_log,
        "homework": reports.homework,
        "report": reports.report,
        "help_now": help_now.run,
        "settings": home.settings,
        "about": home.about,
    }


def run_enkel(args, reason: str) -> int:
    """`tryggsti --enkel` (and the other ways in: tryggsti.enkel.start)."""

    config = load_config()
    app = EnkelApp(
        vault_path=default_vault_path(args.vault),
        config=config,
        content_dirs=configured_content_dirs(config.content_dirs, args.innhold),
    )
    return app.run(said_why=reason)
