"""Redraw the pictures in the README: the app on the demo data, headless, 100x30.

    .venv/bin/python docs/screenshots.py

Writes docs/dashboard.svg and docs/journal.svg. The app runs on a throw-away copy of the
demo file, in Dutch (the language of the demo), with the date frozen on the demo's
"today" so the pictures only change when the app does.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a source checkout without installing

from textual.pilot import Pilot  # noqa: E402

from store.db import Store  # noqa: E402
from store.demo_data import copy_demo  # noqa: E402

SIZE = (100, 30)
DEMO_TODAY = date(2026, 11, 28)


class DemoDate(date):
    """`date` whose `today()` is the demo's day."""

    @classmethod
    def today(cls) -> date:  # type: ignore[override]
        return date(DEMO_TODAY.year, DEMO_TODAY.month, DEMO_TODAY.day)


def freeze_today() -> None:
    """Replace the `date` name in leernet's modules (screens call `date.today()`)."""
    import importlib
    import pkgutil

    import store
    import tui.app  # noqa: F401 - loads every screen module

    for info in pkgutil.walk_packages(store.__path__, "store."):
        importlib.import_module(info.name)
    for name, module in list(sys.modules.items()):
        if (
            name.split(".")[0] in ("screens", "store", "tui")
            and getattr(module, "date", None) is date
        ):
            module.date = DemoDate  # type: ignore[attr-defined]


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False  # type: ignore[attr-defined]
    await pilot.pause()


async def show_dashboard(pilot: Pilot) -> None:
    await settle(pilot)


async def show_journal_entry(pilot: Pilot) -> None:
    """Networks → the Cobot network → its latest session → the rendered preview."""
    from screens.journal import SessionJournalScreen

    await pilot.press("n")
    await pilot.pause()
    await pilot.press("enter")  # active networks come first: the Cobot network
    await pilot.pause()
    await pilot.press("enter")  # its newest session
    await pilot.pause()
    screen = pilot.app.screen
    if not isinstance(screen, SessionJournalScreen):
        raise RuntimeError(f"expected the journal, got {type(screen).__name__}")
    await pilot.press("shift+f6")  # from the first tab back round to the preview
    await screen.render_preview()  # now, instead of after the typing pause
    await settle(pilot)


SCENES: dict[str, Callable[[Pilot], Awaitable[None]]] = {
    "dashboard.svg": show_dashboard,
    "journal.svg": show_journal_entry,
}


async def shoot(name: str, scene: Callable[[Pilot], Awaitable[None]], folder: Path) -> None:
    from tui.app import LeernetApp

    with tempfile.TemporaryDirectory() as data_folder:
        store = Store.open(copy_demo(Path(data_folder)))
        try:
            app = LeernetApp(store=store, lang="nl", demo=True)
            async with app.run_test(size=SIZE) as pilot:
                await scene(pilot)
                app.save_screenshot(filename=name, path=str(folder))
        finally:
            store.close()
    print(f"wrote {folder / name}")


def main() -> None:
    freeze_today()
    for name, scene in SCENES.items():
        asyncio.run(shoot(name, scene, Path(__file__).parent))


if __name__ == "__main__":
    main()
