"""A few deterministic pictures of the app on the demo data (pytest-textual-snapshot).

Fixed terminal size, a frozen date (2026-11-28, the demo's "now"), no blinking cursor.
After an intended visual change, regenerate with
`pytest tests/test_snapshots.py --snapshot-update` and look at the new SVGs before
committing them.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot

import store as store_package
from store.db import Store
from store.demo_data import copy_demo

SIZE = (100, 30)
FROZEN_TODAY = date(2026, 11, 28)


class FrozenDate(date):
    """`date` whose `today()` is the demo's day; everything else is the real `date`."""

    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return date(FROZEN_TODAY.year, FROZEN_TODAY.month, FROZEN_TODAY.day)


def freeze_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every `date` name imported by leernet's own modules at FrozenDate.

    Screens and store rules call `date.today()` where they need "now"; replacing the
    module-level name keeps every other use of `date` (construction, isinstance) intact.
    """
    import tui.app  # noqa: F401 - loads every screen module

    for info in pkgutil.walk_packages(store_package.__path__, "store."):
        importlib.import_module(info.name)  # store modules some screens import late

    for name, module in list(sys.modules.items()):
        if (
            name.split(".")[0] in ("screens", "store", "tui")
            and getattr(module, "date", None) is date
        ):
            monkeypatch.setattr(module, "date", FrozenDate)


@pytest.fixture
def demo_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The app on a fresh copy of the demo data, in Dutch, with the date frozen."""
    freeze_today(monkeypatch)
    from tui.app import LeernetApp

    opened = Store.open(copy_demo(tmp_path))
    yield LeernetApp(store=opened, lang="nl")
    opened.close()


async def steady(pilot: Pilot) -> None:
    """No blinking cursors and no pending work before the picture is taken."""
    await pilot.pause()
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]
    await pilot.pause()


def test_dashboard(snap_compare, demo_app) -> None:
    assert snap_compare(demo_app, terminal_size=SIZE, run_before=steady)


def test_selfcheck_result(snap_compare, demo_app) -> None:
    async def open_latest_take(pilot: Pilot) -> None:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")  # the history lists the newest take first
        await steady(pilot)
        assert type(pilot.app.screen).__name__ == "SelfCheckResultScreen"

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=open_latest_take)


def test_journal_entry(snap_compare, demo_app) -> None:
    """The latest session of the Cobot network, on the rendered preview tab."""

    async def open_latest_session(pilot: Pilot) -> None:
        from screens.journal import SessionJournalScreen

        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")  # active networks first: the Cobot network
        await pilot.pause()
        await pilot.press("enter")  # its newest session
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, SessionJournalScreen)
        await pilot.press("shift+f6")  # round to the last tab, the preview
        await screen.render_preview()  # now, not after the typing pause
        await steady(pilot)

    assert snap_compare(demo_app, terminal_size=SIZE, run_before=open_latest_session)
