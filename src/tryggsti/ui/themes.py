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


def start_with_theme(app, name: str) -> None:
    """Choose the theme before the app has read any CSS (call from `__init__`).

    Setting `app.theme` once running makes Textual parse every style sheet a second time
    with the new colours; choosing it here means the first parse is the only one.
    """
    from textual.app import App

    register_themes(app)
    app.set_reactive(App.theme, app._validate_theme(name))
    app.stylesheet.set_variables(app.get_css_variables())
    theme = app.current_theme
    app.set_class(True, f"-theme-{theme.name}", update=False)
    app.set_class(theme.dark, "-dark-mode", update=False)
    app.set_class(not theme.dark, "-light-mode", update=False)
