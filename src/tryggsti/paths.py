"""Where tryggsti finds its built-in content and keeps the user's files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "tryggsti"
VAULT_FILE_NAME = "tryggsti.vault"
VAULT_ENV = "TRYGGSTI_VAULT"


def builtin_content_root() -> Path:
    """The folder holding `nb/`: inside the wheel, or the repository root in development."""
    packaged = Path(__file__).resolve().parent / "_content"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "content"


def builtin_content_dir(language: str = "nb") -> Path:
    return builtin_content_root() / language


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_vault_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--vault` wins, then `TRYGGSTI_VAULT`, then the platform's data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(VAULT_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / VAULT_FILE_NAME
