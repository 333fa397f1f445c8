"""Child programs for the benchmarks: each runs in its own process, started by run.py.

    python benchmarks/probes.py start-leernet DATA [--no-snapshot]
                                                       dashboard painted, headless
    python benchmarks/probes.py start-floor            a minimal Textual app, first screen
    python benchmarks/probes.py save DATA COUNT        COUNT saves of one session, in-process
    python benchmarks/probes.py type DATA CHARS        Pilot types CHARS characters into a new reflection

Each prints one JSON object on its last stdout line. The start probes print the
`time.monotonic()` at which the first screen was painted (the clock is system-wide, so
the parent subtracts its own spawn time) and leave with `os._exit`, because what a
process does after its first screen is not part of starting. The save and type probes
time only the work itself, in-process.

Pilot waits for the app to go idle after every key (`wait_for_idle` sleeps in steps of a
few milliseconds), so the wall time of typing is mostly Pilot's own sleeping and nearly
the same whatever the app does. The typing probe therefore also reports the process's
CPU time while typing: the work the app does per key, which is what grows with the data.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# What the typing probe types: Dutch with accents and punctuation.
TYPED_TEXT = (
    "Vandaag leerde ik hoe een collega één moeilijk gesprek aanpakte; "
    "dat wil ik ook proberen in ons teamoverleg. Geïnteresseerd? Zeker! "
)


def emit(result: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()


def leave(result: dict[str, Any]) -> None:
    """Report and stop at once (no teardown: it is not part of what is measured)."""
    emit(result)
    sys.stderr.flush()
    os._exit(0)


# -- start -------------------------------------------------------------------------


async def start_leernet(data: Path, *, snapshot: bool = True) -> None:
    """Phases (monotonic): `imported` the app's code, `opened` the data, `painted`, and
    `ready` (the data loaded: after the paint when the start snapshot was used).
    `snapshot=False` removes the start snapshot first: a first start, or one after the
    file was changed by something else."""
    if not snapshot:
        from store.start_snapshot import snapshot_path

        snapshot_path(data).unlink(missing_ok=True)
    from screens.dashboard import DashboardScreen
    from tui.app import make_app

    imported = time.monotonic()
    app = make_app(data, "nl")
    opened = time.monotonic()
    async with app.run_test(size=(80, 24)):
        # The dashboard's lines are filled on mount; then the next refresh paints them.
        while not _dashboard_filled(app, DashboardScreen):
            await asyncio.sleep(0.001)
        painted = asyncio.Event()
        app.screen.call_after_refresh(painted.set)
        await painted.wait()
        painted_at = time.monotonic()
        deferred = not app.store.loaded
        # Started from the snapshot, the data loads right after the first paint; wait for
        # it, so the process's peak memory includes the data like any start does.
        while getattr(app, "snapshot", None) is not None:
            await asyncio.sleep(0.005)
        leave(
            {
                "painted": painted_at,
                "ready": time.monotonic(),
                "imported": imported,
                "opened": opened,
                "screen": type(app.screen).__name__,
                "deferred": deferred,
            }
        )


def _dashboard_filled(app: Any, dashboard: type) -> bool:
    if not isinstance(app.screen, dashboard):
        return False
    from textual.widgets import OptionList

    return app.screen.query_one("#dashboard-items", OptionList).option_count > 0


async def start_floor() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class FloorApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("leernet benchmark floor")

    imported = time.monotonic()
    app = FloorApp()
    async with app.run_test(size=(80, 24)):
        # Its one line is there from compose; the next refresh paints it.
        painted = asyncio.Event()
        app.screen.call_after_refresh(painted.set)
        await painted.wait()
        now = time.monotonic()
        leave({"painted": now, "imported": imported, "opened": imported, "screen": "FloorApp"})


# -- save --------------------------------------------------------------------------


def save(data: Path, count: int) -> None:
    """Save one existing session `count` times (its reflection changed each time)."""
    from store.db import Store

    started = time.perf_counter()
    store = Store.open(data)
    opened_ms = (time.perf_counter() - started) * 1000
    sessions = store.sessions()
    if sessions:
        session = sessions[len(sessions) // 2]
    else:
        from store.models import Session

        session = store.save_session(Session(topic="benchmark"))
    timings = []
    for index in range(count):
        session.learned = f"{TYPED_TEXT} ({index})"
        began = time.perf_counter()
        session = store.save_session(session)
        timings.append((time.perf_counter() - began) * 1000)
    store.close()
    emit(
        {
            "open_ms": opened_ms,
            "median_ms": statistics.median(timings),
            "min_ms": min(timings),
            "max_ms": max(timings),
            "sessions": len(sessions),
        }
    )


# -- typing ------------------------------------------------------------------------


async def type_reflection(data: Path, chars: int) -> None:
    """Open the journal on a new session of the last network; type `chars` characters."""
    from textual.widgets import TextArea

    from tui.app import make_app

    app = make_app(data, "nl")
    text = (TYPED_TEXT * (chars // len(TYPED_TEXT) + 1))[:chars]
    keys = [_key_for(char) for char in text]
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen_name = await _open_journal(app, pilot)
        area = _reflection_area(app.screen.query(TextArea))
        await _show_tab_of(area, pilot)
        area.focus()
        await pilot.pause()
        before = area.text
        began, cpu_began = time.perf_counter(), time.process_time()
        await pilot.press(*keys)
        await pilot.pause()
        elapsed_ms = (time.perf_counter() - began) * 1000
        cpu_ms = (time.process_time() - cpu_began) * 1000
        typed = len(area.text) - len(before)
        emit({"ms": elapsed_ms, "cpu_ms": cpu_ms, "typed": typed, "screen": screen_name})
        app.exit()
    app.store.close()


def _key_for(char: str) -> str:
    # Pilot takes key names; printable characters are their own name except these.
    names = {" ": "space", "\n": "enter", ";": "semicolon", "?": "question_mark"}
    names.update({"!": "exclamation_mark", ".": "full_stop", ",": "comma"})
    return names.get(char, char)


async def _open_journal(app: Any, pilot: Any) -> str:
    """The journal screen if it exists; until it lands, a TextArea on a minimal screen."""
    try:
        from screens.journal import SessionJournalScreen
    except ImportError:
        SessionJournalScreen = None  # noqa: N806 - a class, or None
    store = app.store
    if SessionJournalScreen is not None:
        networks = store.networks()
        if not networks:
            from store.models import Network

            networks = [store.save_network(Network(name="Benchmark"))]
        # A new session in both cases (the same screen, the same empty fields): what
        # differs is only the data behind it.
        await app.push_screen(SessionJournalScreen(networks[-1].id, None))
        await pilot.pause()
        return "SessionJournalScreen"
    from textual.screen import Screen
    from textual.widgets import Footer, Header, TextArea

    class MinimalReflectionScreen(Screen[None]):
        def compose(self) -> Any:
            yield Header()
            yield TextArea(id="learned")
            yield Footer()

    await app.push_screen(MinimalReflectionScreen())
    await pilot.pause()
    return "MinimalReflectionScreen"


async def _show_tab_of(widget: Any, pilot: Any) -> None:
    """Bring the widget's tab to the front, as a person would before typing in it."""
    from textual.widgets import TabbedContent, TabPane

    pane = next((node for node in widget.ancestors if isinstance(node, TabPane)), None)
    tabs = next((node for node in widget.ancestors if isinstance(node, TabbedContent)), None)
    if pane is not None and tabs is not None and pane.id:
        tabs.active = pane.id
        await pilot.pause()


def _reflection_area(areas: Any) -> Any:
    items = list(areas)
    for area in items:
        if area.id and "learned" in area.id:
            return area
    return items[0]


def main(argv: list[str]) -> int:
    name, *rest = argv
    if name == "start-leernet":
        asyncio.run(start_leernet(Path(rest[0]), snapshot="--no-snapshot" not in rest))
    elif name == "start-floor":
        asyncio.run(start_floor())
    elif name == "save":
        save(Path(rest[0]), int(rest[1]))
    elif name == "type":
        asyncio.run(type_reflection(Path(rest[0]), int(rest[1])))
    else:
        print(f"unknown probe {name}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
