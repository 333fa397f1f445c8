"""Write failures: disk full, read-only folder, the file replaced by a folder.

The store raises WriteFailed with the cause, the file keeps its last good state, memory
matches the file, and a retry works once the cause is gone. In the app: one sentence
(msg.write_failed), what was typed stays, and the user can save again.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

import orjson
import pytest
from textual.widgets import Input, TextArea

import store.atomic
from store.db import Store
from store.errors import WriteFailed
from store.models import Feedback, Network, Session


def file_matches_memory(store_: Store, path: Path) -> None:
    """What the store returns is exactly what a fresh reader finds in the file."""
    on_disk = orjson.loads(path.read_bytes())
    for table, records in (
        ("networks", store_.networks()),
        ("sessions", store_.sessions()),
        ("feedback", store_.feedback()),
    ):
        disk_docs = on_disk.get(table, {})
        assert sorted(disk_docs) == sorted(str(r.id) for r in records), table
        for record in records:
            assert disk_docs[str(record.id)] == record.to_doc(), (table, record.id)


def fail_with(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    def refuse(source: Path, target: Path) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(store.atomic, "replace_file", refuse)


def test_disk_full_keeps_file_and_memory_in_step(
    store: Store, data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    network = store.save_network(Network(name="Netwerk"))
    session = store.save_session(Session(network_id=network.id, topic="Eerste"))
    before = data_path.read_bytes()
    fail_with(monkeypatch, errno.ENOSPC)
    with pytest.raises(WriteFailed) as failed:
        store.save_session(Session(network_id=network.id, topic="Tweede"))
    assert failed.value.errno == errno.ENOSPC
    assert "No space left on device" in str(failed.value)
    assert str(data_path) in str(failed.value)
    # An update and a delete fail the same way, and nothing changes in memory either.
    session.topic = "Gewijzigd"
    with pytest.raises(WriteFailed):
        store.save_session(session)
    with pytest.raises(WriteFailed):
        store.delete_network(network.id)
    with pytest.raises(WriteFailed):
        store.update_settings(person="Sam")
    assert data_path.read_bytes() == before
    assert [s.topic for s in store.sessions()] == ["Eerste"]
    assert store.network(network.id) is not None
    assert store.settings().person == ""
    file_matches_memory(store, data_path)
    monkeypatch.undo()
    second = store.save_session(Session(network_id=network.id, topic="Tweede"))
    assert second.id == 2  # ids continue from the file, not from the failed attempt
    file_matches_memory(store, data_path)


def test_failing_temp_file_write(
    store: Store, data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ENOSPC while the temp file is flushed (not at the rename): no leftovers."""
    store.save_feedback(Feedback(said="een"))

    def full_while_flushing(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # os.fsync is where a filling disk often shows (delayed allocation).
    monkeypatch.setattr(os, "fsync", full_while_flushing)
    with pytest.raises(WriteFailed):
        store.save_feedback(Feedback(said="twee"))
    monkeypatch.undo()
    assert [f.said for f in store.feedback()] == ["een"]
    assert [p.name for p in data_path.parent.iterdir() if p.name.endswith(".tmp")] == []
    file_matches_memory(store, data_path)


def test_read_only_folder_by_injection(
    store: Store, data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only folder does to us: the temp file cannot even be created."""
    store.save_feedback(Feedback(said="een"))

    def read_only(*args: object, **kwargs: object):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(WriteFailed) as failed:
        store.save_feedback(Feedback(said="twee"))
    assert failed.value.errno == errno.EACCES
    monkeypatch.undo()
    store.save_feedback(Feedback(said="twee"))
    assert sorted(f.said for f in store.feedback()) == ["een", "twee"]


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root writes into read-only folders anyway; covered by the injection test above",
)
def test_read_only_folder_for_real(store: Store, data_path: Path) -> None:
    store.save_feedback(Feedback(said="een"))
    os.chmod(data_path.parent, 0o500)
    try:
        with pytest.raises(WriteFailed):
            store.save_feedback(Feedback(said="twee"))
        assert [f.said for f in store.feedback()] == ["een"]
    finally:
        os.chmod(data_path.parent, 0o700)
    store.save_feedback(Feedback(said="twee"))
    file_matches_memory(store, data_path)


def test_file_replaced_by_a_folder_while_open(store: Store, data_path: Path) -> None:
    store.save_network(Network(name="Blijft"))
    data_path.unlink()
    data_path.mkdir()  # someone (or some sync tool) puts a folder in its place
    (data_path / "inside.txt").write_text("x")
    with pytest.raises(WriteFailed):
        store.save_network(Network(name="Nieuw"))
    assert [n.name for n in store.networks()] == ["Blijft"]  # memory: the last good state
    assert (data_path / "inside.txt").read_text() == "x"  # the folder is not touched
    shutil.rmtree(data_path)
    store.save_network(Network(name="Nieuw"))  # retry once it is gone: everything is back
    assert sorted(n.name for n in store.networks()) == ["Blijft", "Nieuw"]
    file_matches_memory(store, data_path)


def test_text_a_file_cannot_hold_is_repaired_not_refused(store: Store, data_path: Path) -> None:
    """A lone surrogate (undecodable terminal input) becomes U+FFFD; the save succeeds."""
    saved = store.save_session(Session(topic="a\udcffb", learned="emoji \U0001f600 ok"))
    assert saved.topic == "a\ufffdb"
    assert saved.learned == "emoji \U0001f600 ok"
    file_matches_memory(store, data_path)


# -- in the app -------------------------------------------------------------------------


async def test_language_switch_on_a_full_disk_says_so_and_goes_on(
    store: Store, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        fail_with(monkeypatch, errno.ENOSPC)
        await pilot.press("l")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Bewaren lukte niet: No space left on device") for m in messages)
        assert app.lang == "nl"  # the switch itself still happens
        assert app.is_running
        monkeypatch.undo()
        await pilot.press("l")
        await pilot.pause()
    assert store.settings().lang == "en"


async def test_feedback_form_keeps_what_was_typed_and_retries(
    store: Store, data_path: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screens.feedback_form import FeedbackFormScreen

    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("plus")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FeedbackFormScreen)
        form.query_one("#fb-name", Input).value = "Marieke"
        form.query_one("#fb-said", TextArea).text = "Geef anderen eerst ruimte"
        before = data_path.read_bytes()
        fail_with(monkeypatch, errno.ENOSPC)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form, "the form stays open"
        messages = [n.message for n in app._notifications]
        assert any("Could not save: No space left on device" in m for m in messages)
        assert form.query_one("#fb-name", Input).value == "Marieke"
        assert form.query_one("#fb-said", TextArea).text == "Geef anderen eerst ruimte"
        assert store.feedback() == []
        assert data_path.read_bytes() == before
        monkeypatch.undo()
        await pilot.press("ctrl+s")  # retry
        await pilot.pause()
        assert app.screen is not form
    assert [(f.giver_name, f.said) for f in store.feedback()] == [
        ("Marieke", "Geef anderen eerst ruimte")
    ]
    file_matches_memory(store, data_path)


def fail_data_file_with(monkeypatch: pytest.MonkeyPatch, data_path: Path, code: int) -> None:
    """Only the data file's replace fails (drafts and backups still work)."""
    real_replace = store.atomic.replace_file

    def refuse(source: Path, target: Path) -> None:
        if target == data_path:
            raise OSError(code, os.strerror(code))
        real_replace(source, target)

    monkeypatch.setattr(store.atomic, "replace_file", refuse)


async def test_network_form_keeps_what_was_typed_and_retries(
    store: Store, data_path: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screens.network_form import NetworkFormScreen

    app = make_app("nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, NetworkFormScreen)
        form.query_one("#nf-name", Input).value = "Teamleiders West"
        form.query_one("#nf-goals", TextArea).text = "Feedback geven\nDelegeren"
        fail_data_file_with(monkeypatch, data_path, errno.ENOSPC)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Bewaren lukte niet: No space left on device") for m in messages)
        assert form.query_one("#nf-name", Input).value == "Teamleiders West"
        assert form.query_one("#nf-goals", TextArea).text == "Feedback geven\nDelegeren"
        assert store.networks() == []
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is not form
    [network] = store.networks()
    assert (network.name, network.goals) == ("Teamleiders West", ["Feedback geven", "Delegeren"])
    file_matches_memory(store, data_path)


async def test_journal_keeps_what_was_typed_and_retries(
    store: Store, data_path: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    from screens.journal import SessionJournalScreen

    network = store.save_network(Network(name="Teamleiders"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(SessionJournalScreen(network.id))
        await pilot.pause()
        journal = app.screen
        journal.query_one("#s-date", Input).value = "2026-11-20"
        journal.query_one("#s-learned", TextArea).text = "Eerst luisteren, dan voorstellen."
        fail_data_file_with(monkeypatch, data_path, errno.EROFS)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is journal
        messages = [n.message for n in app._notifications]
        assert any("Could not save: Read-only file system" in m for m in messages)
        assert journal.query_one("#s-learned", TextArea).text == "Eerst luisteren, dan voorstellen."
        assert store.sessions() == []
        monkeypatch.undo()
        await pilot.press("ctrl+s")
        await pilot.pause()
    [session] = store.sessions()
    assert session.learned == "Eerst luisteren, dan voorstellen."
    file_matches_memory(store, data_path)
