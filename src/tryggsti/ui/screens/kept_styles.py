"""Screens restyled only when the theme changed since their widgets were styled.

Each time a screen is shown, Textual restyles every widget on it, in case the app's styles
changed while it was away. For a kept screen shown again that was most of a later visit
(Innstillinger 70 ms, of which 50 restyling), and on the first frame of the unlock screen
it was the second styling of every widget within the same few milliseconds (about 8 ms):
Textual styles each widget as it is mounted, just before the screen is first shown.

The only app-wide style change in tryggsti is the theme. So a screen notes the theme when
its widgets are styled (mounted) and each time it is shown, and it is restyled only when
the theme differs. Textual calls one handler per class, the subclass first, so these run
before Screen's own and only tell it whether to restyle (`ScreenResume.refresh_styles`,
public; tests/functional/test_kept_screens_stay_true.py holds it).
"""

from __future__ import annotations

from textual import events


class KeptStyles:
    """Put before `Screen` (or a subclass of it) in the bases."""

    _styled_with_theme: str | None = None

    def on_mount(self, event: events.Mount) -> None:
        self._styled_with_theme = self.app.theme  # type: ignore[attr-defined]

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        theme = self.app.theme  # type: ignore[attr-defined]
        if self._styled_with_theme == theme:
            event.refresh_styles = False
        self._styled_with_theme = theme
