"""The lock is the file's, not the name's: symlinks lead to the same lock, and the lock
file itself is never followed."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

import store.lock
from store.db import Store
from store.errors import DataFileLocked, DataPathError
from store.models import Network
from store.recovery import restore_backup
from tui.cli import main


@pytest.fixture
def linked(tmp_path: Path) -> tuple[Path, Path]:
    """(real, link): a data file in a synced folder and a symlink to it elsewhere."""
    synced = tmp_path / "synced"
    synced.mkdir()
    real = synced / "leernet.json"
    with Store.open(real) as first:
        first.save_network(Network(name="Eerste"))
    link = tmp_path / "leernet.json"
    link.symlink_to(real)
    return real, link


def make_backup(data_path: Path, networks: list[str]) -> Path:
    folder = data_path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    content = {
        "meta": {"1": {"schema_version": 2}},
        "networks": {str(i + 1): {"name": name} for i, name in enumerate(networks)},
    }
    path = folder / "leernet-2026-11-27.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


def test_second_store_through_a_symlink_is_refused(linked: tuple[Path, Path]) -> None:
    real, link = linked
    with Store.open(real) as first:
        with pytest.raises(DataFileLocked) as refused:
            Store.open(link)
        assert f"pid {os.getpid()}" in str(refused.value)
        first.save_network(Network(name="Tweede"))
    with Store.open(link) as again:  # free once the first one is closed
        assert [n.name for n in again.networks()] == ["Eerste", "Tweede"]
    assert not list(real.parent.glob("*.changed-*"))


def test_the_other_way_round_too(linked: tuple[Path, Path]) -> None:
    real, link = linked
    with Store.open(link), pytest.raises(DataFileLocked):
        Store.open(real)


def test_a_symlinked_folder_leads_to_the_same_lock(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    with Store.open(tmp_path / "real" / "leernet.json"), pytest.raises(DataFileLocked):
        Store.open(tmp_path / "alias" / "leernet.json")


def test_a_symlink_at_the_lock_name_is_not_followed(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("not to be truncated\n")
    data = tmp_path / "leernet.json"
    (tmp_path / "leernet.json.lock").symlink_to(precious)
    with pytest.raises(DataPathError) as refused:
        Store.open(data)
    sentence = str(refused.value)
    assert "leernet.json.lock" in sentence and "symbolic link" in sentence
    assert "\n" not in sentence
    assert precious.read_text() == "not to be truncated\n"
    assert (tmp_path / "leernet.json.lock").is_symlink()
    assert not data.exists()


def test_a_symlinked_lock_on_the_command_line_is_one_sentence(tmp_path: Path, capsys) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("intact")
    (tmp_path / "leernet.json.lock").symlink_to(precious)
    make_backup(tmp_path / "leernet.json", ["Bewaard"])
    assert main(["--data", str(tmp_path / "leernet.json"), "restore", "--yes"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "symbolic link" in err
    assert precious.read_text() == "intact"


def test_restore_through_a_symlink_is_refused_while_open(linked: tuple[Path, Path]) -> None:
    real, link = linked
    backup = make_backup(link, ["Uit de back-up"])
    with Store.open(real) as first:
        before = real.read_bytes()
        with pytest.raises(DataFileLocked):
            restore_backup(link, backup)
        assert real.read_bytes() == before
        assert link.is_symlink()
        first.save_network(Network(name="Nog open"))


def test_restore_command_through_a_symlink_is_refused_while_open(
    linked: tuple[Path, Path], capsys
) -> None:
    real, link = linked
    make_backup(link, ["Uit de back-up"])
    with Store.open(real):
        before = real.read_bytes()
        assert main(["--data", str(link), "--lang", "en", "restore", "--yes"]) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "close it first" in err
        assert real.read_bytes() == before


def test_a_full_disk_while_writing_the_pid_does_not_stop_the_start(
    data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.lock, "_write_pid", disk_full)
    with Store.open(data_path) as opened:  # the flock is held; only the pid is missing
        opened.save_network(Network(name="Toch bewaard"))
        with pytest.raises(DataFileLocked) as refused:
            Store.open(data_path)
        assert "another process" in str(refused.value)


def test_a_lock_that_is_not_a_regular_file_is_refused(data_path: Path) -> None:
    os.mkfifo(data_path.with_name("leernet.json.lock"))
    with pytest.raises(DataPathError) as refused:  # never hangs on the FIFO
        Store.open(data_path)
    assert "not a regular file" in str(refused.value)
