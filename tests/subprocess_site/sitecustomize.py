"""The cheap test KDF for the processes the test suite starts itself.

tests/conftest.py puts this folder on PYTHONPATH for every test, so a `python -c …` or
`python -m tryggsti` started by a test runs this at start-up. It switches the test KDF
on in-process, exactly as the suite's own process does, when tryggsti.vault.kdf is first
imported (not before, so the modules a start-up test counts stay the same). Nothing here
ships in the package: the program itself reads no variable to turn it on.
"""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

KDF_MODULE = "tryggsti.vault.kdf"
TEST_KDF_LOG_N = 4  # the same as tests/conftest.py


class _CheapTestKdf(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != KDF_MODULE:
            return None
        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            spec = finder.find_spec(name, path, target) if hasattr(finder, "find_spec") else None
            if spec is not None and spec.loader is not None:
                break
        else:
            return None
        load = spec.loader.exec_module

        def exec_module(module, _load=load):
            _load(module)
            module.insecure_test_log_n = TEST_KDF_LOG_N

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _CheapTestKdf())
