"""Moving to a new machine: where the vault is, what to copy, whether a copy opens;
and restoring a full JSON export into a new vault."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from tryggsti.domain.codec import PayloadError, PayloadTooNew
from tryggsti.domain.decoding import decode_vault
from tryggsti.domain.records import VaultData
from tryggsti.services.session import VaultSession
from tryggsti.strings import t
from tryggsti.vault.errors import VaultDamaged, VaultExists, VaultMissing, VaultTooNew
from tryggsti.vault.storage import backup_folder, list_backups
from tryggsti.vault.vault import read_without_writing, real_path


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
    return counts_of(_decode(payload))


def _decode(payload: bytes) -> VaultData:
    try:
        data, _migrated = decode_vault(payload)
    except PayloadTooNew as error:
        raise VaultTooNew(str(error)) from error
    except PayloadError as error:
        raise VaultDamaged(str(error)) from error
    return data


class ExportUnreadable(ValueError):
    """The file is not a full tryggsti JSON export."""


def read_export(text: str) -> VaultData:
    """The data in a full JSON export (`eksport --format json`)."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ExportUnreadable(str(error)) from error
    if not isinstance(document, dict) or "profile" not in document:
        raise ExportUnreadable("not a tryggsti export")
    document.pop("exported_at", None)
    try:
        data, _migrated = decode_vault(json.dumps(document, ensure_ascii=False).encode("utf-8"))
    except PayloadTooNew as error:
        raise VaultTooNew(str(error)) from error
    except (PayloadError, ValueError, TypeError, KeyError) as error:
        raise ExportUnreadable(str(error)) from error
    return data


def import_export(
    source_text: str, target: Path, passphrase: str, *, log_n: int | None = None
) -> tuple[VaultSession, str]:
    """A NEW vault at `target` holding the export's data; never overwrites a vault.

    Returns the open session and the recovery code to show once.
    """
    target = Path(target).expanduser()
    if target.exists():
        raise VaultExists(path=str(target))
    data = read_export(source_text)
    session, code = VaultSession.create(target, passphrase, log_n=log_n)
    session.data = data
    session.save()
    return session, code
