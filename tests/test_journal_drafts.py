"""Nothing typed is lost: the journal's draft survives leaving, closing and a SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from screens.draft_restore import DraftRestoreModal
from screens.journal import SessionJournalScreen
from store.db import Store
from store.drafts import DraftStore
from store.models import Network, Session
from store.paths import drafts_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _fast_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SessionJournalScreen, "DRAFT_DELAY", 0.2)
    monkeypatch.setattr(SessionJournalScreen, "PREVIEW_DELAY", 0.05)


def drafts_of(store: Store) -> DraftStore:
    return DraftStore(drafts_path(store.path))


async def test_draft_is_written_after_a_pause_and_offered_back(
    store: Store, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = store.save_network(Network(name="N"))
    key = f"new-session:{network.id}"
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        screen = app.screen
        screen.query_one("#s-learned", TextArea).text = "Half a thought"
        await pilot.press("ctrl+t")
        await pilot.pause()
        await pilot.press(*"An action")
        await pilot.pause(0.5)
        draft = drafts_of(store).load(key)
        assert draft is not None and draft["fields"]["s-learned"] == "Half a thought"
        assert os.stat(drafts_of(store).path).st_mode & 0o777 == 0o600
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, SessionJournalScreen)
        assert any("draft is kept" in n.message for n in app._notifications)
        assert store.sessions() == []

        # Reopen: the draft is offered; restore brings text and the action row back.
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DraftRestoreModal)
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionJournalScreen)
        assert screen.query_one("#s-learned", TextArea).text == "Half a thought"
        assert [w.value for w in screen.query(".action-text")] == ["An action"]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert drafts_of(store).keys() == []  # saving discards the draft
    [saved] = store.sessions()
    assert saved.learned == "Half a thought"
    assert [a.text for a in saved.actions] == ["An action"]


async def test_discarding_a_draft_shows_what_is_saved(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    session = store.save_session(Session(network_id=network.id, number=1, topic="Saved"))
    drafts_of(store).save(
        f"session:{session.id}",
        {"version": 1, "fields": {"s-topic": "Unsaved"}, "actions": [], "carried": []},
    )
    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id, session.id))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, DraftRestoreModal)
        await pilot.press("x")
        await pilot.pause()
        assert app.screen.query_one("#s-topic", Input).value == "Saved"
        assert drafts_of(store).keys() == []
        await pilot.press("escape")
        await pilot.pause()
        assert not any("concept blijft" in n.message for n in app._notifications)


async def test_a_draft_equal_to_the_saved_entry_is_not_offered(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    session = store.save_session(Session(network_id=network.id, number=1, topic="Same"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id, session.id))
        await pilot.pause()
        screen = app.screen
        screen.query_one("#s-topic", Input).value = "Other"
        await pilot.pause(0.4)
        assert drafts_of(store).keys() == [f"session:{session.id}"]
        screen.query_one("#s-topic", Input).value = "Same"  # typed back to what is saved
        await pilot.pause(0.4)
        assert drafts_of(store).keys() == []


async def test_a_broken_drafts_file_never_breaks_the_journal(store: Store, make_app) -> None:
    network = store.save_network(Network(name="N"))
    drafts_of(store).save(
        f"new-session:{network.id}",
        {
            "fields": {"s-topic": 42, "act-status-x": "nonsense", "s-evaluation": 99, "#bad": 1},
            "actions": ["ok-key", "bad key!", 7],
        },
    )
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionJournalScreen)
        assert screen.query_one("#s-topic", Input).value == ""
        assert [w.id for w in screen.query(".action-text")] == ["act-text-ok-key"]


CHILD = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path
    from store.db import Store
    from store.drafts import DraftStore
    from store.paths import drafts_path
    from screens.journal import SessionJournalScreen
    from tui.app import LeernetApp

    async def main(path: Path, key: str) -> None:
        store = Store.open(path)
        app = LeernetApp(store=store, lang="nl")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("n")          # networks
            await pilot.pause()
            await pilot.press("enter")      # the network
            await pilot.pause()
            await pilot.press("n")          # new session
            await pilot.pause()
            await pilot.pause()
            assert isinstance(app.screen, SessionJournalScreen)
            await pilot.press("f6")         # Reflection
            await pilot.pause()
            await pilot.press(*"Getypt vlak voor de crash")
            drafts = DraftStore(drafts_path(path))
            for _ in range(200):
                await pilot.pause(0.05)
                if "Getypt vlak voor de crash" in str(drafts.load(key)):
                    break
            print("READY", flush=True)
            await asyncio.sleep(120)        # killed here, never saved

    asyncio.run(main(Path(sys.argv[1]), sys.argv[2]))
    """
)


def test_draft_survives_sigkill(data_path: Path) -> None:
    with Store.open(data_path) as store:
        network = store.save_network(Network(name="Kill test"))
    key = f"new-session:{network.id}"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_path), key],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        line = ""
        while time.monotonic() < deadline and "READY" not in line:
            line = child.stdout.readline()
            if not line and child.poll() is not None:
                pytest.fail(f"child ended early: {child.stderr.read()}")
        assert "READY" in line
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL

    # Reopen after the kill: the lock is free, nothing was saved, the draft is there.
    import asyncio

    from tui.app import LeernetApp

    async def reopen() -> None:
        with Store.open(data_path) as store:
            assert store.sessions() == []
            app = LeernetApp(store=store, lang="en")
            async with app.run_test(size=(80, 24)) as pilot:
                await app.push_screen(SessionJournalScreen(network.id))
                await pilot.pause()
                await pilot.pause()
                assert isinstance(app.screen, DraftRestoreModal)
                await pilot.press("r")
                await pilot.pause()
                text = app.screen.query_one("#s-what-happened", TextArea).text
                assert text == "Getypt vlak voor de crash"
                await pilot.press("ctrl+s")
                await pilot.pause()
            [saved] = store.sessions()
            assert saved.what_happened == "Getypt vlak voor de crash"
            assert DraftStore(drafts_path(data_path)).keys() == []

    asyncio.run(reopen())


async def test_quitting_right_after_typing_keeps_the_draft(
    store: Store, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SessionJournalScreen, "DRAFT_DELAY", 30.0)  # never by the timer
    network = store.save_network(Network(name="N"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        app.screen.query_one("#s-topic", Input).value = "Typed just now"
        await pilot.press("ctrl+q")
        await pilot.pause()
    draft = drafts_of(store).load(f"new-session:{network.id}")
    assert draft is not None and draft["fields"]["s-topic"] == "Typed just now"
