"""Every file tryggsti reads goes through one guarded reader (tryggsti.safe_read, issue
30.5): a FIFO, a device, a folder or a file too big for its kind is refused at once with a
message naming it, or passed over where it is no file of ours. Each case runs the real
command in a child process with a timeout, because the old way was to wait forever."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.unit.cli_helpers import PASSPHRASE

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")


def _run(*args, stdin: str = PASSPHRASE + "\n", env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tryggsti", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,  # a wait on a FIFO ends the test here instead of never
        env=env,
    )


@pytest.fixture
def vault(tmp_path):
    path = tmp_path / "v.vault"
    done = _run("--vault", path, "init", "--passphrase-stdin")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "kanal"
    os.mkfifo(path)
    return path


def _huge(path, size=300 * 1024 * 1024):
    with open(path, "wb") as handle:  # sparse: no disk is used
        handle.truncate(size)
    return path


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder", "huge"])
def test_importer_refuses_what_is_no_export_before_making_a_vault(kind, tmp_path, fifo):
    source = {
        "fifo": fifo,
        "zero": "/dev/zero",
        "folder": tmp_path,
        "huge": tmp_path / "stor.json",
    }[kind]
    if kind == "huge":
        _huge(source)
    target = tmp_path / "ny" / "ny.vault"
    done = _run("--vault", target, "importer", source, "--passphrase-stdin",
                stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert str(source) in done.stderr and "uventet" not in done.stderr
    assert not target.parent.exists()


@pytest.mark.parametrize("kind", ["fifo", "zero", "folder"])
def test_a_vault_path_that_is_no_file_is_said_so(kind, tmp_path, fifo):
    path = {"fifo": fifo, "zero": "/dev/zero", "folder": tmp_path}[kind]
    done = _run("--vault", path, "logg", "--humør", "5", "--passphrase-stdin")
    assert done.returncode == 1, done.stderr
    assert "ikke en vanlig fil" in done.stderr and str(path) in done.stderr
    env = {**os.environ, "TRYGGSTI_VAULT": str(path)}
    done = _run("logg", "--humør", "5", "--passphrase-stdin", env=env)
    assert done.returncode == 1 and "ikke en vanlig fil" in done.stderr, done.stderr


@pytest.mark.skipif(not os.path.exists("/proc/self/environ"), reason="Linux only")
def test_a_vault_path_at_proc_environ_is_no_vault_and_not_busy():
    done = _run("--vault", "/proc/self/environ", "logg", "--humør", "5", "--passphrase-stdin")
    assert done.returncode == 3, done.stderr
    assert "skadet" in done.stderr and "allerede åpent" not in done.stderr


def test_a_fifo_or_a_huge_file_among_the_backups_is_passed_over(vault, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir(exist_ok=True)
    os.mkfifo(backups / "v-99999999T000000000000Z.vault")  # sorts as the newest
    _huge(backups / "v-99999998T000000000000Z.vault")
    for _ in range(2):
        done = _run("--vault", vault, "logg", "--humør", "5", "--passphrase-stdin")
        assert done.returncode == 0, done.stderr
    done = _run("--vault", vault, "passord", "--passphrase-stdin",
                stdin=f"{PASSPHRASE}\n{PASSPHRASE}-ny\n{PASSPHRASE}-ny\n")  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_a_fifo_as_config_toml_falls_back_to_the_defaults(fifo):
    probe = (
        "from pathlib import Path\n"
        "from tryggsti.config import load_config\n"
        f"print(load_config(Path({str(fifo)!r})))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "auto_lock_minutes=10" in done.stdout, done.stderr


def test_a_folder_as_the_homework_file_is_said_so(tmp_path):
    done = _run("lekse", "sjekk", tmp_path)
    assert done.returncode == 1, done.stderr
    assert "ikke en vanlig fil" in done.stderr and str(tmp_path) in done.stderr


def test_a_folder_named_like_a_content_file_is_said_so(tmp_path):
    (tmp_path / "topics" / "x.toml").mkdir(parents=True)
    done = _run("innhold", "sjekk", tmp_path)
    assert done.returncode == 1, done.stderr
    assert "x.toml" in done.stderr and "ikke en vanlig fil" in done.stderr


def test_the_app_s_homework_reader_refuses_a_folder_without_raising_anything_else(tmp_path):
    from tryggsti.safe_read import UnreadableFile
    from tryggsti.services.homework import read_homework_file

    with pytest.raises(UnreadableFile) as refused:
        read_homework_file(tmp_path)
    assert refused.value.reason == "not_regular"
