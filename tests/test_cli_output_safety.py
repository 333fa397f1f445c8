"""`leernet export -o FILE` writes only where it should, through a real subprocess: a new
file or an existing regular file (with --force, keeping its mode), through a symlink;
never into a FIFO, device, socket, folder or dangling link. Stale temps of killed exports
go; the app's export screen follows the same rule (store/export_target.py)."""

from __future__ import annotations

import os
import socket
import stat
import time
from datetime import date
from pathlib import Path

import pytest
from cli_run import assert_one_sentence_error, leernet
from test_export import build_store
from test_export_screen import field_error, open_export, settle
from textual.widgets import Input

from screens.confirm import ConfirmModal
from screens.export import ExportScreen
from store.db import Store
from store.export import default_file_name
from store.export_target import STALE_TEMP_SECONDS, check_export_target


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "leernet.json"
    path.parent.mkdir()
    with Store.open(path) as store:
        build_store(store)
    return path


def export_to(data_file: Path, target: Path | str, *extra: str, audience: str = "team"):  # noqa: ANN201
    return leernet(
        "export", "--for", audience, "--data", str(data_file), "-o", str(target), "--lang", "en",
        *extra,
    )  # fmt: skip


def test_a_fifo_is_refused_at_once_and_stays_a_fifo(data_file: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    # Opening the FIFO would block for ever (no reader): the runner's timeout catches that.
    for extra in ((), ("--force",)):
        line = assert_one_sentence_error(export_to(data_file, fifo, *extra))
        assert str(fifo) in line and "not a regular file" in line
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_device_is_refused(data_file: Path) -> None:
    before = os.stat("/dev/null")
    for extra in ((), ("--force",)):
        line = assert_one_sentence_error(export_to(data_file, "/dev/null", *extra))
        assert "/dev/null is not a regular file" in line
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_socket_is_refused(data_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        for extra in ((), ("--force",)):
            line = assert_one_sentence_error(export_to(data_file, path, *extra))
            assert "is not a regular file" in line
        assert stat.S_ISSOCK(os.lstat(path).st_mode)
    finally:
        server.close()


def test_a_folder_is_refused(data_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    for extra in ((), ("--force",)):
        line = assert_one_sentence_error(export_to(data_file, folder, *extra))
        assert line == f"leernet: {folder} is a folder; an export needs a file name."
    assert list(folder.iterdir()) == []


def test_an_existing_file_needs_force_and_keeps_its_mode(data_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "team.md"
    target.write_text("mine", encoding="utf-8")
    os.chmod(target, 0o640)
    line = assert_one_sentence_error(export_to(data_file, target))
    assert line == f"leernet: {target} exists; pass --force to replace it."
    assert target.read_text(encoding="utf-8") == "mine"

    result = export_to(data_file, target, "--force")
    assert result.returncode == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # not the team default 0644


def test_the_sentence_is_dutch_too(data_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "team.md"
    target.write_text("mine", encoding="utf-8")
    result = leernet(
        "export", "--for", "team", "--data", str(data_file), "-o", str(target), "--lang", "nl"
    )
    assert assert_one_sentence_error(result) == (
        f"leernet: {target} bestaat al; geef --force mee om het te vervangen."
    )


def test_a_private_export_over_a_readable_file_becomes_owner_only(
    data_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "full.md"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o644)
    result = export_to(data_file, target, "--force", audience="full")
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_new_file_gets_the_audience_mode(data_file: Path, tmp_path: Path) -> None:
    for audience, mode in (("team", 0o644), ("growth", 0o600)):
        target = tmp_path / f"{audience}.md"
        assert export_to(data_file, target, audience=audience).returncode == 0
        assert stat.S_IMODE(target.stat().st_mode) == mode


def test_a_symlink_is_written_through(data_file: Path, tmp_path: Path) -> None:
    real = tmp_path / "real" / "team.md"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "link.md"
    link.symlink_to(real)

    assert "--force" in assert_one_sentence_error(export_to(data_file, link))
    result = export_to(data_file, link, "--force")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["team.md"]  # no temp left


def test_a_dangling_symlink_is_refused(data_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elsewhere" / "gone.md")
    line = assert_one_sentence_error(export_to(data_file, link, "--force"))
    assert "does not exist" in line
    assert link.is_symlink() and not (tmp_path / "elsewhere").exists()


def test_a_symlink_to_the_data_file_is_refused(data_file: Path, tmp_path: Path) -> None:
    before = data_file.read_bytes()
    link = tmp_path / "link.md"
    link.symlink_to(data_file)
    line = assert_one_sentence_error(export_to(data_file, link, "--force"))
    assert "is your data file" in line
    assert data_file.read_bytes() == before


def test_stale_temps_of_killed_exports_are_removed(data_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "team.md"
    old = time.time() - STALE_TEMP_SECONDS - 60
    stale = tmp_path / ".team.md.k1ll3d_x.tmp"  # what a killed export left
    live = tmp_path / ".team.md.runn1ng_.tmp"  # another export writing right now
    other = tmp_path / ".team.md.bak.abcd1234.tmp"  # the temp of another file, team.md.bak
    for path in (stale, live, other):
        path.write_bytes(b"x" * 1000)
    for path in (stale, other):
        os.utime(path, (old, old))
    result = export_to(data_file, target)
    assert result.returncode == 0, result.stderr
    assert not stale.exists()
    assert live.exists() and other.exists()


def test_check_never_opens_the_path(tmp_path: Path) -> None:
    """The verdict comes from stat alone: a FIFO with no reader would block an open."""
    fifo = tmp_path / "p"
    os.mkfifo(fifo)
    assert check_export_target(fifo).refused == "special"
    assert check_export_target(tmp_path / "new.md").refused is None
    assert check_export_target(tmp_path / "no" / "new.md").refused == "no_folder"


# -- the export screen: the same rule ------------------------------------------------


async def test_export_screen_refuses_a_fifo_with_the_same_sentence(
    store: Store, make_app, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    fifo = folder / default_file_name("team", date.today())
    os.mkfifo(fifo)
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        screen.query_one("#export-folder", Input).value = str(folder)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)  # no Replace? question, no hang
        assert field_error(screen, "export-folder") == (
            f"{fifo} is not a regular file (but a pipe, device or socket); choose a file name."
        )
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


async def test_export_screen_replace_keeps_the_mode(store: Store, make_app, tmp_path: Path) -> None:
    target = tmp_path / default_file_name("team", date.today())
    target.write_text("mine", encoding="utf-8")
    os.chmod(target, 0o640)
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        screen.query_one("#export-folder", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
    assert target.read_text(encoding="utf-8").startswith("# ")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
