"""`tryggsti logg` exactly as `python -m tryggsti` runs it, writing the seconds its own KDF
took to standard error as `kdf_s=…` (run.py takes them off the wall time).

    python benchmarks/timed_logg.py --vault V logg --passphrase-stdin --humør 6
"""

from __future__ import annotations

import runpy
import sys

from kdf_time import kdf_timed

with kdf_timed(lambda seconds: sys.stderr.write(f"kdf_s={seconds}\n")):
    sys.argv = ["tryggsti", *sys.argv[1:]]
    runpy.run_module("tryggsti", run_name="__main__")
