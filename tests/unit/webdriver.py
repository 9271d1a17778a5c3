"""A small W3C WebDriver client over chromedriver's local HTTP port, for browser tests.

Only what the tests use: open a page, find, type and press keys, run a line of script, read
the browser's network log, print to PDF. No dependency: urllib speaks to 127.0.0.1 only.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
ENTER = "\ue007"


def chromedriver() -> tuple[str, str]:
    """chromedriver and the Chromium it drives, or skip (fail where they are required)."""
    driver = shutil.which("chromedriver")
    browser = next(
        (
            shutil.which(n)
            for n in ("chromium", "chromium-browser", "google-chrome")
            if shutil.which(n)
        ),
        None,
    )
    if driver and browser:
        return driver, browser
    if os.environ.get("TRYGGSTI_REQUIRE_BROWSER"):
        pytest.fail("chromedriver and Chromium are required here (TRYGGSTI_REQUIRE_BROWSER)")
    pytest.skip("no chromedriver or Chromium on this machine")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Browser:
    def __init__(self, profile: Path, downloads: Path) -> None:
        driver, browser = chromedriver()
        self.port = _free_port()
        self.process = subprocess.Popen(
            [driver, f"--port={self.port}", "--allowed-ips=127.0.0.1"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.base = f"http://127.0.0.1:{self.port}"
        self._wait_ready()
        options = {
            "binary": browser,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                f"--user-data-dir={profile}",
            ],
            "prefs": {
                "download.default_directory": str(downloads),
                "download.prompt_for_download": False,
            },
        }
        capabilities = {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": {"performance": "ALL"},
        }
        reply = self._call("POST", "/session", {"capabilities": {"alwaysMatch": capabilities}})
        self.session = f"/session/{reply['sessionId']}"
        self.cdp("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(downloads))

    def _wait_ready(self) -> None:
        for _ in range(200):
            with contextlib.suppress(OSError):
                if self._call("GET", "/status").get("ready"):
                    return
            time.sleep(0.05)
        raise RuntimeError("chromedriver did not start")

    def _call(self, method: str, path: str, body: dict | None = None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read())["value"]

    def call(self, method: str, path: str, body: dict | None = None):
        return self._call(method, self.session + path, body)

    def cdp(self, command: str, **params):
        return self.call("POST", "/goog/cdp/execute", {"cmd": command, "params": params})

    def open(self, url: str) -> None:
        self.call("POST", "/url", {"url": url})

    def find(self, css: str) -> str:
        return self.call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def type(self, css: str, text: str) -> None:
        """Keys sent to the element, as a person typing (space ticks a box, Enter presses)."""
        self.call("POST", f"/element/{self.find(css)}/value", {"text": text})

    def script(self, source: str, *args):
        return self.call("POST", "/execute/sync", {"script": source, "args": list(args)})

    def text(self, css: str) -> str:
        return self.call("GET", f"/element/{self.find(css)}/text")

    def network_log(self) -> list[dict]:
        entries = self.call("POST", "/se/log", {"type": "performance"})
        return [json.loads(entry["message"])["message"] for entry in entries]

    def print_pdf(self) -> bytes:
        reply = self.call("POST", "/print", {"pageWidth": 21.0, "pageHeight": 29.7})
        return base64.b64decode(reply)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._call("DELETE", self.session)
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
