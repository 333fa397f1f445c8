"""Daily backups beside the data file: first write of the day, owner-only, last 14 kept."""

from __future__ import annotations

import json
import os
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest

import store.backups
from store.backups import (
    DAILY_KEEP,
    backup_name,
    good_backups,
    inspect_backup,
    list_backups,
    prune_daily,
)
from store.db import Store
from store.models import Feedback, Network

DAY = date(2026, 11, 28)


@pytest.fixture
def on_day(monkeypatch: pytest.MonkeyPatch):
    """Set the date the backups see: `on_day(date(...))`."""

    def set_day(day: date) -> None:
        monkeypatch.setattr(store.backups, "today", lambda: day)

    set_day(DAY)
    return set_day


def names(data_path: Path) -> list[str]:
    """The daily and migration copies (each run's own copy is tested in test_restore_points.py)."""
    return [b.name for b in list_backups(data_path) if b.kind != "run"]


def test_first_write_of_the_day_copies_the_previous_state(data_path: Path, on_day) -> None:
    with Store.open(data_path) as store:
        store.save_network(Network(name="Eerste"))  # the file held no entries yet: no copy
        assert names(data_path) == []
        before_second = data_path.read_bytes()
        store.save_network(Network(name="Tweede"))  # first write with something to keep
        assert names(data_path) == ["leernet-2026-11-28.json"]
        backup = data_path.parent / "backups" / "leernet-2026-11-28.json"
        assert backup.read_bytes() == before_second
        store.save_network(Network(name="Derde"))  # later writes that day: no new copy
        assert backup.read_bytes() == before_second
    folder = data_path.parent / "backups"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    kept = json.loads(backup.read_text(encoding="utf-8"))
    assert [n["name"] for n in kept["networks"].values()] == ["Eerste"]


def test_a_new_day_makes_a_new_copy(data_path: Path, on_day) -> None:
    with Store.open(data_path) as store:
        store.save_feedback(Feedback(said="een"))
        store.save_feedback(Feedback(said="twee"))
        on_day(DAY + timedelta(days=1))  # the app stays open past midnight
        store.save_feedback(Feedback(said="drie"))
    assert names(data_path) == ["leernet-2026-11-29.json", "leernet-2026-11-28.json"]
    newest = json.loads(
        (data_path.parent / "backups" / "leernet-2026-11-29.json").read_text(encoding="utf-8")
    )
    assert sorted(f["said"] for f in newest["feedback"].values()) == ["een", "twee"]


def test_existing_copy_of_today_is_not_replaced_by_a_later_session(data_path: Path, on_day) -> None:
    with Store.open(data_path) as store:
        store.save_feedback(Feedback(said="een"))
        store.save_feedback(Feedback(said="twee"))
    backup = data_path.parent / "backups" / "leernet-2026-11-28.json"
    first = backup.read_bytes()
    with Store.open(data_path) as store:  # another start the same day
        store.save_feedback(Feedback(said="drie"))
    assert backup.read_bytes() == first


def test_only_the_last_fourteen_daily_copies_are_kept(data_path: Path, on_day) -> None:
    with Store.open(data_path) as store:
        store.save_feedback(Feedback(said="begin"))
        for offset in range(20):
            on_day(DAY + timedelta(days=offset))
            store.save_feedback(Feedback(said=f"dag {offset}"))
    migration_copy = data_path.parent / "backups" / "leernet-2026-01-01-v1.json"
    migration_copy.write_bytes(data_path.read_bytes())
    prune_daily(data_path)
    daily = [b for b in list_backups(data_path) if b.kind == "daily"]
    assert len(daily) == DAILY_KEEP
    assert daily[0].day == DAY + timedelta(days=19)
    assert daily[-1].day == DAY + timedelta(days=6)
    assert migration_copy.exists()  # copies made before a migration are never pruned


def test_a_backup_that_cannot_be_written_does_not_stop_the_save(data_path: Path, on_day) -> None:
    (data_path.parent / "backups").write_text("in the way")
    with Store.open(data_path) as store:
        store.save_feedback(Feedback(said="een"))
        saved = store.save_feedback(Feedback(said="twee"))  # the backup fails, the save not
        assert store.feedback_item(saved.id).said == "twee"
        hook = store._storage.before_write  # noqa: SLF001 - the hook's own record
        assert isinstance(hook.last_error, OSError)
        (data_path.parent / "backups").unlink()
        store.save_feedback(Feedback(said="drie"))  # tried again at the next write
        assert hook.last_error is None
    assert names(data_path) == ["leernet-2026-11-28.json"]


