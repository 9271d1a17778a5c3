"""Before the app lets go of the data: if the last changes could not be written, ask."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from tryggsti.strings import t


def rescue_path(vault_path: Path, now: datetime) -> Path:
    """A new file name beside the vault (or in the home folder if that one is the
    problem), that does not exist yet."""
    stamp = now.strftime("%Y-%m-%d-%H%M")
    folders = [vault_path.parent, Path.home()]
    for folder in folders:
        for number in range(1, 100):
            suffix = f"-{number}" if number > 1 else ""
            candidate = folder / f"tryggsti-reddet-{stamp}{suffix}.vault"
            if not candidate.exists():
                return candidate
    return folders[-1] / f"tryggsti-reddet-{stamp}.vault"


def ask_before_losing(app, then: Callable[[], None]) -> bool:
    """Show the «lagre som» question if something is unsaved; True if it was shown.

    `then` runs when the person has saved elsewhere or chosen to quit anyway.
    """
    from tryggsti.ui.screens.unsaved_quit_screen import UnsavedQuitScreen  # noqa: PLC0415 (a screen loads when first opened)

    if app.unsaved_payload() is None:
        return False
    reason = t("unsaved_quit.reason_read_only" if app.session.read_only else "unsaved_quit.reason")
    suggested = rescue_path(app.vault_path, app.clock())
    app.push_screen(UnsavedQuitScreen(reason, suggested), lambda done: then() if done else None)
    return True
