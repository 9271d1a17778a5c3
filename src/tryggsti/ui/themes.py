"""The app's colour themes: a calm default, a high-contrast one, the terminal's own
palette (so a low-vision user's own high-contrast colours carry into the app) and a
light one."""

from __future__ import annotations

from textual.app import App, InvalidThemeError
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


# Textual's ANSI colours: the terminal draws them from its own palette, whatever the
# person has set there (a high-contrast or inverted scheme included).
TERMINAL = Theme(
    name="tryggsti-terminal",
    ansi=True,
    primary="ansi_blue",
    secondary="ansi_cyan",
    accent="ansi_yellow",
    foreground="ansi_default",
    background="ansi_default",
    surface="ansi_default",
    panel="ansi_default",
    boost="ansi_default",
    success="ansi_green",
    warning="ansi_yellow",
    error="ansi_red",
    dark=True,
    variables={
        "ansi-background": "ansi_black",
        "ansi-foreground": "ansi_white",
        "border-blurred": "ansi_default",
        "block-cursor-foreground": "ansi_black",
        "block-cursor-background": "ansi_white",
        "input-cursor-background": "ansi_white",
        "input-cursor-foreground": "ansi_black",
        "input-selection-background": "ansi_blue",
    },
)

LIGHT = Theme(
    name="tryggsti-lys",
    primary="#1F6F68",
    secondary="#3D5A78",
    accent="#8A5A00",
    foreground="#1A1A1A",
    background="#F7F5F0",
    surface="#FFFFFF",
    panel="#E8E4DA",
    success="#2E6B2E",
    warning="#8A5A00",
    error="#A2302A",
    dark=False,
)

THEMES = (CALM, HIGH_CONTRAST, TERMINAL, LIGHT)


def register_themes(app) -> None:
    for theme in THEMES:
        app.register_theme(theme)


def start_with_theme(app, name: str) -> None:
    """Choose the theme before the app has read any CSS (call from `__init__`).

    Setting `app.theme` once running makes Textual parse every style sheet a second time
    with the new colours; choosing it here means the first parse is the only one.
    """

    register_themes(app)
    if name not in app.available_themes:  # what setting `app.theme` would check
        raise InvalidThemeError(name)
    app.set_reactive(App.theme, name)
    app.stylesheet.set_variables(app.get_css_variables())
    theme = app.current_theme
    app.set_class(True, f"-theme-{theme.name}", update=False)
    app.set_class(theme.dark, "-dark-mode", update=False)
    app.set_class(not theme.dark, "-light-mode", update=False)
