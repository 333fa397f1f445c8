"""Schema migrations: a version-1 file opens with today's code, after a backup of it."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import store.atomic
import store.backups
from store.db import Store
from store.errors import NewerSchemaError, WriteFailed
from store.schema import SCHEMA_VERSION, UNKNOWN_VERSION, file_version, migrate, v1_to_v2

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).parent / "fixtures" / "v1.json"


@pytest.fixture
def v1_file(data_path: Path) -> Path:
    shutil.copyfile(FIXTURE, data_path)
    return data_path


def test_current_version_is_two() -> None:
    assert SCHEMA_VERSION == 2


def test_version_one_file_is_migrated(v1_file: Path) -> None:
    with Store.open(v1_file) as store:
        assert store.schema_version == SCHEMA_VERSION
        kick_off, second = sorted(store.sessions(), key=lambda s: s.number or 0)
        assert [a.text for a in kick_off.actions] == [
            "Check-in bij teamoverleg",
            "Risicoanalyse samen met de ploeg",
        ]
        assert all(a.status == "open" and a.key for a in kick_off.actions)
        assert len({a.key for a in kick_off.actions}) == 2
        assert second.actions == []
        assert second.extra == {"mood_color": "groen"}  # unknown fields survive
        status = {f.said[:10]: f.status for f in store.feedback()}
        assert status == {
            "Je voorbee": "applied",  # done: true
            "Probeer ee": "open",  # done: false
            "Betrek de ": "open",  # no done at all
        }
        assert store.network(1).name == "Preventieadviseurs West-Vlaanderen"
        assert store.settings().person == "Sam Peeters"
    on_disk = json.loads(v1_file.read_text(encoding="utf-8"))
    assert on_disk["meta"] == {"1": {"schema_version": SCHEMA_VERSION}}
    assert all("will_try_items" not in doc for doc in on_disk["sessions"].values())
    assert all("done" not in doc for doc in on_disk["feedback"].values())


def test_backup_is_written_before_the_migrated_file(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = v1_file.read_bytes()
    order: list[str] = []
    real_replace = store.atomic.replace_file

    def recording_replace(source: Path, target: Path) -> None:
        if target == v1_file:
            # At the moment the data file is replaced, its backup is complete on disk.
            backups = store.backups.list_backups(v1_file)
            order.append(f"data (backups then: {[b.name for b in backups]})")
        else:
            order.append(f"backup {target.name}")
        real_replace(source, target)

    monkeypatch.setattr(store.atomic, "replace_file", recording_replace)
    Store.open(v1_file).close()
    today = store.backups.today().isoformat()
    migration_copy = f"leernet-{today}-v1.json"
    assert order[0] == f"backup {migration_copy}"
    assert migration_copy in order[-1]
    backup = v1_file.parent / "backups" / migration_copy
    assert backup.read_bytes() == original  # an exact copy of the version-1 bytes
    assert (backup.stat().st_mode & 0o777) == 0o600
    assert [b.from_version for b in store.backups.list_backups(v1_file)].count(1) == 1


def test_no_backup_no_migration(v1_file: Path) -> None:
    original = v1_file.read_bytes()
    (v1_file.parent / "backups").write_text("a file where the backups folder belongs")
    with pytest.raises(WriteFailed) as failed:
        Store.open(v1_file)
    assert "backup" in str(failed.value)
    assert "not changed" in str(failed.value)
    assert v1_file.read_bytes() == original


def test_failed_migration_write_leaves_the_old_file(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = v1_file.read_bytes()
    real_replace = store.atomic.replace_file

    def full_disk_for_data(source: Path, target: Path) -> None:
        if target == v1_file:
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(store.atomic, "replace_file", full_disk_for_data)
    with pytest.raises(WriteFailed):
        Store.open(v1_file)
    assert v1_file.read_bytes() == original
    monkeypatch.undo()
    with Store.open(v1_file) as store_:  # the lock was released; a retry migrates
        assert store_.schema_version == SCHEMA_VERSION


def test_newer_file_is_refused_and_never_rewritten(data_path: Path) -> None:
    newer = {"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "sessions": {"1": {"x": 1}}}
    data_path.write_text(json.dumps(newer), encoding="utf-8")
    before = data_path.read_bytes()
    with pytest.raises(NewerSchemaError) as refused:
        Store.open(data_path)
    sentence = str(refused.value)
    assert "newer leernet" in sentence and "update leernet" in sentence
    assert data_path.read_bytes() == before
    assert not (data_path.parent / "backups").exists()
    Store.open(data_path.with_name("other.json")).close()  # the lock machinery still works


def test_newer_file_on_the_command_line_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "leernet.json"
    path.write_text(json.dumps({"meta": {"1": {"schema_version": 99}}}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--data", str(path), "search", "x"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "newer leernet" in lines[0]
    assert "Traceback" not in result.stderr


def test_file_without_meta_is_version_one() -> None:
    assert file_version({"sessions": {"1": {"topic": "x"}}}) == 1
    assert file_version({"meta": {"1": {"note": "no version recorded"}}}) == 1
    assert file_version(None) == SCHEMA_VERSION


def test_a_version_that_is_not_a_known_number_is_not_version_one() -> None:
    # Refused like a newer file (tests/test_hostile_data.py), never migrated as version 1.
    for odd in (0, -1, True, "2", 2.0):
        assert file_version({"meta": {"1": {"schema_version": odd}}}) == UNKNOWN_VERSION


def test_migration_step_is_safe_to_run_twice() -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    once = copy.deepcopy(data)
    v1_to_v2(once)
    twice = copy.deepcopy(once)
    v1_to_v2(twice)
    assert twice == once


def test_odd_version_one_values_are_tolerated() -> None:
    data = {
        "sessions": {
            "1": {"will_try_items": "Eén enkele actie"},  # a string where a list belongs
            "2": {"will_try_items": ["", "  ", 3, None, "Echt"]},
            "3": {"will_try_items": ["Dubbel", "Dubbel"], "actions": [{"text": "Dubbel"}]},
            "4": "not a document",
        },
        "feedback": {"1": {"done": "yes"}, "2": {"status": "trying", "done": True}},
    }
    migrate(data, 1)
    sessions = data["sessions"]
    assert [a["text"] for a in sessions["1"]["actions"]] == ["Eén enkele actie"]
    assert [a["text"] for a in sessions["2"]["actions"]] == ["Echt"]
    assert [a["text"] for a in sessions["3"]["actions"]] == ["Dubbel"]
    assert data["feedback"]["1"] == {"status": "open"}
    assert data["feedback"]["2"] == {"status": "trying"}  # an existing status wins


@given(st.lists(st.text(max_size=40), max_size=8))
def test_every_non_blank_action_text_survives_migration(items: list[str]) -> None:
    data = {"sessions": {"1": {"will_try_items": list(items)}}}
    migrate(data, 1)
    texts = [a["text"] for a in data["sessions"]["1"]["actions"]]
    expected = list(dict.fromkeys(t for t in items if t.strip()))
    assert texts == expected
