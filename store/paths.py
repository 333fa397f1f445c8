"""Where the data file lives: `--data` wins, then $LEERNET_DATA, then the user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_VAR = "LEERNET_DATA"
FILE_NAME = "leernet.json"


def default_data_path() -> Path:
    """`leernet.json` in the platform's user data folder (not created here)."""
    return user_data_path("leernet", appauthor=False) / FILE_NAME


def resolve_data_path(cli_path: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data file by precedence: command line, environment, platform default."""
    if cli_path:
        return Path(cli_path).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return default_data_path()


def backups_dir(data_path: Path) -> Path:
    """Backups live in `backups/` beside the data file."""
    return data_path.parent / "backups"


def drafts_path(data_path: Path) -> Path:
    """Drafts live in a small file of their own so typing never rewrites the big one."""
    return data_path.with_name(data_path.stem + ".drafts.json")
