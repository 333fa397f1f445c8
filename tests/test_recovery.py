"""Recovery: an unreadable file is never overwritten; keep it aside, restore or start empty."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

import store.atomic
import store.backups
from store.db import Store
from store.errors import DataFileCorrupt, DataFileLocked
from store.models import Feedback, Network, Session
from store.recovery import (
    BackupUnusable,
    aside_name,
    find_backup,
    latest_good_backup,
    repair_encoding,
    repaired_text,
    restore_backup,
    set_aside,
    start_empty,
)

ROOT = Path(__file__).resolve().parents[1]
BROKEN = b'{"networks": {"1": {"name": "Preventie'


def make_backup(data_path: Path, day: str, networks: list[str]) -> Path:
    folder = data_path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    content = {
        "meta": {"1": {"schema_version": 2}},
        "networks": {str(i + 1): {"name": name} for i, name in enumerate(networks)},
    }
    path = folder / f"leernet-{day}.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


@pytest.fixture
def corrupt_with_backup(data_path: Path) -> Path:
    make_backup(data_path, "2026-11-26", ["Oud netwerk"])
    make_backup(data_path, "2026-11-27", ["Preventieadviseurs", "HR-netwerk"])
    data_path.write_bytes(BROKEN)
    return data_path


# -- store functions ------------------------------------------------------------------


def test_set_aside_renames_with_a_timestamp_and_keeps_the_bytes(data_path: Path) -> None:
    data_path.write_bytes(BROKEN)
    moment = datetime(2026, 11, 28, 10, 15, 0)
    aside = set_aside(data_path, now=moment)
    assert aside.name == "leernet.json.corrupt-20261128-101500"
    assert aside.read_bytes() == BROKEN
    assert stat.S_IMODE(aside.stat().st_mode) == 0o600
    assert not data_path.exists()
    data_path.write_bytes(BROKEN)  # the same second again: a distinct name
    assert set_aside(data_path, now=moment).name == "leernet.json.corrupt-20261128-101500-2"


def test_aside_name_for_a_free_name() -> None:
    path = Path("/nowhere/leernet.json")
    name = aside_name(path, "before-restore", datetime(2026, 1, 2, 3, 4, 5))
    assert name == Path("/nowhere/leernet.json.before-restore-20260102-030405")


def test_latest_good_backup_is_the_newest_readable_one(corrupt_with_backup: Path) -> None:
    folder = corrupt_with_backup.parent / "backups"
    (folder / "leernet-2026-11-28.json").write_bytes(b"{ damaged")
    latest = latest_good_backup(corrupt_with_backup)
    assert latest is not None and latest.name == "leernet-2026-11-27.json"


def test_restore_keeps_the_corrupt_file_aside(corrupt_with_backup: Path) -> None:
    backup = latest_good_backup(corrupt_with_backup)
    kept = restore_backup(corrupt_with_backup, backup.path)
    assert kept is not None and ".corrupt-" in kept.name
    assert kept.read_bytes() == BROKEN
    assert corrupt_with_backup.read_bytes() == backup.path.read_bytes()
    assert stat.S_IMODE(corrupt_with_backup.stat().st_mode) == 0o600
    with Store.open(corrupt_with_backup) as store:
        assert sorted(n.name for n in store.networks()) == ["HR-netwerk", "Preventieadviseurs"]


def test_restore_over_a_healthy_file_keeps_it_as_before_restore(data_path: Path) -> None:
    with Store.open(data_path) as store:
        store.save_network(Network(name="Nu"))
    current = data_path.read_bytes()
    backup = make_backup(data_path, "2026-11-20", ["Toen"])
    kept = restore_backup(data_path, backup)
    assert kept is not None and ".before-restore-" in kept.name
    assert kept.read_bytes() == current


def test_restore_is_refused_while_the_file_is_open(corrupt_with_backup: Path) -> None:
    corrupt_with_backup.write_text("{}", encoding="utf-8")
    with Store.open(corrupt_with_backup):
        before = corrupt_with_backup.read_bytes()
        backup = latest_good_backup(corrupt_with_backup)
        with pytest.raises(DataFileLocked):
            restore_backup(corrupt_with_backup, backup.path)
        assert corrupt_with_backup.read_bytes() == before
    assert [p.name for p in corrupt_with_backup.parent.iterdir() if ".before-" in p.name] == []


def test_failed_restore_changes_nothing(
    corrupt_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = latest_good_backup(corrupt_with_backup)

    def full_disk(source: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.atomic, "replace_file", full_disk)
    with pytest.raises(OSError):
        restore_backup(corrupt_with_backup, backup.path)
    assert corrupt_with_backup.read_bytes() == BROKEN
    folder = corrupt_with_backup.parent
    assert [p.name for p in folder.iterdir() if ".corrupt-" in p.name or p.suffix == ".tmp"] == []


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"{ not json", "damaged"),
        (json.dumps({"meta": {"1": {"schema_version": 99}}, "feedback": {"1": {}}}), "newer"),
        (json.dumps({"meta": {"1": {"schema_version": 2}}}), "empty"),
    ],
)
def test_unusable_backups_are_refused(data_path: Path, content, code: str) -> None:
    folder = data_path.parent / "backups"
    folder.mkdir()
    backup = folder / "leernet-2026-11-01.json"
    backup.write_bytes(content if isinstance(content, bytes) else content.encode())
    data_path.write_bytes(BROKEN)
    with pytest.raises(BackupUnusable) as refused:
        restore_backup(data_path, backup)
    assert refused.value.code == code
    assert data_path.read_bytes() == BROKEN


def test_find_backup_by_name(corrupt_with_backup: Path) -> None:
    assert find_backup(corrupt_with_backup, "leernet-2026-11-26.json").name.endswith("26.json")
    with pytest.raises(BackupUnusable) as unknown:
        find_backup(corrupt_with_backup, "leernet-1999-01-01.json")
    assert unknown.value.code == "unknown"


def test_start_empty_keeps_the_file_aside(corrupt_with_backup: Path) -> None:
    aside = start_empty(corrupt_with_backup)
    assert aside.read_bytes() == BROKEN
    with Store.open(corrupt_with_backup) as store:
        assert store.networks() == []


def test_empty_file_with_backups_is_not_silently_started_over(data_path: Path) -> None:
    make_backup(data_path, "2026-11-27", ["Bewaard"])
    data_path.write_bytes(b"")
    with pytest.raises(DataFileCorrupt) as problem:
        Store.open(data_path)
    assert problem.value.reason == "empty"
    assert data_path.read_bytes() == b""


def test_empty_file_without_backups_is_a_new_file(data_path: Path) -> None:
    data_path.write_bytes(b"")
    with Store.open(data_path) as store:
        assert store.networks() == []


# -- the recovery screen --------------------------------------------------------------


def recovery_app(path: Path, lang: str = "en"):
    from tui.recovery_app import RecoveryApp

    try:
        Store.open(path)
    except DataFileCorrupt as problem:
        return RecoveryApp(path, problem, lang)
    raise AssertionError("the file was expected to be unreadable")


def shown(app) -> str:
    from textual.widgets import Static

    return "\n".join(str(w.render()) for w in app.screen.query(Static))


async def test_screen_says_what_is_wrong_and_restores(corrupt_with_backup: Path) -> None:
    app = recovery_app(corrupt_with_backup)
    async with app.run_test(size=(80, 24)) as pilot:
        text = shown(app)
        assert "leernet.json is damaged: it is no longer valid JSON." in text
        assert "leernet-2026-11-27.json from 27 Nov 2026" in text
        assert "networks 2, sessions 0" in text
        assert corrupt_with_backup.read_bytes() == BROKEN  # nothing happens by itself
        await pilot.press("r")
        await pilot.pause()
        assert "Backup leernet-2026-11-27.json is restored" in shown(app)
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_value == "restored"
    asides = [p for p in corrupt_with_backup.parent.iterdir() if ".corrupt-" in p.name]
    assert len(asides) == 1 and asides[0].read_bytes() == BROKEN
    with Store.open(corrupt_with_backup) as store:
        assert sorted(n.name for n in store.networks()) == ["HR-netwerk", "Preventieadviseurs"]


async def test_screen_start_empty_by_mouse(corrupt_with_backup: Path) -> None:
    app = recovery_app(corrupt_with_backup, lang="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        assert "is beschadigd" in shown(app)
        await pilot.click("#empty")
        await pilot.pause()
        assert "Je begint met een leeg bestand" in shown(app)
        await pilot.click("#continue")
        await pilot.pause()
    assert app.return_value == "empty"
    assert not corrupt_with_backup.exists()
    assert any(".corrupt-" in p.name for p in corrupt_with_backup.parent.iterdir())


async def test_screen_quit_changes_nothing(corrupt_with_backup: Path) -> None:
    app = recovery_app(corrupt_with_backup)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == "quit"
    assert corrupt_with_backup.read_bytes() == BROKEN
    assert sorted(p.name for p in corrupt_with_backup.parent.iterdir()) == [
        "backups",
        "leernet.json",
        "leernet.json.lock",
    ]


async def test_screen_without_backup_offers_no_restore(data_path: Path) -> None:
    data_path.write_bytes(b'{"networks": \xff\xfe not utf-8')
    app = recovery_app(data_path)
    async with app.run_test(size=(80, 24)) as pilot:
        text = shown(app)
        assert "contains bytes that are not UTF-8 text" in text
        assert "There is no backup to restore." in text
        assert not app.screen.query("#restore")
        await pilot.press("r")  # nothing to restore: nothing happens
        await pilot.pause()
        assert data_path.read_bytes() == b'{"networks": \xff\xfe not utf-8'
        await pilot.press("l")  # the language switch works here too
        await pilot.pause()
        assert "Er is geen back-up om terug te zetten." in shown(app)


async def test_screen_reports_a_refused_restore(corrupt_with_backup: Path) -> None:
    app = recovery_app(corrupt_with_backup)
    from store.lock import DataFileLock

    async with app.run_test(size=(80, 24)) as pilot:
        with DataFileLock(corrupt_with_backup):  # another window took the file meanwhile
            await pilot.press("r")
            await pilot.pause()
            assert "open in another leernet window" in shown(app)
        assert corrupt_with_backup.read_bytes() == BROKEN
        await pilot.press("r")  # retry once it is free
        await pilot.pause()
        assert "is restored" in shown(app)


@pytest.mark.parametrize(
    ("content", "sentence"),
    [
        (b'{"sessions": "a list of things"}', 'not laid out as a leernet file ("sessions" is not'),
        (b'{"sessions": {"abc": {}}}', 'entry "abc" that is not a number'),
        (b'{"sessions": {"1": "text"}}', '"sessions/1" is not an object'),
        (b'{"meta": [1, 2, 3]}', '"meta" is not a table'),
    ],
)
async def test_screen_sentence_for_odd_structures(
    data_path: Path, content: bytes, sentence: str
) -> None:
    data_path.write_bytes(content)
    app = recovery_app(data_path)
    async with app.run_test(size=(80, 24)):
        assert sentence in shown(app)
    assert data_path.read_bytes() == content


# -- wiring in the command line -------------------------------------------------------


def test_quitting_recovery_leaves_the_file_and_says_so(
    corrupt_with_backup: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import tui.recovery_app
    from tui.cli import main, run_app

    monkeypatch.setattr(tui.recovery_app, "recover", lambda path, problem, lang: "quit")
    assert main(["--data", str(corrupt_with_backup), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "was left as it is" in err[0]
    assert corrupt_with_backup.read_bytes() == BROKEN
    # Restored (or emptied), then closed instead of opening leernet: no complaint.
    monkeypatch.setattr(tui.recovery_app, "recover", lambda path, problem, lang: "closed")
    assert run_app(corrupt_with_backup, "en") == 0
    assert capsys.readouterr().err == ""


def test_open_or_recover_opens_the_restored_file(
    corrupt_with_backup: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.recovery_app
    from tui.cli import open_or_recover

    def restore_latest(path: Path, problem: DataFileCorrupt, lang: str) -> str:
        assert problem.reason == "invalid_json"
        restore_backup(path, latest_good_backup(path).path)
        return "restored"

    monkeypatch.setattr(tui.recovery_app, "recover", restore_latest)
    opened = open_or_recover(corrupt_with_backup, "en", False, lambda p, lang, demo: Store.open(p))
    try:
        assert len(opened.networks()) == 2
    finally:
        opened.close()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        env={**os.environ, "LANG": "en_US.UTF-8"},
    )


def test_restore_command_restores_the_latest(corrupt_with_backup: Path) -> None:
    result = cli("restore", "--yes", "--data", str(corrupt_with_backup))
    assert result.returncode == 0, result.stderr
    assert "Restored backup leernet-2026-11-27.json" in result.stdout
    assert ".corrupt-" in result.stdout
    with Store.open(corrupt_with_backup) as store:
        assert len(store.networks()) == 2


def test_restore_command_by_name(corrupt_with_backup: Path) -> None:
    result = cli("restore", "leernet-2026-11-26.json", "--yes", "--data", str(corrupt_with_backup))
    assert result.returncode == 0, result.stderr
    with Store.open(corrupt_with_backup) as store:
        assert [n.name for n in store.networks()] == ["Oud netwerk"]


def one_sentence(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_restore_command_refuses_while_open(data_path: Path) -> None:
    make_backup(data_path, "2026-11-27", ["Bewaard"])
    with Store.open(data_path) as store:
        store.save_session(Session(topic="Nu"))
        before = data_path.read_bytes()
        line = one_sentence(cli("restore", "--data", str(data_path)))
        assert f"pid {os.getpid()}" in line and "close it first" in line
        assert data_path.read_bytes() == before


def test_restore_command_errors_are_one_sentence(data_path: Path) -> None:
    line = one_sentence(cli("restore", "--data", str(data_path)))
    assert "no good backup" in line
    make_backup(data_path, "2026-11-27", ["Bewaard"])
    line = one_sentence(cli("restore", "nope.json", "--data", str(data_path)))
    assert "no backup named nope.json" in line
    (data_path.parent / "backups" / "leernet-2026-11-20.json").write_bytes(b"{ damaged")
    line = one_sentence(cli("restore", "leernet-2026-11-20.json", "--data", str(data_path)))
    assert "damaged itself" in line


def test_corrupt_file_on_the_command_line_points_to_recovery(data_path: Path) -> None:
    data_path.write_bytes(BROKEN)
    line = one_sentence(cli("search", "x", "--data", str(data_path)))
    assert "damaged" in line and "restore a backup" in line
    assert data_path.read_bytes() == BROKEN


def test_feedback_survives_a_full_round(data_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Write on day 1, corrupt, restore: the day-1 entries are back."""
    monkeypatch.setattr(store.backups, "today", lambda: date(2026, 11, 27))
    with Store.open(data_path) as opened:
        opened.save_feedback(Feedback(said="Goed voorbeeld"))
    monkeypatch.setattr(store.backups, "today", lambda: date(2026, 11, 28))
    with Store.open(data_path) as opened:
        opened.save_feedback(Feedback(said="Tweede dag"))  # day 2's first write: a copy of day 1
    data_path.write_bytes(data_path.read_bytes()[:-40])  # something truncates the file
    with pytest.raises(DataFileCorrupt):
        Store.open(data_path)
    restore_backup(data_path, latest_good_backup(data_path).path)
    with Store.open(data_path) as opened:
        assert [f.said for f in opened.feedback()] == ["Goed voorbeeld"]


