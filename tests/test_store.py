"""The foundation's store: atomic writes, owner-only mode, lock, corrupt files, copies."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

import store.atomic
from store.db import Store
from store.errors import DataFileCorrupt, DataFileLocked, DataPathError, WriteFailed
from store.models import ActionItem, Feedback, Network, SelfCheckTake, Session
from store.schema import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[1]


def test_new_file_has_meta_and_owner_only_mode(store: Store, data_path: Path) -> None:
    store.save_network(Network(name="Preventie-adviseurs"))
    mode = stat.S_IMODE(data_path.stat().st_mode)
    assert mode == 0o600
    on_disk = json.loads(data_path.read_text(encoding="utf-8"))
    assert on_disk["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert on_disk["networks"]["1"]["name"] == "Preventie-adviseurs"


def test_round_trip_of_every_record(store: Store) -> None:
    network = store.save_network(
        Network(name="HR-netwerk", kind="external", goals=["a", "b"], start=date(2026, 1, 5))
    )
    session = store.save_session(
        Session(
            network_id=network.id,
            date=date(2026, 2, 1),
            learned="Veel **geleerd**",
            actions=[ActionItem(text="Probeer X")],
            tags=["veiligheid"],
            private=True,
        )
    )
    feedback = store.save_feedback(Feedback(said="Goed gedaan", giver_name="An", status="trying"))
    take = store.save_selfcheck(SelfCheckTake(date=date(2026, 1, 1), scores={"learn": 4}))
    assert store.network(network.id) == network
    assert store.session(session.id) == session
    assert store.feedback_item(feedback.id) == feedback
    assert store.selfcheck(take.id) == take
    assert store.sessions(network_id=network.id) == [session]


def test_update_keeps_id_and_is_one_document(store: Store, data_path: Path) -> None:
    saved = store.save_network(Network(name="Eerst"))
    saved.name = "Daarna"
    again = store.save_network(saved)
    assert again.id == saved.id
    assert [n.name for n in store.networks()] == ["Daarna"]


def test_results_are_copies_not_cached_documents(store: Store) -> None:
    network = store.save_network(Network(name="N", goals=["leren"]))
    first = store.network(network.id)
    first.goals.append("gewijzigd")
    first.name = "X"
    store.networks()[0].goals.append("ook gewijzigd")
    fresh = store.network(network.id)
    assert fresh.goals == ["leren"]
    assert fresh.name == "N"


def test_reads_never_touch_the_disk_after_open(store: Store, data_path: Path) -> None:
    store.save_network(Network(name="In memory"))
    data_path.write_text("this is not json", encoding="utf-8")  # someone scribbles on it
    assert [n.name for n in store.networks()] == ["In memory"]


def test_failed_replace_leaves_old_file_and_memory_matches(
    store: Store, data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_network(Network(name="Oud"))
    before = data_path.read_bytes()

    def broken_replace(source: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_atomic_module(), "replace_file", broken_replace)
    with pytest.raises(WriteFailed):
        store.save_network(Network(name="Nieuw"))
    assert data_path.read_bytes() == before
    assert [n.name for n in store.networks()] == ["Oud"]
    leftovers = [p for p in data_path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []
    monkeypatch.undo()
    store.save_network(Network(name="Nieuw"))  # retry works, ids stay consistent
    assert sorted(n.name for n in store.networks()) == ["Nieuw", "Oud"]


def store_atomic_module():
    return store.atomic


def test_second_open_is_refused_with_pid(store: Store, data_path: Path) -> None:
    with pytest.raises(DataFileLocked) as refused:
        Store.open(data_path)
    assert str(os.getpid()) in str(refused.value)
    assert "already open in another leernet window" in str(refused.value)


def test_second_process_is_refused(store: Store, data_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        from store.db import Store
        from store.errors import DataFileLocked
        try:
            Store.open({str(data_path)!r})
        except DataFileLocked as e:
            print("LOCKED", e.pid)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.split() == ["LOCKED", str(os.getpid())]


def test_stale_lock_of_killed_process_is_taken_over(data_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys, time
        from store.db import Store
        Store.open({str(data_path)!r})
        print("open", flush=True)
        time.sleep(60)
        """
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    assert child.stdout.readline().strip() == "open"
    with pytest.raises(DataFileLocked):
        Store.open(data_path)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reopened = Store.open(data_path)
    try:
        assert reopened.networks() == []
    finally:
        reopened.close()


def test_corrupt_file_is_left_untouched(data_path: Path) -> None:
    data_path.write_bytes(b'{"networks": {"1": {"name": "half')
    before = data_path.read_bytes()
    with pytest.raises(DataFileCorrupt) as error:
        Store.open(data_path)
    assert str(data_path) in str(error.value)
    assert data_path.read_bytes() == before
    # The lock was released: a later open (after repair) is not refused as "locked".
    data_path.write_text("{}", encoding="utf-8")
    Store.open(data_path).close()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataPathError) as error:
        Store.open(tmp_path / "nope" / "leernet.json")
    assert "does not exist" in str(error.value)


def test_settings_round_trip(store: Store) -> None:
    store.update_settings(lang="nl", person="Sam")
    assert store.settings().lang == "nl"
    assert store.settings().person == "Sam"


def test_reader_works_while_the_app_holds_the_lock(store: Store, data_path: Path) -> None:
    store.save_network(Network(name="Open in the app"))
    reader = Store.open(data_path, read_only=True)
    try:
        assert [n.name for n in reader.networks()] == ["Open in the app"]
        before = data_path.read_bytes()
        with pytest.raises(WriteFailed):
            reader.save_network(Network(name="Not from a reader"))
        assert data_path.read_bytes() == before
        assert [n.name for n in reader.networks()] == ["Open in the app"]
    finally:
        reader.close()
    store.save_network(Network(name="Still writable"))  # the writer's lock is untouched


def test_reader_never_migrates_on_disk(tmp_path: Path) -> None:
    fixture = Path(__file__).parent / "fixtures" / "v1.json"
    path = tmp_path / "old.json"
    path.write_bytes(fixture.read_bytes())
    reader = Store.open(path, read_only=True)
    try:
        assert reader.networks()  # readable in the current shape
    finally:
        reader.close()
    assert path.read_bytes() == fixture.read_bytes()
    assert not (tmp_path / "backups").exists()