def test_loosened_backup_folder_is_tightened(data_path: Path, on_day) -> None:
    folder = data_path.parent / "backups"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    with Store.open(data_path) as store:
        store.save_feedback(Feedback(said="een"))
        store.save_feedback(Feedback(said="twee"))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_listing_ignores_other_files_and_sorts_newest_first(data_path: Path) -> None:
    folder = data_path.parent / "backups"
    folder.mkdir()
    content = json.dumps({"feedback": {"1": {"said": "x"}}}).encode()
    for name in (
        "leernet-2026-11-01.json",
        "leernet-2026-11-03.json",
        "leernet-2026-11-02-v1.json",
        "other-2026-11-05.json",  # another data file's backup
        "leernet-2026-13-40.json",  # not a date
        "notes.txt",
    ):
        (folder / name).write_bytes(content)
    assert names(data_path) == [
        "leernet-2026-11-03.json",
        "leernet-2026-11-02-v1.json",
        "leernet-2026-11-01.json",
    ]
    assert [b.kind for b in list_backups(data_path)] == ["daily", "migration", "daily"]
    assert backup_name(data_path, date(2026, 11, 2), 1) == "leernet-2026-11-02-v1.json"


def test_good_backups_skip_damaged_empty_and_newer_ones(data_path: Path) -> None:
    folder = data_path.parent / "backups"
    folder.mkdir()
    (folder / "leernet-2026-11-05.json").write_bytes(b'{"feedback": {"1": ')  # damaged
    (folder / "leernet-2026-11-04.json").write_text(
        json.dumps({"meta": {"1": {"schema_version": 99}}, "feedback": {"1": {}}})
    )
    (folder / "leernet-2026-11-03.json").write_text(json.dumps({"meta": {}, "feedback": {}}))
    (folder / "leernet-2026-11-02.json").write_text(json.dumps({"feedback": {"1": {"said": "ok"}}}))
    assert [b.name for b in good_backups(data_path)] == ["leernet-2026-11-02.json"]
    damaged = inspect_backup(folder / "leernet-2026-11-05.json")
    assert not damaged.readable
    good = inspect_backup(folder / "leernet-2026-11-02.json")
    assert good.counts == {"networks": 0, "sessions": 0, "feedback": 1, "selfchecks": 0}


def test_backups_command_lists_them(data_path: Path, on_day, capsys) -> None:
    from tui.cli import main

    with Store.open(data_path) as store:
        store.save_network(Network(name="N"))
        store.save_feedback(Feedback(said="x"))
    assert main(["--data", str(data_path), "--lang", "en", "backups"]) == 0
    out, err = capsys.readouterr()
    [line] = [line for line in out.splitlines() if "-run-" not in line]  # the run's copy aside
    assert line.startswith("leernet-2026-11-28.json\t28 Nov 2026\t")
    assert "networks 1, sessions 0, feedback 0, self-checks 0" in line
    assert "daily" in line
    assert "leernet restore" in err


def test_backups_command_without_backups(data_path: Path, capsys) -> None:
    from tui.cli import main

    assert main(["--data", str(data_path), "--lang", "nl", "backups"]) == 0
    assert "Er zijn nog geen back-ups" in capsys.readouterr().err


def test_daily_copy_is_owner_only_even_from_a_loose_file(data_path: Path, on_day) -> None:
    data_path.write_text(json.dumps({"feedback": {"1": {"said": "met de hand"}}}))
    os.chmod(data_path, 0o644)  # made by hand, readable by all
    with Store.open(data_path) as store:  # stamping the version is the first write
        store.save_feedback(Feedback(said="in de app"))
    backups = list_backups(data_path)
    # the daily copy, the copy before the version-1 update and the run's copy
    assert sorted(b.kind for b in backups) == ["daily", "migration", "run"]
    for backup in backups:
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
        assert "met de hand" in backup.path.read_text(encoding="utf-8")
    assert stat.S_IMODE(data_path.stat().st_mode) == 0o600


def test_daily_copy_of_a_changed_file_is_the_last_state_leernet_knew(
    data_path: Path, on_day
) -> None:
    """If someone else changed the file, the day's copy is leernet's last good state (and
    their version is kept aside as .changed-…), not a link to their file."""
    with Store.open(data_path) as store:
        store.save_feedback(Feedback(said="een"))
        ours = data_path.read_bytes()
        data_path.write_bytes(b"scribbled")
        store.save_feedback(Feedback(said="twee"))
    [backup] = [b for b in list_backups(data_path) if b.kind == "daily"]
    assert backup.path.read_bytes() == ours


async def test_the_app_says_once_when_a_backup_fails(
    store: Store, data_path: Path, make_app, on_day
) -> None:
    store.save_feedback(Feedback(said="een"))
    (data_path.parent / "backups").write_text("in the way")
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        store.save_feedback(Feedback(said="twee"))
        store.save_feedback(Feedback(said="drie"))
        await pilot.pause()
        told = [n.message for n in app._notifications if "backup could not" in n.message]
        assert told == [
            "Today's backup could not be written (File exists); your data itself is saved."
        ]
    assert len(store.feedback()) == 3
