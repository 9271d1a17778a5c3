"""The keys that work on every screen and the footer that shows them first."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Footer

from tryggsti.strings import t

# Priority bindings work even while typing in a field. The app binds the same keys without
# showing them, for dialogs that have no footer.
ALWAYS = [
    Binding("f1", "app.help_now", t("keys.help_now"), key_display="F1", priority=True),
    Binding("f2", "app.grounding", t("keys.grounding"), key_display="F2", priority=True),
    Binding("f12", "app.hide", t("keys.hide"), key_display="F12", priority=True),
    Binding("ctrl+q", "app.quit", t("keys.quit"), key_display="Ctrl+Q", priority=True),
]


# Below this width the footer leaves out the keys everyone knows (Ctrl+Q, Esc) so the
# crisis keys and the screen's own keys still fit; both keys keep working.
NARROW = 80
LEFT_OUT_WHEN_NARROW = ("app.quit", "back")


class NarrowAwareFooter(Footer):
    def compose(self):
        from textual.widgets._footer import FooterKey

        narrow = self.app.size.width < NARROW
        for widget in super().compose():
            if narrow and isinstance(widget, FooterKey) and widget.action in LEFT_OUT_WHEN_NARROW:
                continue
            yield widget
        if narrow:
            self.styles.grid_size_columns = max(1, (self.styles.grid_size_columns or 2) - 2)

    def on_resize(self) -> None:
        narrow = self.app.size.width < NARROW
        if narrow != getattr(self, "_was_narrow", None):
            self._was_narrow = narrow
            self.call_after_refresh(self.recompose)


def footer() -> Footer:
    """Compact, without Textual's palette hint, so the three keys fit at 80 columns."""
    return NarrowAwareFooter(compact=True, show_command_palette=False)