# -- repairing a file that is only unreadable because of a few non-UTF-8 bytes ----------

LATIN1 = '{"meta": {"1": {"schema_version": 2}}, "networks": {"1": {"name": "Café € Gent"}}}'


def test_repair_reads_stray_bytes_as_windows_1252(data_path: Path) -> None:
    raw = LATIN1.encode("cp1252")
    data_path.write_bytes(raw)
    fixed, count = repaired_text(raw)
    assert count == 2
    assert fixed.decode("utf-8") == LATIN1
    kept = repair_encoding(data_path)
    assert kept.read_bytes() == raw and ".corrupt-" in kept.name
    with Store.open(data_path) as opened:
        assert opened.network(1).name == "Café € Gent"


def test_repair_is_not_offered_when_it_would_not_help(data_path: Path) -> None:
    assert repaired_text(b'{"networks": \xff') is None  # still not JSON afterwards
    data_path.write_bytes(b'{"networks": \xff')
    with pytest.raises(DataFileCorrupt):
        repair_encoding(data_path)
    assert data_path.read_bytes() == b'{"networks": \xff'


async def test_screen_repairs_by_key(data_path: Path) -> None:
    data_path.write_bytes(LATIN1.encode("cp1252"))
    app = recovery_app(data_path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "the 2 unreadable bytes are read as Windows-1252" in shown(app)
        await pilot.press("p")
        await pilot.pause()
        assert "The characters are repaired" in shown(app)
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_value == "repaired"
    assert data_path.read_text(encoding="utf-8") == LATIN1


async def test_screen_offers_no_repair_for_other_problems(corrupt_with_backup: Path) -> None:
    app = recovery_app(corrupt_with_backup)
    async with app.run_test(size=(80, 24)) as pilot:
        assert not app.screen.query("#repair")
        await pilot.press("p")
        await pilot.pause()
        assert corrupt_with_backup.read_bytes() == BROKEN


async def test_closing_after_a_restore_is_not_quitting_untouched(corrupt_with_backup: Path) -> None:
    app = recovery_app(corrupt_with_backup)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_value == "closed"
