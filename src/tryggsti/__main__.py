"""Allows `python -m tryggsti`."""

from tryggsti.cli import entry

raise SystemExit(entry())
