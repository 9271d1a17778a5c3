"""No passphrase or recovery code in a Textual log (issue 31.3). With TEXTUAL_LOG set,
Textual wrote every Input.Changed message (each key of the passphrase) and the unlock
worker's description, `_unlock('…')`, to a log file others on the machine could read."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import PASSPHRASE, settle, unlock

# The app started the way a person starts it (cli -> ui.launch.run_app), with only its
# run swapped for a headless one that types the passphrase. The keys are pressed one by
# one on purpose: each key's Input.Changed message is what leaked.
PROBE = """
import asyncio, sys
from importlib.abc import MetaPathFinder

PASSPHRASE = sys.argv[3]

async def type_and_unlock(app):
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press(*PASSPHRASE, "enter")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        print(type(app.screen).__name__)
        app.exit()

class HeadlessApp(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "tryggsti.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = next(s for f in sys.meta_path if (s := f.find_spec(name, path, target)))
        load = spec.loader.exec_module
        def exec_module(module):
            load(module)
            module.TryggstiApp.run = lambda app: asyncio.run(type_and_unlock(app))
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, HeadlessApp())
from tryggsti.cli import main
main(["--vault", sys.argv[1]])
"""


def test_a_textual_log_in_the_environment_gets_no_passphrase(make_vault, vault_path, tmp_path):
    make_vault()
    log = tmp_path / "textual.log"
    env = dict(os.environ, TEXTUAL_LOG=str(log), TEXTUAL="devtools,debug")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(vault_path), str(log), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.stdout.strip().splitlines()[-1] == "HomeScreen", done.stdout + done.stderr
    written = log.read_text(encoding="utf-8") if log.exists() else ""
    assert PASSPHRASE not in written
    assert not log.exists()


def _worker_lines(log) -> list[str]:
    return [line for line in log.read_text(encoding="utf-8").splitlines() if "Worker" in line]


async def test_workers_that_take_a_secret_describe_themselves_without_it(
    make_vault, make_app, monkeypatch, tmp_path
):
    """Textual's log sink captured in-process: what it writes about workers (their
    description, by default the call with its arguments) never holds a secret. Unlock,
    a new passphrase in the settings, recovery with the code, and the first run."""
    import textual.constants

    log = tmp_path / "textual.log"
    monkeypatch.setattr(textual.constants, "LOG_FILE", str(log))
    code = make_vault()
    changed, recovered, first = "ny lang setning om fjell", "en annen setning om hav", "tre ord"
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await unlock(pilot)
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        screen.query_one("#current").value = PASSPHRASE
        screen.query_one("#new-1").value = changed
        screen.query_one("#new-2").value = changed
        screen.query_one("#change").press()
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoveryCodeScreen"
        code = app.screen._code
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        app.screen.query_one("#code-input").value = code
        app.screen.query_one("#first").value = recovered
        app.screen.query_one("#second").value = recovered
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoveryCodeScreen"
    app = make_app(vault_path=tmp_path / "ny" / "tryggsti.vault")
    async with app.run_test(size=(100, 32)) as pilot:
        await settle(pilot)
        app.screen.query_one("#first").value = first + " og mer"
        app.screen.query_one("#second").value = first + " og mer"
        app.screen.query_one("#second").focus()
        await pilot.press("enter")
        await settle(pilot)
        assert type(app.screen).__name__ == "RecoveryCodeScreen"
    lines = _worker_lines(log)
    for group in ("unlock", "passphrase", "recover", "create"):
        assert any(f"group='{group}'" in line for line in lines), (group, lines)
    for secret in (PASSPHRASE, changed, code, recovered, first):
        assert not [line for line in lines if secret in line], secret


UI = Path(__file__).resolve().parents[2] / "src" / "tryggsti" / "ui"


def _workers_without_description() -> list[str]:
    """Every @work method that takes arguments, and every run_worker call given any,
    must say description=…: Textual's default is the call with its arguments."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                takes = [a.arg for a in node.args.args if a.arg != "self"]
                for decorator in node.decorator_list:
                    call = decorator if isinstance(decorator, ast.Call) else None
                    name = getattr(call.func if call else decorator, "id", None)
                    described = call is not None and any(
                        k.arg == "description" for k in call.keywords
                    )
                    if name == "work" and takes and not described:
                        found.append(f"{path.relative_to(UI)}:{node.lineno} {node.name}")
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "run_worker":
                described = any(k.arg == "description" for k in node.keywords)
                if len(node.args) > 1 and not described:
                    found.append(f"{path.relative_to(UI)}:{node.lineno} run_worker")
    return found


def test_every_worker_given_arguments_has_a_fixed_description():
    assert _workers_without_description() == []
