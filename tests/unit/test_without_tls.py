"""The app starts its event loop without loading TLS, and nothing else loses `ssl`."""

from __future__ import annotations

import os
import subprocess
import sys

from tryggsti.speed.without_tls import asyncio_without_tls


def _run(code: str, home=None) -> str:
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home)) if home else None
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env=env,
    )
    return done.stdout.strip()


def test_asyncio_loads_without_ssl_and_ssl_can_be_imported_after():
    code = """
import sys
from tryggsti.speed.without_tls import asyncio_without_tls
with asyncio_without_tls():
    import asyncio
    import textual.app
loaded = "ssl" in sys.modules
asyncio.run(asyncio.sleep(0))
import ssl
print(loaded, bool(ssl.OPENSSL_VERSION))
"""
    assert _run(code) == "False True"


def test_the_app_is_imported_with_tls_refused(tmp_path):
    # A stand-in for the app module records what its import could load.
    code = """
import sys, types
from argparse import Namespace
from tryggsti.ui import launch

class Stand_in(types.ModuleType):
    def __getattr__(self, name):
        import asyncio
        refused = sys.modules.get("ssl", "absent") is None
        class App:
            saved_elsewhere = None
            return_code = 0
            def __init__(self, **kwargs): pass
            def run(self): print(refused, "ssl" in sys.modules)
        return App

sys.modules["tryggsti.ui.app"] = Stand_in("tryggsti.ui.app")
launch.run_app(Namespace(vault=None, innhold=[]))
"""
    assert _run(code, home=tmp_path) == "True False"


def test_nothing_changes_where_asyncio_is_loaded():
    import asyncio  # noqa: F401  (loaded in the test run, as here)

    before = sys.modules.get("ssl", "absent")
    with asyncio_without_tls():
        assert sys.modules.get("ssl", "absent") is before
    assert sys.modules.get("ssl", "absent") is before
