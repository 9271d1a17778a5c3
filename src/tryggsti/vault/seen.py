"""What tryggsti last saw of each vault, kept outside it, to notice a copy put back.

Nothing secret is kept here: per vault path the highest generation seen (how many saves
came before it), and the ids of the data keys a passphrase change retired. A key id is
a keyed hash of the data key (vault.key_id_for): it names the key without revealing it.
Anyone who can write this file can also delete it, so it can only warn, never protect;
see docs/vault-format.md («Rollback»).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_state_dir

STATE_FILE_NAME = "seen-vaults.json"
MAX_STATE_BYTES = 256 * 1024
RETIRED_KEPT = 200  # ids of retired data keys kept, newest last

GENERATION_BACK = "generation_back"
RETIRED_KEY = "retired_key"

# Told when a vault opens older than one seen before (GENERATION_BACK or RETIRED_KEY);
# the command line sets it to print the warning, the app reads Vault.rollback instead.
_listener: Callable[[str], None] | None = None


def set_unlock_warning_listener(listener: Callable[[str], None] | None) -> None:
    global _listener
    _listener = listener


def tell_listener(kind: str) -> None:
    if _listener is not None:
        _listener(kind)


def default_state_path() -> Path:
    return Path(user_state_dir("tryggsti", appauthor=False)) / STATE_FILE_NAME


class SeenVaults:
    """The state file: read whole, changed, written whole (it holds a few hundred bytes).

    A missing, unreadable or garbled file counts as empty: it must never stand between
    a person and their vault. Writing fails silently for the same reason.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_state_path()

    def _load(self) -> dict:
        try:
            # Non-blocking, then regular files only: a FIFO planted here must not hang.
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            return {}
        try:
            with os.fdopen(fd, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    return {}
                raw = handle.read(MAX_STATE_BYTES + 1)
        except OSError:
            return {}
        if len(raw) > MAX_STATE_BYTES:
            return {}
        try:
            state = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError):
            return {}
        return state if isinstance(state, dict) else {}

    def _store(self, state: dict) -> None:
        data = json.dumps(state, sort_keys=True, indent=1).encode("utf-8")
        temp_name = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(prefix=".seen-", dir=self.path.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp_name, self.path)
            temp_name = None
        except OSError:
            return
        finally:
            if temp_name is not None:
                with contextlib.suppress(OSError):
                    os.unlink(temp_name)

    def _vaults(self, state: dict) -> dict:
        vaults = state.get("vaults")
        if not isinstance(vaults, dict):
            vaults = state["vaults"] = {}
        return vaults

    def _retired(self, state: dict) -> list:
        retired = state.get("retired_key_ids")
        if not isinstance(retired, list):
            retired = state["retired_key_ids"] = []
        return retired

    def _generation_in(self, state: dict, vault_path: Path) -> int | None:
        entry = self._vaults(state).get(str(vault_path))
        generation = entry.get("generation") if isinstance(entry, dict) else None
        if not isinstance(generation, int) or isinstance(generation, bool):
            return None
        return generation

    def last_generation(self, vault_path: Path) -> int | None:
        return self._generation_in(self._load(), vault_path)

    def opened(self, vault_path: Path, generation: int, key_id: str) -> tuple[str | None, int]:
        """A vault file was opened: compare it with what was seen, and remember it.

        Returns RETIRED_KEY or GENERATION_BACK when the file is older than one seen
        before (else None), and the highest generation seen, this one included.
        """
        state = self._load()
        last = self._generation_in(state, vault_path)
        warning = None
        if key_id in self._retired(state):
            warning = RETIRED_KEY
        elif last is not None and generation < last:
            warning = GENERATION_BACK
        self._remember(state, vault_path, generation, last)
        return warning, max(generation, last if last is not None else 0)

    def saw(self, vault_path: Path, generation: int) -> None:
        """Remember `generation`, never lowering what was seen before."""
        state = self._load()
        self._remember(state, vault_path, generation, self._generation_in(state, vault_path))

    def _remember(self, state: dict, vault_path: Path, generation: int, last: int | None) -> None:
        if last is not None and last >= generation:
            return  # nothing new: no write
        self._vaults(state)[str(vault_path)] = {"generation": generation}
        self._store(state)

    def retire(self, key_id: str) -> None:
        """A passphrase change made `key_id` old: a file under it is a copy from before."""
        state = self._load()
        retired = self._retired(state)
        if key_id in retired:
            return
        retired.append(key_id)
        del retired[:-RETIRED_KEPT]
        self._store(state)
