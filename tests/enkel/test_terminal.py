"""«Enkel modus» at a real terminal (a pseudo-terminal driven by pexpect): secrets are
read without echo, help works at every kind of prompt, and Ctrl+D and Ctrl+C end the run
with a line that says so and the documented exit code (0, and 130 for Ctrl+C)."""

from __future__ import annotations

import os
import re
import sys
import time

import pytest

from tests.enkel.test_walks import FLOWS
from tests.enkel.walks import CRISIS_HEADING, FORBIDDEN, PASSPHRASE, make_vault

pexpect = pytest.importorskip("pexpect")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pty")

GOODBYE = "Appen er avsluttet. Alt er lagret."


def spawn(vault, monkeypatch):
    monkeypatch.delenv("TRYGGSTI_ENKEL")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tryggsti", "--enkel", "--vault", str(vault)],
        encoding="utf-8",
        timeout=30,
        dimensions=(24, 80),
    )
    child.logfile_read = transcript = _Log()
    return child, transcript


class _Log:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def flush(self) -> None:
        pass

    @property
    def text(self) -> str:
        return "".join(self.parts)


def assert_plain(text: str) -> None:
    assert "\x1b" not in text
    assert "\b" not in text
    assert not re.search("\r(?!\n)", text), "a bare carriage return"
    assert not FORBIDDEN.search(text)


def test_first_run_at_a_terminal(tmp_path, monkeypatch):
    child, log = spawn(tmp_path / "ny.vault", monkeypatch)
    child.expect_exact("Passord (minst 8 tegn): ")
    child.sendline("h")  # help at a secret prompt too, and the same prompt again
    child.expect_exact(CRISIS_HEADING)
    child.expect_exact("Passord (minst 8 tegn): ")
    child.sendline(PASSPHRASE)
    child.expect_exact("Skriv passordet en gang til: ")
    child.sendline(PASSPHRASE)
    child.expect(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){6})")
    code = child.match.group(1)
    child.expect_exact("Velg: ")
    child.sendline("1")
    for _ in range(7):
        child.expect_exact("Trykk Enter for å gå videre: ")
        child.sendline("")
    child.expect_exact("Velg: ")
    child.sendline("3")
    child.expect_exact("ned: ")
    child.sendline(code.replace("-", "")[-4:])
    child.expect_exact("\nHjem")
    child.expect_exact("Velg: ")
    child.sendline("113")
    child.expect_exact(CRISIS_HEADING)
    child.expect_exact("Velg: ")
    child.sendeof()
    child.expect_exact(GOODBYE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert PASSPHRASE not in log.text  # never echoed
    assert code.replace("-", "")[-4:] + "\r\n" not in log.text.split(code)[-1]
    assert_plain(log.text)


def test_ctrl_c_in_a_check_in_saves_and_exits_with_130(tmp_path, monkeypatch):
    from tryggsti.services.session import VaultSession

    vault = tmp_path / "v.vault"
    make_vault(vault)
    child, log = spawn(vault, monkeypatch)
    child.expect_exact("Passord: ")
    child.sendline(PASSPHRASE)
    child.expect_exact("Velg: ")
    child.sendline("i")
    child.expect_exact("(Enter hopper over): ")
    child.sendline("3")
    child.expect_exact("(Enter hopper over): ")
    child.sendline("hjelp")
    child.expect_exact(CRISIS_HEADING)
    child.expect_exact("(Enter hopper over): ")
    child.sendintr()
    child.expect_exact(GOODBYE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert_plain(log.text.replace("^C", ""))
    with VaultSession.unlock(vault, PASSPHRASE) as session:
        assert [c.mood for c in session.data.checkins] == [3]


def test_lock_and_unlock_again_at_a_terminal(tmp_path, monkeypatch):
    vault = tmp_path / "v.vault"
    make_vault(vault)
    child, log = spawn(vault, monkeypatch)
    child.expect_exact("Passord: ")
    child.sendline(PASSPHRASE)
    child.expect_exact("Velg: ")
    child.sendline("lås")
    child.expect_exact("Hvelvet er låst.")
    child.expect_exact("Passord: ")
    child.sendline(PASSPHRASE)
    child.expect_exact("Velg: ")
    child.sendline("q")
    child.expect_exact(GOODBYE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert PASSPHRASE not in log.text
    assert_plain(log.text)


def _answer_at_each_prompt(child, answers: list[str]) -> None:
    """Each answer once its prompt is written (output ends in «: » and stops): getpass
    throws away what is typed before it asks, as a terminal does."""
    for answer in answers:
        seen = ""
        deadline = time.monotonic() + 30
        while True:
            try:
                seen += child.read_nonblocking(65536, timeout=0.15)
            except pexpect.TIMEOUT:
                if seen.endswith(": "):
                    break
                assert time.monotonic() < deadline, f"no prompt for {answer!r}: {seen[-300:]!r}"
        child.sendline(answer)


@pytest.mark.parametrize("name", sorted(FLOWS))
def test_each_flow_at_a_terminal(tmp_path, monkeypatch, name):
    """The walks of test_walks.py, typed at a real terminal."""
    vault = tmp_path / "v.vault"
    make_vault(vault, with_plan=True)
    child, log = spawn(vault, monkeypatch)
    _answer_at_each_prompt(child, [PASSPHRASE, *FLOWS[name]])
    child.expect_exact(GOODBYE)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, log.text[-2000:]
    assert PASSPHRASE not in log.text
    assert_plain(log.text)


def test_a_dumb_terminal_gets_enkel_modus_by_itself(tmp_path, monkeypatch):
    """`tryggsti` with no arguments at TERM=dumb: one line says why, and how to get the
    full app; nothing else differs."""
    monkeypatch.delenv("TRYGGSTI_ENKEL")
    vault = tmp_path / "v.vault"
    make_vault(vault)
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tryggsti", "--vault", str(vault)],
        encoding="utf-8",
        timeout=30,
        env={**os.environ, "TERM": "dumb"},
    )
    child.logfile_read = log = _Log()
    child.expect_exact("tryggsti --full")
    child.expect_exact("Passord: ")
    child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert_plain(log.text)
