"""The radio set for «who supports you now»: the four answers and «Vil ikke svare»."""

from __future__ import annotations

from textual import widgets
from textual.app import ComposeResult
from textual.widgets import RadioSet

from tryggsti.domain.supporter import SUPPORTERS, UNANSWERED
from tryggsti.strings import t
from tryggsti.ui.widgets.toggles import RadioButton


class SupporterChoice(RadioSet):
    def __init__(self, current: str | None, *, asked_before: bool = True, **kwargs) -> None:
        """`asked_before`: mark «Vil ikke svare» when there is no answer (Innstillinger);
        on the first run nothing is marked yet, and the arrow keys start at the top."""
        super().__init__(**kwargs)
        fallback = UNANSWERED if asked_before else None
        self._current = current if current in SUPPORTERS else fallback

    def compose(self) -> ComposeResult:
        for name in (*SUPPORTERS, UNANSWERED):
            yield RadioButton(t(f"supporter.{name}"), value=name == self._current, name=name)

    @staticmethod
    def answer(pressed: widgets.RadioButton) -> str | None:
        """The stored value for a pressed button (None for «Vil ikke svare»)."""
        return pressed.name if pressed.name in SUPPORTERS else None
