"""Restore points you can use: one write per settings change, a copy before each run's
first write (20 kept), restore asks first, and a restore can be undone by name."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

import store.atomic
import store.backups
from store.backups import RUN_KEEP, list_backups, list_restore_points
from store.db import Store
from store.models import Network
from tui.cli import main


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


def network_names(data_path: Path) -> list[str]:
    with Store.open(data_path) as opened:
        return [n.name for n in opened.networks()]


# -- settings ---------------------------------------------------------------------------


def test_one_file_replacement_per_settings_change(
    data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    replaced: list[Path] = []
    real_replace = store.atomic.replace_file

    def counting(source: Path, target: Path) -> None:
        if target == data_path:
            replaced.append(target)
        real_replace(source, target)

    with Store.open(data_path) as opened:
        opened.update_settings(person="Sam")  # the first settings document
        monkeypatch.setattr(store.atomic, "replace_file", counting)
        for theme in ("nord", "gruvbox", "textual-dark"):
            replaced.clear()
            opened.update_settings(theme=theme)
            assert len(replaced) == 1
        assert opened.settings().person == "Sam"
        assert opened.settings().theme == "textual-dark"
    on_disk = json.loads(data_path.read_bytes())["settings"]
    assert len(on_disk) == 1 and next(iter(on_disk.values()))["theme"] == "textual-dark"


def test_settings_keep_unknown_fields_and_a_second_stray_document_goes(data_path: Path) -> None:
    data_path.write_text(
        json.dumps(
            {
                "meta": {"1": {"schema_version": 2}},
                "settings": {"3": {"lang": "en", "font": "groot"}, "4": {"lang": "nl"}},
            }
        ),
        encoding="utf-8",
    )
    with Store.open(data_path) as opened:
        assert opened.settings().lang == "en"
        opened.update_settings(person="Sam")
        assert opened.settings().person == "Sam"
    settings = json.loads(data_path.read_bytes())["settings"]
    assert list(settings) == ["3"] and settings["3"]["font"] == "groot"


# -- a copy before each run's first write -------------------------------------------------


def test_a_run_backup_is_made_before_the_first_write_of_each_run(data_path: Path) -> None:
    with Store.open(data_path) as opened:
        opened.save_network(Network(name="Eerste"))  # nothing to keep yet
        opened.save_network(Network(name="Tweede"))  # the run's copy holds "Eerste"
        opened.save_network(Network(name="Derde"))  # later writes of the run: no copy
    runs = [b for b in list_backups(data_path) if b.kind == "run"]
    assert len(runs) == 1
    kept = json.loads(runs[0].path.read_bytes())
    assert [n["name"] for n in kept["networks"].values()] == ["Eerste"]
    before_second_run = data_path.read_bytes()
    with Store.open(data_path) as opened:  # the same day, a second run
        opened.save_network(Network(name="Vierde"))
    runs = [b for b in list_backups(data_path) if b.kind == "run"]
    assert len(runs) == 2
    assert runs[0].path.read_bytes() == before_second_run  # newest first


def test_the_newest_twenty_run_backups_are_kept(
    data_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2026, 11, 1, 9, 0, 0)
    clock = {"now": start}
    monkeypatch.setattr(store.backups, "now", lambda: clock["now"])
    monkeypatch.setattr(store.backups, "today", lambda: clock["now"].date())
    with Store.open(data_path) as opened:
        opened.save_network(Network(name="Begin"))
    for run in range(RUN_KEEP + 5):
        clock["now"] = start + timedelta(hours=run)
        with Store.open(data_path) as opened:
            opened.save_network(Network(name=f"Run {run}"))
    runs = [b for b in list_backups(data_path) if b.kind == "run"]
    assert len(runs) == RUN_KEEP
    newest = start + timedelta(hours=RUN_KEEP + 4)
    assert runs[0].name == f"leernet-{newest:%Y-%m-%d}-run-{newest:%H%M%S}.json"
    oldest_kept = json.loads(runs[-1].path.read_bytes())
    assert "Run 4" in [n["name"] for n in oldest_kept["networks"].values()]
    assert len([b for b in list_backups(data_path) if b.kind == "daily"]) <= 14


def test_the_latest_good_backup_can_be_a_run_backup(data_path: Path) -> None:
    make_backup(data_path, "2026-01-01", ["Heel oud"])
    with Store.open(data_path) as opened:
        opened.save_network(Network(name="Vandaag"))
        opened.save_network(Network(name="Later"))
    from store.recovery import latest_good_backup

    latest = latest_good_backup(data_path)
    assert latest is not None and latest.kind in ("run", "daily")
    assert latest.day == date.today()


# -- restore asks first ---------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def restorable(data_path: Path) -> Path:
    make_backup(data_path, "2026-11-27", ["Uit de back-up"])
    with Store.open(data_path) as opened:
        opened.save_network(Network(name="Huidig"))
    return data_path


def answer(monkeypatch: pytest.MonkeyPatch, reply: str) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr("sys.stdin", FakeTerminal())

    def fake_input(prompt: str = "") -> str:
        asked.append(prompt)
        return reply

    monkeypatch.setattr("builtins.input", fake_input)
    return asked


def test_restore_asks_and_no_keeps_the_file(
    restorable: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    before = restorable.read_bytes()
    asked = answer(monkeypatch, "n")
    assert main(["--data", str(restorable), "--lang", "en", "restore"]) == 1
    assert asked == [f"Restore leernet-2026-11-27.json over {restorable}? [y/N] "]
    assert restorable.read_bytes() == before
    assert "Nothing was restored" in capsys.readouterr().err
    assert not list(restorable.parent.glob("*.before-restore-*"))


def test_restore_asks_and_yes_restores(restorable: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = answer(monkeypatch, "ja")
    assert main(["--data", str(restorable), "--lang", "nl", "restore"]) == 0
    assert asked == [f"leernet-2026-11-27.json terugzetten over {restorable}? [j/N] "]
    assert network_names(restorable) == ["Uit de back-up"]


def test_restore_without_a_terminal_needs_yes(
    restorable: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    before = restorable.read_bytes()
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))  # `echo y | leernet restore`
    assert main(["--data", str(restorable), "--lang", "en", "restore"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pass --yes" in err[0]
    assert restorable.read_bytes() == before
    assert main(["--data", str(restorable), "--lang", "en", "restore", "--yes"]) == 0
    assert network_names(restorable) == ["Uit de back-up"]


# -- a restore can be undone ------------------------------------------------------------------


def test_backups_lists_before_restore_copies_and_restoring_one_undoes(
    restorable: Path, capsys
) -> None:
    assert main(["--data", str(restorable), "--lang", "en", "restore", "--yes"]) == 0
    assert network_names(restorable) == ["Uit de back-up"]
    capsys.readouterr()
    assert main(["--data", str(restorable), "--lang", "en", "backups"]) == 0
    lines = capsys.readouterr().out.splitlines()
    [copy_line] = [line for line in lines if ".before-restore-" in line]
    name, _day, _size, holds, kind = copy_line.split("\t")
    assert name.startswith("leernet.json.before-restore-")
    assert kind == "before a restore (restore it to undo that restore)"
    assert holds.startswith("networks 1,")
    assert main(["--data", str(restorable), "--lang", "en", "restore", name, "--yes"]) == 0
    assert network_names(restorable) == ["Huidig"]  # undone
    kinds = [b.kind for b in list_restore_points(restorable)]
    assert kinds.count("before-restore") == 2  # the undo kept what it replaced, too
