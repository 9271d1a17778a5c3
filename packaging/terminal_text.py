"""What a program wrote to a terminal, as the text a person sees there.

Kept apart from smoke.py because benchmarks/first_frame.py needs it inside the app it
measures: importing smoke.py there would load argparse, subprocess and tempfile into that
process, so the instructions counted would leave out the app's own imports of them.
"""

from __future__ import annotations

import re

ESCAPES = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")  # cursor moves and colours between letters


def visible(written: bytes) -> bytes:
    """`written` without its escape sequences."""
    return ESCAPES.sub(b"", written)
