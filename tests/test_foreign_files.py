"""A data path holding something that is not leernet's is refused and never touched: not
renamed, not chmodded, not replaced, not restored over. leernet's own damaged files still
get recovery."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from store.datafile import parse_data_file
from store.db import Store
from store.errors import DataFileCorrupt
from store.recovery import restore_backup, set_aside, start_empty
from tui.cli import main

PASSWD = b"root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"


def make_backup(data_path: Path) -> Path:
    folder = data_path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / "leernet-2026-11-27.json"
    path.write_text(
        json.dumps({"meta": {"1": {"schema_version": 2}}, "networks": {"1": {"name": "N"}}}),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def system_file(tmp_path: Path) -> Path:
    """A stand-in for a system file (say /etc/passwd), readable by all."""
    etc = tmp_path / "etc"
    etc.mkdir()
    target = etc / "passwd"
    target.write_bytes(PASSWD)
    os.chmod(target, 0o644)
    return target


@pytest.fixture
def link(tmp_path: Path, system_file: Path) -> Path:
    """The data path: a symlink to the system file, with leernet backups beside it."""
    path = tmp_path / "leernet.json"
    path.symlink_to(system_file)
    make_backup(path)
    return path


def untouched(target: Path, content: bytes = PASSWD, mode: int = 0o644) -> None:
    assert target.read_bytes() == content
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_store_refuses_a_symlink_to_a_foreign_file(link: Path, system_file: Path) -> None:
    with pytest.raises(DataFileCorrupt) as refused:
        Store.open(link)
    assert refused.value.reason == "foreign"
    assert not refused.value.recoverable
    assert str(link) in str(refused.value)
    untouched(system_file)
    assert link.is_symlink()


def test_start_empty_never_renames_a_foreign_file(link: Path, system_file: Path) -> None:
    with pytest.raises(DataFileCorrupt):
        start_empty(link)
    with pytest.raises(DataFileCorrupt):
        set_aside(link)
    untouched(system_file)
    assert link.is_symlink()


def test_restore_never_replaces_a_foreign_file(link: Path, system_file: Path) -> None:
    backup = make_backup(link)
    with pytest.raises(DataFileCorrupt):
        restore_backup(link, backup)
    untouched(system_file)


def test_the_command_line_says_it_in_one_sentence(link: Path, system_file: Path, capsys) -> None:
    assert main(["--data", str(link), "--lang", "en"]) == 2  # the app: no recovery screen
    err = capsys.readouterr().err.strip()
    assert err.splitlines() == [
        f"leernet: {link} is not a leernet data file, so leernet leaves it alone; give the "
        "path of your leernet file (or of a new one) with --data."
    ]
    assert main(["--data", str(link), "--lang", "en", "restore", "--yes"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a leernet data file" in err
    untouched(system_file)


@pytest.mark.parametrize(
    "content",
    [
        PASSWD,
        b'{"name": "leernet", "version": "1.0"}',  # someone's package.json
        b"[1, 2, 3]",
        b'"just text"',
        b"\x89PNG\r\n\x1a\n\x00\x00",  # a picture
    ],
    ids=["passwd", "package-json", "array", "string", "png"],
)
def test_foreign_content_in_a_plain_file_is_left_alone(data_path: Path, content: bytes) -> None:
    data_path.write_bytes(content)
    os.chmod(data_path, 0o644)
    with pytest.raises(DataFileCorrupt) as refused:
        Store.open(data_path)
    assert refused.value.reason == "foreign"
    with pytest.raises(DataFileCorrupt):
        start_empty(data_path)
    assert data_path.read_bytes() == content
    assert stat.S_IMODE(data_path.stat().st_mode) == 0o644
    assert not list(data_path.parent.glob("leernet.json.*-*"))


@pytest.mark.parametrize("content", [b"", b"{}", b"  \n"])
def test_an_empty_file_or_object_is_a_new_file(data_path: Path, content: bytes) -> None:
    data_path.write_bytes(content)
    with Store.open(data_path) as opened:
        assert opened.networks() == []
    assert json.loads(data_path.read_bytes())["meta"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"meta": {"1": {"schema_version": 2}}, "networks": {"1": {"na', "invalid_json"),
        (b'{\n  "met', "foreign"),  # truncated before any table name: nothing shows it is ours
        (b'{"sessions": {"1": {"topic": "caf\xe9"}}}', "encoding"),
        (b"\x00" * 4096, "invalid_json"),  # what a crash can leave of a file
        (b'{"sessions": "text"}', "structure"),
        (b'{"meta": ' + b"[" * 200 + b"]" * 200 + b"}", "too_deep"),
    ],
    ids=["truncated", "truncated-early", "latin-1", "nul-bytes", "structure", "deep"],
)
def test_the_rule_for_what_is_leernets(data_path: Path, content: bytes, reason: str) -> None:
    with pytest.raises(DataFileCorrupt) as problem:
        parse_data_file(content, data_path)
    assert problem.value.reason == reason
    assert problem.value.recoverable == (reason != "foreign")


def test_damaged_leernet_file_is_still_kept_aside_and_started_over(data_path: Path) -> None:
    from store.datafile import looks_like_leernet

    damaged = b'{"meta": {"1": {"schema_version": 2}}, "networks": {"1": {"na'
    data_path.write_bytes(damaged)
    assert looks_like_leernet(damaged)
    aside = start_empty(data_path)
    assert aside.read_bytes() == damaged
    assert not data_path.exists()


async def test_the_recovery_screen_offers_only_quit_for_a_foreign_file(
    link: Path, system_file: Path
) -> None:
    from textual.widgets import Button

    from tui.recovery_app import RecoveryApp

    problem = DataFileCorrupt("not ours", link, reason="foreign")
    app = RecoveryApp(link, problem, "en")
    async with app.run_test(size=(80, 24)) as pilot:
        assert [b.id for b in app.screen.query(Button)] == ["quit"]
        for key in ("r", "e", "p"):
            await pilot.press(key)
            await pilot.pause()
        assert "not a leernet data file" in str(app.screen.query_one("#recovery-problem").render())
    untouched(system_file)
