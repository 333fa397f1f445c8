"""Data path precedence: --data, then $LEERNET_DATA, then the platform folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.paths import default_data_path, resolve_data_path


def test_cli_wins_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LEERNET_DATA", str(tmp_path / "env.json"))
    assert resolve_data_path(str(tmp_path / "cli.json")) == tmp_path / "cli.json"


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LEERNET_DATA", str(tmp_path / "env.json"))
    assert resolve_data_path(None) == tmp_path / "env.json"


def test_default_is_in_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LEERNET_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    path = resolve_data_path(None)
    assert path == default_data_path()
    assert path.name == "leernet.json"
    assert "leernet" in path.parent.name


def test_blank_environment_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEERNET_DATA", "  ")
    assert resolve_data_path(None) == default_data_path()
