"""The app's colour themes: a calm default and a high-contrast one."""

from __future__ import annotations

from textual.theme import Theme

CALM = Theme(
    name="tryggsti",
    primary="#5FA8A0",
    secondary="#8AA6C1",
    accent="#E0B65A",
    foreground="#E6E8E6",
    background="#1B2428",
    surface="#223036",
    panel="#2B3B42",
    success="#7BBF7B",
    warning="#E0B65A",
    error="#E07A6B",
    dark=True,
)

HIGH_CONTRAST = Theme(
    name="tryggsti-kontrast",
    primary="#FFFF00",
    secondary="#00FFFF",
    accent="#FFFFFF",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    success="#00FF00",
    warning="#FFFF00",
    error="#FF5555",
    dark=True,
)


def register_themes(app) -> None:
    for theme in (CALM, HIGH_CONTRAST):
        app.register_theme(theme)
