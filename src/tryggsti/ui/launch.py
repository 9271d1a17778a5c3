"""Starting the app from the command line."""

from __future__ import annotations

import os

from tryggsti.config import configured_content_dirs, load_config
from tryggsti.paths import default_vault_path
from tryggsti.speed.without_tls import asyncio_without_tls
from tryggsti.strings import t

# Textual reads these once, when it is first imported. A log file (TEXTUAL_LOG) gets
# every message, each key typed into the passphrase field among them, in a file others
# on the machine may read; devtools (TEXTUAL=devtools) sends the same to a socket; debug
# mode shows more of the program's state; a screenshot (TEXTUAL_SCREENSHOT) writes what
# is on the screen to disk. None of them is wanted where a passphrase is typed.
TEXTUAL_DEBUG_VARIABLES = (
    "TEXTUAL",
    "TEXTUAL_LOG",
    "TEXTUAL_DEBUG",
    "TEXTUAL_DEVTOOLS_HOST",
    "TEXTUAL_DEVTOOLS_PORT",
    "TEXTUAL_SCREENSHOT",
    "TEXTUAL_SCREENSHOT_LOCATION",
    "TEXTUAL_SCREENSHOT_FILENAME",
)


def forget_textual_debugging() -> None:
    """Clear Textual's log, devtools, debug and screenshot settings before it starts."""
    for name in TEXTUAL_DEBUG_VARIABLES:
        os.environ.pop(name, None)


def run_app(args) -> int:
    forget_textual_debugging()

    with asyncio_without_tls():
        from tryggsti.ui.app import TryggstiApp  # noqa: PLC0415 (the app loads without TLS, after the environment is cleared)

    config = load_config()
    extra = configured_content_dirs(config.content_dirs, args.innhold)
    app = TryggstiApp(vault_path=default_vault_path(args.vault), content_dirs=extra, config=config)
    app.run()
    if app.saved_elsewhere is not None:
        print(t("unsaved_quit.saved_as", path=app.saved_elsewhere))
    return app.return_code or 0
