"""Textual's event loop without TLS: tryggsti never connects to anything (issue 12).

asyncio imports Python's `ssl` module if it can, for encrypted network connections, and
that loads OpenSSL: about 27 million instructions, a tenth of what tryggsti itself does
before its first frame. asyncio works the same without it (it asks `ssl` only when a
connection wants TLS). While asyncio is first imported, `ssl` is refused; afterwards any
other code may import it as usual. Nothing changes where asyncio is already loaded (in the
test suite, for one).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def asyncio_without_tls() -> Iterator[None]:
    """Run the body (which imports asyncio) with `import ssl` refused, if neither is loaded."""
    refuse = "asyncio" not in sys.modules and "ssl" not in sys.modules
    if refuse:
        sys.modules["ssl"] = None  # type: ignore[assignment]  # makes `import ssl` fail
    try:
        yield
    finally:
        if refuse and sys.modules.get("ssl", False) is None:
            del sys.modules["ssl"]
