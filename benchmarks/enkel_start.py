"""How fast `tryggsti --enkel` shows its first prompt, against `python -c pass` plus the
imports it needs (issue 28.6: within 1.3×).

Both start as a person starts them: a fresh process in a pseudo-terminal, with a vault
where tryggsti looks for one, until «Passord: » is written. The floor is a Python that
imports exactly the modules outside tryggsti that enkel modus has loaded by then (found
by a probe run first) and prints the same prompt: what is left of the ratio is
tryggsti's own work. Rounds alternate the two, and the figure is the median of the rounds'
ratios with its quartiles (on a 2-core machine the pace moves from second to second).
The probe also checks that Textual is never imported.

    uv run python benchmarks/enkel_start.py [--rounds N]
"""

from __future__ import annotations

import json
import os
import select
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(HERE))

from smoke import start_in_terminal, test_environment  # noqa: E402

from rounds import ratio_of_rounds  # noqa: E402

PROMPT = b"Passord: "
GOAL = 1.3

# Stops enkel modus at its first secret prompt and says what was imported by then.
PROBE = """
import sys
from tryggsti.enkel import output
def stop(self, prompt):
    print("MODULES", repr(sorted(sys.modules)))
    raise SystemExit(0)
output.Terminal.secret = stop
from tryggsti.cli import main
main(["--enkel"])
"""


def _environment(home: Path) -> dict[str, str]:
    env = test_environment(home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as on a person's machine
    env.pop("TRYGGSTI_ENKEL", None)
    return env


def _vault(env: dict[str, str]) -> None:
    code = (
        "from tryggsti.paths import default_vault_path\n"
        "from tryggsti.services.session import VaultSession\n"
        "path = default_vault_path()\n"
        "path.parent.mkdir(parents=True, exist_ok=True)\n"
        "VaultSession.create(path, 'benchmark-passord-1')[0].close()\n"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True)


def needed_modules(env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    modules = eval(line.removeprefix("MODULES "))  # a list literal printed by the probe
    if any(name == "textual" or name.startswith("textual.") for name in modules):
        raise SystemExit("FAIL: enkel modus imported Textual")
    return [
        name
        for name in modules
        if not name.startswith(("tryggsti", "_frozen", "__main__", "encodings."))
        and name not in ("__main__",)
    ]


def until_prompt(argv: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    pid, fd = start_in_terminal(argv, env)
    seen = b""
    try:
        while PROMPT not in seen:
            ready, _, _ = select.select([fd], [], [], 30)
            if not ready:
                raise SystemExit(f"FAIL: no prompt; last output {seen[-500:]!r}")
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        seconds = time.monotonic() - started
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)
    if PROMPT not in seen:
        raise SystemExit(f"FAIL: no prompt; last output {seen[-500:]!r}")
    if b"\x1b" in seen:
        raise SystemExit("FAIL: an escape byte before the first prompt")
    return seconds


def figures(rounds: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(Path(folder) / "home")
        _vault(env)
        modules = needed_modules(env)
        floor_code = (
            "import importlib, sys\n"
            f"for name in {modules!r}:\n"
            "    try: importlib.import_module(name)\n"
            "    except Exception: pass\n"
            "sys.stdout.write('Passord: '); sys.stdout.flush()\n"
            "import time; time.sleep(60)\n"
        )
        apps = {
            "enkel_start_s": [sys.executable, "-m", "tryggsti", "--enkel"],
            "enkel_floor_s": [sys.executable, "-c", floor_code],
            "python_pass_s": [sys.executable, "-c", "pass; print('Passord: '); input()"],
        }
        for argv in apps.values():
            until_prompt(argv, env)  # warm caches and bytecode
        times: dict[str, list[float]] = {name: [] for name in apps}
        for _ in range(rounds):
            for name, argv in apps.items():
                times[name].append(until_prompt(argv, env))
    result = {name: statistics.median(values) for name, values in times.items()}
    pairs = zip(times["enkel_start_s"], times["enkel_floor_s"], strict=True)
    result.update(ratio_of_rounds("enkel_start_ratio", [a / b for a, b in pairs]))
    result["enkel_modules_outside_tryggsti"] = float(len(modules))
    return result


def main() -> None:
    rounds = 15
    if "--rounds" in sys.argv:
        rounds = int(sys.argv[sys.argv.index("--rounds") + 1])
    result = figures(rounds)
    print(f"tryggsti --enkel til første spørsmål: {result['enkel_start_s'] * 1000:.0f} ms")
    print(f"python med de samme importene:        {result['enkel_floor_s'] * 1000:.0f} ms")
    print(f"python -c pass:                       {result['python_pass_s'] * 1000:.0f} ms")
    ratio = result["enkel_start_ratio"]
    met = "nådd" if ratio <= GOAL else "IKKE nådd"
    print(
        f"forhold: {ratio:.2f} (kvartiler {result['enkel_start_ratio_low']:.2f}–"
        f"{result['enkel_start_ratio_high']:.2f}); mål ≤ {GOAL} ({met})"
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
