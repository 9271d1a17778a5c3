"""Entry point of the standalone build (PyInstaller runs this file as __main__)."""

import sys

from tryggsti.cli import entry

if __name__ == "__main__":
    sys.exit(entry())
