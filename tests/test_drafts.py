"""DraftStore: drafts by key in their own small file, atomic and owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store import atomic
from store.drafts import DraftStore, session_draft_key
from store.errors import WriteFailed
from store.paths import drafts_path


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(drafts_path(tmp_path / "leernet.json"))


def test_save_load_discard_keys(drafts: DraftStore) -> None:
    assert drafts.keys() == []
    assert drafts.load("new-session:1") is None
    drafts.save("new-session:1", {"learned": "iets", "n": 3, "ok": True, "l": ["a"]})
    drafts.save("session:7", {"learned": "more"})
    assert drafts.load("new-session:1") == {"learned": "iets", "n": 3, "ok": True, "l": ["a"]}
    assert drafts.keys() == ["new-session:1", "session:7"]
    assert drafts.saved_at("session:7") is not None
    drafts.save("session:7", {"learned": "replaced"})
    assert drafts.load("session:7") == {"learned": "replaced"}
    drafts.discard("new-session:1")
    assert drafts.keys() == ["session:7"]
    drafts.discard("not-there")  # discarding nothing is fine
    drafts.discard("session:7")
    assert drafts.keys() == []
    assert not drafts.path.exists()  # no empty file left behind


def test_file_is_separate_and_owner_only(tmp_path: Path, drafts: DraftStore) -> None:
    drafts.save("session:1", {"x": "y"})
    assert drafts.path == tmp_path / "leernet.drafts.json"
    assert stat.S_IMODE(os.stat(drafts.path).st_mode) == 0o600
    assert not (tmp_path / "leernet.json").exists()


def test_a_new_instance_reads_what_another_wrote(drafts: DraftStore) -> None:
    drafts.save("session:1", {"x": "y"})
    assert DraftStore(drafts.path).load("session:1") == {"x": "y"}


def test_unreadable_file_is_set_aside_not_overwritten(drafts: DraftStore) -> None:
    drafts.path.write_bytes(b"{not json")
    assert drafts.load("session:1") is None
    aside = list(drafts.path.parent.glob("leernet.drafts.json.unreadable-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"{not json"
    drafts.save("session:1", {"x": "y"})
    assert drafts.load("session:1") == {"x": "y"}


def test_failed_write_keeps_the_old_drafts(
    drafts: DraftStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts.save("session:1", {"x": "old"})

    def broken(source: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "replace_file", broken)
    with pytest.raises(WriteFailed):
        drafts.save("session:1", {"x": "new"})
    monkeypatch.undo()
    assert drafts.load("session:1") == {"x": "old"}
    assert [p.name for p in drafts.path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_session_draft_keys() -> None:
    assert session_draft_key(5, 2) == "session:5"
    assert session_draft_key(None, 2) == "new-session:2"


@settings(max_examples=40, deadline=None)
@given(st.dictionaries(st.text(max_size=10), st.text(max_size=200), max_size=5))
def test_any_text_round_trips(tmp_path_factory: pytest.TempPathFactory, data: dict) -> None:
    store = DraftStore(tmp_path_factory.mktemp("d") / "x.drafts.json")
    store.save("k", data)
    assert store.load("k") == data
