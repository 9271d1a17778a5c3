"""Walking «enkel modus» with typed answers: in-process with a fixed clock (the golden
transcripts), and the checks every transcript must pass."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

PASSPHRASE = "ugle-kaffe-58"
NEW_PASSPHRASE = "en helt ny sti 456"
CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345"
# A Tuesday in March, 14:00 Norwegian time: every line's «åpen nå» is the same each run.
NOW = datetime(2026, 3, 3, 14, 0, tzinfo=timezone(timedelta(hours=1)))
CRISIS_HEADING = "Trenger du hjelp nå?"

# Box drawing and blocks; dingbats and symbols shown as emoji; emoji.
FORBIDDEN = re.compile("[\u2500-\u259f\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]")
MENU_LINE = re.compile(r"^(\d+)\. \S")


@dataclass
class Walk:
    code: int
    out: str


def fixed_code(monkeypatch) -> None:
    from tryggsti.vault import recovery

    monkeypatch.setattr(recovery, "new_code", lambda *a, **k: CODE)


def make_vault(path: Path, *, with_plan: bool = False) -> None:
    from tryggsti.domain.records import Contact
    from tryggsti.services.session import VaultSession

    session, _ = VaultSession.create(path, PASSPHRASE, clock=lambda: NOW - timedelta(days=3))
    with session:
        if with_plan:
            plan = session.data.safety_plan
            plan.warning_signs = ["Jeg slutter å svare på meldinger"]
            plan.help_contacts = [Contact(name="Søsteren min", phone="900 00 000")]
            session.save()


def walk(vault: Path, answers: list[str], *, clock=lambda: NOW, config=None) -> Walk:
    from tryggsti.enkel.app import EnkelApp
    from tryggsti.enkel.output import Reader, Terminal

    out = io.StringIO()
    stdin = io.StringIO("".join(f"{answer}\n" for answer in answers))
    terminal = Terminal(out, Reader(stdin), interactive=False)
    app = EnkelApp(vault_path=vault, terminal=terminal, clock=clock, config=config)
    code = app.run(said_why="flag")
    return Walk(code, out.getvalue())


def with_help_everywhere(answers: list[str]) -> list[str]:
    """The same answers, each after an `h` at the same prompt."""
    return [typed for answer in answers for typed in ("h", answer)]


def problems(text: str) -> list[str]:
    """What breaks the printing rules in a transcript."""
    found = []
    if "\x1b" in text:
        found.append("escape byte")
    if re.search("\r(?!\n)", text) or "\b" in text:
        found.append("bare carriage return or backspace")
    if FORBIDDEN.search(text):
        found.append(f"forbidden character {FORBIDDEN.search(text)[0]!r}")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        match = MENU_LINE.match(line)
        before = MENU_LINE.match(lines[index - 1]) if index > 0 else None
        if match and before is None and match[1] != "1":
            found.append(f"a menu that starts at {match[1]}: {line}")
        if match and before is not None and int(match[1]) != int(before[1]) + 1:
            found.append(f"a menu out of order at: {line}")
    return found
