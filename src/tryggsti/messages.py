"""Norwegian messages for the expected failures (vault, disk), shared by the CLI and the app."""

from __future__ import annotations

from tryggsti.strings import t


def message_for(error: Exception) -> str:
    from tryggsti.vault.errors import SaveFailed, VaultError

    if isinstance(error, VaultError):
        values = dict(error.values)
        if isinstance(error, SaveFailed):
            values["reason"] = t(f"errors.save_reason.{values.get('reason', 'other')}")
        return t(error.message_key, **values)
    return t("errors.unexpected_short", kind=type(error).__name__)
