"""Settings that are not secret (theme, auto-lock, extra content), in config.toml."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tryggsti.paths import config_dir
from tryggsti.safe_read import CONFIG_BYTES, UnreadableFile, read_text_file

THEMES = ("tryggsti", "tryggsti-kontrast", "tryggsti-terminal", "tryggsti-lys")
DEFAULT_AUTO_LOCK_MINUTES = 10


@dataclass
class Config:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0 turns auto-lock off
    theme: str = THEMES[0]
    content_dirs: list[str] = field(default_factory=list)
    # Off unless the person turns it on: counting days can hurt as well as help.
    show_days_without_use: bool = False
    # «Enkel modus» at the next start (tryggsti.enkel): plain lines for screen readers.
    enkel_modus: bool = False


def config_path() -> Path:
    return config_dir() / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """The saved settings; anything missing or unreadable falls back to the defaults
    (a FIFO or a device in its place is never waited on: every command reads this)."""

    path = path or config_path()
    try:
        text = read_text_file(path, CONFIG_BYTES)
    except UnreadableFile:
        return Config()
    import tomllib  # noqa: PLC0415 (only with a file: a first start has none)

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return Config()
    config = Config()
    minutes = raw.get("auto_lock_minutes")
    if isinstance(minutes, int) and not isinstance(minutes, bool) and 0 <= minutes <= 24 * 60:
        config.auto_lock_minutes = minutes
    if raw.get("theme") in THEMES:
        config.theme = raw["theme"]
    if isinstance(raw.get("enkel_modus"), bool):
        config.enkel_modus = raw["enkel_modus"]
    if isinstance(raw.get("show_days_without_use"), bool):
        config.show_days_without_use = raw["show_days_without_use"]
    dirs = raw.get("content_dirs")
    if isinstance(dirs, list) and all(isinstance(d, str) for d in dirs):
        config.content_dirs = dirs
    return config


def save_config(config: Config, path: Path | None = None) -> None:
    import tomli_w  # noqa: PLC0415 (docs/speed.md: keeps tomli_w off the first frame)

    path = path or config_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(tomli_w.dumps(asdict(config)), encoding="utf-8")


def configured_content_dirs(config_dirs: Sequence[str], cli_dirs: Sequence[str]) -> list[Path]:
    """Extra folders from the config file, then from `--innhold`, each used once."""
    seen: dict[Path, None] = {}
    for raw in (*config_dirs, *cli_dirs):
        seen.setdefault(Path(raw).expanduser(), None)
    return list(seen)
