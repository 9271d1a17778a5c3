"""Moving to a new machine: where the vault is, what to copy, whether a copy opens;
and restoring a full JSON export into a new vault."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from tryggsti.domain.codec import PayloadError, PayloadTooNew, encode_vault
from tryggsti.domain.decoding import decode_vault, dropped_by_reading
from tryggsti.domain.records import VaultData
from tryggsti.services.session import VaultSession
from tryggsti.strings import t
from tryggsti.vault.errors import VaultDamaged, VaultExists, VaultMissing, VaultTooNew
from tryggsti.vault.storage import backup_folder, list_backups
from tryggsti.vault.vault import Vault, read_without_writing, real_path


@dataclass(frozen=True)
class MoveFacts:
    vault: Path  # the one file to copy
    exists: bool
    size: int
    backups: Path  # optional to copy: encrypted earlier versions
    backup_count: int


@dataclass(frozen=True)
class Counts:
    checkins: int
    commitments: int
    grounding_sessions: int
    questionnaire_results: int
    topics: int
    homework: int
    plan_filled: bool
    dropped: tuple[str, ...] = ()  # fields the records do not hold (decoding.dropped_by_reading)


def move_facts(vault_path: Path) -> MoveFacts:
    vault = real_path(vault_path)
    exists = vault.is_file()
    return MoveFacts(
        vault=vault,
        exists=exists,
        size=vault.stat().st_size if exists else 0,
        backups=backup_folder(vault),
        backup_count=len(list_backups(vault)) if exists else 0,
    )


def facts_lines(path: Path) -> list[str]:
    """What `tryggsti flytt` prints and the settings' move screen shows."""
    facts = move_facts(path)
    if not facts.exists:
        return [t("move.missing", path=facts.vault), "", t("move.steps")]
    lines = [t("move.where", path=facts.vault, size=facts.size), "", t("move.steps")]
    if facts.backup_count:
        lines += ["", t("move.backups", count=facts.backup_count, path=facts.backups)]
    return lines


def counts_of(data: VaultData) -> Counts:
    return Counts(
        checkins=len(data.checkins),
        commitments=len(data.commitments),
        grounding_sessions=len(data.grounding_sessions),
        questionnaire_results=len(data.questionnaire_results),
        topics=len(data.topics),
        homework=len(data.homework),
        plan_filled=not data.safety_plan.is_empty(),
    )


def check_copy(path: Path, passphrase: str) -> Counts:
    """Open a copied vault read-only with the passphrase and count what is in it.

    Takes no lock and writes nothing, so checking a copy on a USB stick leaves it as it is.
    """
    if not Path(path).expanduser().is_file():
        raise VaultMissing(path=str(path))
    payload = read_without_writing(Path(path).expanduser(), passphrase)
    data = _decode(payload)
    return replace(counts_of(data), dropped=tuple(dropped_by_reading(payload, data)))


def _decode(payload: bytes) -> VaultData:
    try:
        data, _migrated = decode_vault(payload)
    except PayloadTooNew as error:
        raise VaultTooNew(str(error)) from error
    except PayloadError as error:
        raise VaultDamaged(str(error)) from error
    return data


class ExportUnreadable(ValueError):
    """The file is not a full tryggsti JSON export (or one with data no vault may hold)."""


def read_export(raw: bytes) -> VaultData:
    """The data in a full JSON export (`eksport --format json`), checked exactly as a
    vault's payload is (shapes, ids, numbers, nesting; older schemas migrated): what
    would not open as a vault is refused here, before any file is made."""
    try:
        data, _migrated = decode_vault(raw)
    except PayloadTooNew as error:
        raise VaultTooNew(str(error)) from error
    except PayloadError as error:
        raise ExportUnreadable(str(error)) from error
    return data


def import_export(
    data: VaultData, target: Path, passphrase: str, *, log_n: int | None = None
) -> tuple[VaultSession, str]:
    """A NEW vault at `target` holding an export's data (from `read_export`); never
    overwrites a vault. Returns the open session and the recovery code to show once.

    The payload is made before the file: a vault is created whole, or not at all."""
    target = Path(target).expanduser()
    if target.exists():
        raise VaultExists(path=str(target))
    payload = encode_vault(data)
    vault, code = Vault.create(target, passphrase, payload, log_n=log_n)
    return VaultSession(vault, data), code
