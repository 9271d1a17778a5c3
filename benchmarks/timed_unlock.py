"""One unlock in a new process, as a person's first after starting tryggsti: reads the
passphrase from standard input and prints `seconds_in_all seconds_in_kdf`.

    python benchmarks/timed_unlock.py VAULT < passphrase

The code it runs is imported first (as the app has it by the time a passphrase is typed),
so the figure is the unlock's own work: reading, the KDF, decrypting and decoding.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401  (imported before timing)

from kdf_time import kdf_timed
from tryggsti.services.session import VaultSession

passphrase = sys.stdin.readline().rstrip("\n")
spent: list[float] = []
with kdf_timed(spent.append):
    started = time.perf_counter()
    session = VaultSession.unlock(Path(sys.argv[1]), passphrase)
    seconds = time.perf_counter() - started
session.close()
print(seconds, sum(spent))
