"""Norwegian messages for the expected failures (vault, disk), shared by the CLI and the app."""

from __future__ import annotations

from tryggsti.strings import t
from tryggsti.vault.errors import SaveFailed, VaultError

SAVE_REASONS = ("disk_full", "read_only", "no_access", "other")


def message_for(error: Exception) -> str:
    if isinstance(error, VaultError):
        values = dict(error.values)
        if isinstance(error, SaveFailed):
            reason = values.get("reason", "other")
            if reason not in SAVE_REASONS:
                reason = "other"  # an OS message is never shown raw, nor a missing key
            values["reason"] = t(f"errors.save_reason.{reason}")
        return t(error.message_key, **values)
    return t("errors.unexpected_short", kind=type(error).__name__)
