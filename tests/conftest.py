"""Shared fixtures: a store on tmp_path, an app on that store, fixed language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from store.db import Store


@pytest.fixture(autouse=True)
def _isolate_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Never touch the real user data folder or depend on the machine's locale."""
    monkeypatch.setenv("LEERNET_DATA", str(tmp_path / "env-data" / "leernet.json"))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


# Figures a test wants shown at the end of the run (e.g. the crash-safety campaign).
_FIGURES: list[str] = []


@pytest.fixture
def report_figure():
    """`report_figure("one line")`: printed in the summary at the end of the test output."""
    return _FIGURES.append


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's hook
    """In the summary, just before pytest's own closing line ("N passed in …"), which CI
    reads as the verdict and so must stay last."""
    if not _FIGURES:
        return
    terminalreporter.section("figures")
    for line in _FIGURES:
        terminalreporter.write_line(line)


@pytest.fixture
def data_path(tmp_path: Path) -> Path:
    return tmp_path / "leernet.json"


@pytest.fixture
def store(data_path: Path) -> Iterator[Store]:
    opened = Store.open(data_path)
    yield opened
    opened.close()


@pytest.fixture
def make_app(store: Store):
    """Build the app on the test store; language English unless asked."""
    from tui.app import LeernetApp

    def factory(lang: str = "en", **kwargs):
        return LeernetApp(store=store, lang=lang, **kwargs)

    return factory
