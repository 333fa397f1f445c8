"""Running `leernet` as a subprocess in tests, and the one-sentence error check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def leernet(*args: str, env_data: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if env_data is not None:
        env["LEERNET_DATA"] = str(env_data)
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


def assert_one_sentence_error(result: subprocess.CompletedProcess[str]) -> str:
    """Exit 2, no traceback, exactly one line starting `leernet: `; returns that line."""
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("leernet: ")
    return lines[0]
