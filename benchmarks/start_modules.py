"""The modules each way of starting tryggsti loads: the app to its first frame (the unlock
screen), `logg`, `--version` and `innhold sjekk`. Not a test: it only reports.

    uv run python benchmarks/start_modules.py [--save FILE | --compare FILE]

A deferred import (docs/speed.md, «Function-local imports») is worth keeping only where it
keeps a module off one of these lists. Save the lists before moving imports to the top,
compare after: what a start loads anew is what the move costs (then count its instructions
with benchmarks/startup.py's instruction_figures).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import PASSPHRASE, make_vault  # noqa: E402
from startup import TRYGGSTI_SHOWS, _set_up, _until_exit  # noqa: E402

# Runs a script and writes the names in sys.modules when it ends: first_frame.py ends
# with os._exit (no atexit), the command line by returning.
_DUMP = """
import atexit, os, runpy, sys
out = os.environ["START_MODULES_TO"]
def dump():
    with open(out, "w", encoding="utf-8") as handle:
        handle.write("\\n".join(sorted(sys.modules)))
end = os._exit
os._exit = lambda code: (dump(), end(code))
atexit.register(dump)
if sys.argv[1] == "cli":
    from tryggsti.cli import main
    sys.exit(main(sys.argv[2:]))
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _modules(argv: list[str], env: dict[str, str], out: Path, stdin: str = "") -> list[str]:
    env = {**env, "START_MODULES_TO": str(out)}
    if argv[0] == "cli":
        command = [sys.executable, "-c", _DUMP, *argv]
        subprocess.run(command, env=env, input=stdin, text=True, capture_output=True, check=False)
    else:
        _until_exit([sys.executable, "-c", _DUMP, *argv], env)
    return out.read_text(encoding="utf-8").split()


def start_modules() -> dict[str, list[str]]:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        env = _set_up(here, None)
        vault, _ = make_vault(here, years=1)
        frame = str(HERE / "first_frame.py")
        first_frame = [frame, TRYGGSTI_SHOWS.decode(), "tryggsti"]
        _modules(first_frame, env, here / "warm.txt")  # writes bytecode and kept copies
        logg = ["cli", "--vault", str(vault), "logg", "--passphrase-stdin", "--humør", "5"]
        return {
            "first_frame": _modules(first_frame, env, here / "first_frame.txt"),
            "logg": _modules(logg, env, here / "logg.txt", stdin=PASSPHRASE + "\n"),
            "version": _modules(["cli", "--version"], env, here / "version.txt"),
            "innhold": _modules(["cli", "innhold", "sjekk"], env, here / "innhold.txt"),
        }


def main() -> None:
    found = start_modules()
    if "--save" in sys.argv:
        Path(sys.argv[sys.argv.index("--save") + 1]).write_text(json.dumps(found, indent=1))
    before = None
    if "--compare" in sys.argv:
        before = json.loads(Path(sys.argv[sys.argv.index("--compare") + 1]).read_text())
    for path, names in found.items():
        ours = sum(name.startswith("tryggsti") for name in names)
        print(f"{path}: {len(names)} modules, {ours} of tryggsti")
        if before is not None:
            added = sorted(set(names) - set(before[path]))
            gone = sorted(set(before[path]) - set(names))
            print(f"  new: {' '.join(added) or '-'}")
            print(f"  no longer: {' '.join(gone) or '-'}")


if __name__ == "__main__":
    main()
