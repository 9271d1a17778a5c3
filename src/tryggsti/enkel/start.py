"""Whether `tryggsti` with no command starts «enkel modus» or the full app.

Asked on every start of the app, so it is kept to the standard library and config.py.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from tryggsti.config import load_config

OFF_WORDS = frozenset({"", "0", "false", "no", "nei", "off"})

# Why enkel modus starts; the last two are the ones the person did not ask for, so one
# line says so and how to get the full app.
ASKED_FLAG = "flag"
ASKED_ENV = "env"
ASKED_CONFIG = "config"
DUMB_TERMINAL = "dumb"
NOT_A_TERMINAL = "not_a_terminal"
BY_ITSELF = (DUMB_TERMINAL, NOT_A_TERMINAL)


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def reason_for_enkel(
    args, environ: Mapping[str, str] | None = None, *, stdin=None, stdout=None
) -> str | None:
    """Why this start is «enkel modus», or None for the full app.

    `--full` always wins; then `--enkel`; then TRYGGSTI_ENKEL (0, false, no and empty
    ask for the full app, like --full); `enkel_modus = true` in config.toml; and last, by
    itself, a terminal the full app cannot use: TERM=dumb, or standard input or output
    that is not a terminal."""
    environ = os.environ if environ is None else environ
    if getattr(args, "full", False):
        return None
    if getattr(args, "enkel", False):
        return ASKED_FLAG
    if "TRYGGSTI_ENKEL" in environ:
        if environ["TRYGGSTI_ENKEL"].strip().casefold() not in OFF_WORDS:
            return ASKED_ENV
        return None  # turned off on purpose, as --full: neither the config nor the terminal

    if load_config().enkel_modus:
        return ASKED_CONFIG
    if environ.get("TERM", "").strip().casefold() == "dumb":
        return DUMB_TERMINAL
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    if not (_is_terminal(stdin) and _is_terminal(stdout)):
        return NOT_A_TERMINAL
    return None
