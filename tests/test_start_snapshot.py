"""The start snapshot: the dashboard paints from it, the data loads after the first paint.

A snapshot is used only when it describes the data file exactly as it is (stamp) and was
made today; otherwise the app starts the normal way. A deferred store reads the file the
first time anything needs it, or on the dashboard's worker; both threads get one parse.
"""

from __future__ import annotations

import os
import threading
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest
from textual.widgets import OptionList

from store.db import Store
from store.models import ActionItem, Feedback, Network, SelfCheckTake, Session, Settings
from store.overview import build_overview
from store.selfcheck import STATEMENT_KEYS
from store.start_snapshot import (
    overview_from_doc,
    overview_to_doc,
    read_snapshot,
    snapshot_bytes,
    snapshot_path,
    write_snapshot,
)
from tui.app import make_app

TODAY = date.today()


def _fill(store: Store) -> None:
    network = store.save_network(
        Network(name="Teamleiders [textiel]", start=TODAY - timedelta(weeks=5), cadence_weeks=2)
    )
    store.save_network(Network(name="Oud netwerk", status="closed"))
    store.save_session(
        Session(
            network_id=network.id,
            number=1,
            date=TODAY - timedelta(weeks=3),
            topic="Casus één",
            actions=[ActionItem(text="Toolbox")],
        )
    )
    store.save_feedback(Feedback(date=TODAY - timedelta(days=45), said="Zei ik", status="open"))
    store.save_selfcheck(
        SelfCheckTake(
            date=TODAY, scores=dict.fromkeys(STATEMENT_KEYS, 4), notes={STATEMENT_KEYS[0]: "privé"}
        )
    )
    store.update_settings(welcomed=True, lang="nl", theme="textual-light")


def _lines(app) -> list[str]:  # noqa: ANN001
    items = app.screen.query_one("#dashboard-items", OptionList)
    return [str(items.get_option_at_index(i).prompt) for i in range(items.option_count)]


@pytest.fixture
def filled(data_path: Path) -> Path:
    with Store.open(data_path) as store:
        _fill(store)
    return data_path


# -- the file ----------------------------------------------------------------------------


def test_overview_survives_the_round_trip(store: Store) -> None:
    _fill(store)
    overview = build_overview(store, TODAY)
    again = overview_from_doc(orjson.loads(orjson.dumps(overview_to_doc(overview))))
    assert again.active[0].network.name == overview.active[0].network.name
    assert again.active[0].network.id == overview.active[0].network.id
    assert [(p.held, p.planned, p.next_date) for p in again.active] == [
        (p.held, p.planned, p.next_date) for p in overview.active
    ]
    assert again.network_names == overview.network_names
    assert [(s.id, s.topic, s.date, s.number) for s in again.unreflected] == [
        (s.id, s.topic, s.date, s.number) for s in overview.unreflected
    ]
    for name in ("networks", "open_actions", "open_feedback", "overdue_feedback"):
        assert getattr(again, name) == getattr(overview, name)
    assert again.selfcheck_latest == overview.selfcheck_latest
    assert again.selfcheck_trend == overview.selfcheck_trend


def test_snapshot_holds_no_reflections_or_feedback_texts(store: Store) -> None:
    _fill(store)
    session = store.sessions()[0]
    session.learned = "Geheime reflectie"
    store.save_session(session)
    store.update_settings(extra={"selfcheck_draft": {"note": "half af"}})
    payload = snapshot_bytes(
        store.file_stamp, TODAY, store.settings(), build_overview(store, TODAY)
    )
    assert payload is not None
    for secret in ("Geheime", "Zei ik", "privé", "half af"):
        assert secret.encode() not in payload


def _write(store: Store, today: date = TODAY) -> None:
    payload = snapshot_bytes(
        store.file_stamp, today, store.settings(), build_overview(store, today)
    )
    assert payload is not None and write_snapshot(store.path, payload)


def test_read_only_when_it_matches_the_file_and_the_day(filled: Path) -> None:
    with Store.open(filled) as store:
        _write(store)
    assert snapshot_path(filled).stat().st_mode & 0o777 == 0o600
    snapshot = read_snapshot(filled, TODAY)
    assert snapshot is not None
    assert snapshot.settings.lang == "nl" and snapshot.overview.open_feedback == 1
    assert read_snapshot(filled, TODAY + timedelta(days=1)) is None  # "next" dates moved on
    # Any change to the file (a restore, an editor, a sync tool) makes it stale.
    os.utime(filled, ns=(0, 0))
    assert read_snapshot(filled, TODAY) is None


@pytest.mark.parametrize(
    "content", [b"", b"{", b"[]", b'{"format": 99}', b'{"format": 1, "stamp": "x"}']
)
def test_a_damaged_or_foreign_snapshot_means_a_normal_start(filled: Path, content: bytes) -> None:
    snapshot_path(filled).write_bytes(content)
    assert read_snapshot(filled, TODAY) is None
    app = make_app(filled, "en")
    try:
        assert app.store.loaded
    finally:
        app.store.close()


def test_unwritable_folder_is_no_error(filled: Path) -> None:
    snapshot_path(filled).mkdir()  # a folder where the file should go: replace fails
    assert write_snapshot(filled, b"{}") is False


# -- the deferred store ------------------------------------------------------------------


