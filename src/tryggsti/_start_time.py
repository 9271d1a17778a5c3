"""The moment the package was first imported, for start-up measurements."""

import time

START_TIME = time.perf_counter()
