"""Allows `python -m tryggsti`."""

from tryggsti.cli import main

raise SystemExit(main())