def test_deferred_store_reads_the_file_when_first_needed(filled: Path) -> None:
    early = Settings(lang="en", welcomed=True)
    store = Store.open(filled, deferred=True, early_settings=early)
    try:
        assert not store.loaded
        assert store.start_settings().lang == "en"  # from the snapshot, without reading
        assert not store.loaded
        assert [n.name for n in store.networks()] == ["Teamleiders [textiel]", "Oud netwerk"]
        assert store.loaded
        assert store.start_settings().lang == "nl"  # the file's own from now on
    finally:
        store.close()


def test_deferred_store_still_holds_the_lock(filled: Path) -> None:
    from store.errors import DataFileLocked

    store = Store.open(filled, deferred=True)
    try:
        with pytest.raises(DataFileLocked):
            Store.open(filled)
    finally:
        store.close()


def test_two_threads_asking_get_one_parse(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import store.storage as storage

    parses = []
    gate = threading.Event()
    real = storage.parse_data_file

    def slow_parse(raw, path):  # noqa: ANN001, ANN202
        parses.append(threading.current_thread().name)
        gate.wait(5)
        return real(raw, path)

    monkeypatch.setattr(storage, "parse_data_file", slow_parse)
    store = Store.open(filled, deferred=True)
    try:
        worker = threading.Thread(target=store.load, name="worker")
        worker.start()
        while not parses:
            threading.Event().wait(0.001)
        seen = []
        reader = threading.Thread(target=lambda: seen.append(len(store.sessions())))
        reader.start()
        gate.set()
        worker.join(5)
        reader.join(5)
        assert parses == ["worker"]
        assert seen == [1]
    finally:
        store.close()


def test_a_save_before_loading_keeps_everything(filled: Path) -> None:
    store = Store.open(filled, deferred=True)
    try:
        store.save_feedback(Feedback(date=TODAY, said="Nieuw"))
    finally:
        store.close()
    with Store.open(filled) as again:
        assert sorted(f.said for f in again.feedback()) == ["Nieuw", "Zei ik"]
        assert len(again.sessions()) == 1


# -- the app -----------------------------------------------------------------------------


async def _dashboard_lines(data_path: Path) -> tuple[list[str], list[str], bool]:
    """Start the app like the command line does; the lines painted first, the lines once
    the data is loaded, and whether the first paint came from the snapshot."""
    app = make_app(data_path, "en")
    deferred = not app.store.loaded
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            first = _lines(app)
            for _ in range(200):
                if app.snapshot is None:
                    break
                await pilot.pause(0.01)
            await pilot.pause()
            assert app.store.loaded
            return first, _lines(app), deferred
    finally:
        app.store.close()


async def test_second_start_paints_the_snapshot_then_the_same_data(filled: Path) -> None:
    first_start, loaded, deferred = await _dashboard_lines(filled)
    assert not deferred  # no snapshot yet: the normal start, which leaves one
    assert snapshot_path(filled).exists()
    painted, loaded_again, deferred = await _dashboard_lines(filled)
    assert deferred
    assert painted == loaded == loaded_again == first_start
    text = "\n".join(painted)
    assert "Teamleiders [textiel]" in text and "Open feedback: 1" in text


async def test_a_change_made_elsewhere_is_shown_not_the_snapshot(filled: Path) -> None:
    await _dashboard_lines(filled)  # leaves a snapshot
    with Store.open(filled) as store:  # e.g. `leernet restore`, or a second device's sync
        store.save_feedback(Feedback(date=TODAY, said="Nog een"))
    painted, _loaded, deferred = await _dashboard_lines(filled)
    assert not deferred
    assert "Open feedback: 2" in "\n".join(painted)


async def test_snapshot_settings_start_the_app_in_its_language_and_theme(filled: Path) -> None:
    await _dashboard_lines(filled)
    app = make_app(filled)
    try:
        assert not app.store.loaded
        assert app.lang == "nl"
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.theme == "textual-light"
    finally:
        app.store.close()


async def test_a_file_damaged_under_a_matching_snapshot_stops_with_one_sentence(
    filled: Path,
) -> None:
    await _dashboard_lines(filled)
    # Bytes rot with size and times unchanged: the snapshot still matches.
    info = os.stat(filled)
    raw = bytearray(filled.read_bytes())
    raw[0:1] = b"["
    filled.write_bytes(bytes(raw))
    os.utime(filled, ns=(info.st_atime_ns, info.st_mtime_ns))
    app = make_app(filled, "en")
    try:
        assert not app.store.loaded
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(200):
                if app.return_code is not None:
                    break
                await pilot.pause(0.01)
        assert app.return_code == 2
    finally:
        app.store.close()


async def test_quitting_after_a_save_elsewhere_leaves_a_current_snapshot(filled: Path) -> None:
    await _dashboard_lines(filled)
    app = make_app(filled, "en")
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            for _ in range(200):
                if app.snapshot is None:
                    break
                await pilot.pause(0.01)
            await pilot.press("f")  # the feedback area: the dashboard is not refreshed
            await pilot.pause()
            app.store.save_feedback(Feedback(date=TODAY, said="Nog een"))
            await pilot.press("ctrl+q")
            await pilot.pause()
    finally:
        app.store.close()
    painted, _loaded, deferred = await _dashboard_lines(filled)
    assert deferred
    assert "Open feedback: 2" in "\n".join(painted)
