"""Crash-safety campaign: SIGKILL a writer at random moments; nothing acknowledged is lost.

A child process writes sessions and feedback through the real `Store` in a loop and
prints an acknowledgement after each save returns. The parent kills it with SIGKILL —
at a random time, right after an acknowledgement, or inside the storage's write path
(the child announces "about to replace" and sleeps a random few milliseconds between
writing the temp file and renaming it). After every kill the data file must parse and
hold every acknowledged write; the next child then opens the same file (taking over the
dead child's lock) and goes on. The figure is printed at the end of the test output.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import orjson
import pytest

from store.datafile import parse_data_file
from store.db import Store

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261128
KILLS_PER_LANE = 150  # two lanes run side by side: 300 kills
LANES = 2
KILLS_PER_FILE = 22  # a fresh data file now and then keeps every write small and fast

# The writer. Spawning a fresh interpreter per kill costs ~0.1 s, so one small
# "fork server" per lane imports store/ once (store/ never imports textual) and forks a
# fresh writer for every round; each writer opens the Store itself (taking over the dead
# one's lock), so what is killed is a complete, ordinary process using the real Store.
# Writer protocol on its FIFO, one line each:
#   W <table> <id|new> <marker>   about to save (the write may or may not land)
#   R                             the temp file is written and fsynced; about to replace
#   A <table> <id> <marker>       the save returned: this write is acknowledged
#   X <error>                     the writer failed by itself (a test failure)
FORK_SERVER = r"""
import os, random, signal, sys, time, traceback
import store.atomic as atomic
from store.db import Store
from store.errors import DataFileLocked
from store.models import Feedback, Session

signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps killed writers
original = atomic.replace_file

def write_forever(fifo, path, seed, counter):
    out = open(fifo, "w", buffering=1)
    rng = random.Random(seed)

    def replace_slowly(source, target):
        if target.name == "leernet.json":
            out.write("R\n")
            out.flush()
            time.sleep(rng.uniform(0, 0.004))
        original(source, target)

    atomic.replace_file = replace_slowly
    try:
        deadline = time.monotonic() + 5
        while True:  # the kernel frees the killed writer's lock as it tears it down
            try:
                store = Store.open(path)
                break
            except DataFileLocked:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.001)
        sessions = [s.id for s in store.sessions()]
        while True:
            counter += 1
            marker = f"m{counter}"
            choice = rng.random()
            if choice < 0.45:
                out.write(f"W sessions new {marker}\n")
                saved = store.save_session(Session(topic=marker, learned="x" * rng.randint(0, 300)))
                sessions.append(saved.id)
                out.write(f"A sessions {saved.id} {marker}\n")
            elif choice < 0.75 or not sessions:
                out.write(f"W feedback new {marker}\n")
                saved = store.save_feedback(Feedback(said=marker, giver_name="An"))
                out.write(f"A feedback {saved.id} {marker}\n")
            else:
                doc_id = rng.choice(sessions)
                out.write(f"W sessions {doc_id} {marker}\n")
                current = store.session(doc_id)
                current.topic = marker
                store.save_session(current)
                out.write(f"A sessions {doc_id} {marker}\n")
    except BaseException:
        out.write("X " + traceback.format_exc().replace("\n", " | ") + "\n")
        out.flush()
        os._exit(1)

for command in sys.stdin:
    fifo, path, seed, counter = command.split()
    pid = os.fork()
    if pid == 0:
        write_forever(fifo, path, int(seed), int(counter))
    print(pid, flush=True)
"""

MARKER_FIELD = {"sessions": "topic", "feedback": "said"}


@dataclass
class Figures:
    kills: int = 0
    kills_in_write_path: int = 0
    torn_writes: int = 0  # killed between temp file and rename (a temp file was left)
    corrupt: int = 0
    acknowledged: int = 0
    lost: int = 0
    problems: list[str] = field(default_factory=list)
    temps_seen: set[str] = field(default_factory=set)

    def add(self, other: Figures) -> None:
        self.kills += other.kills
        self.kills_in_write_path += other.kills_in_write_path
        self.torn_writes += other.torn_writes
        self.corrupt += other.corrupt
        self.acknowledged += other.acknowledged
        self.lost += other.lost
        self.problems += other.problems


def markers_on_disk(path: Path) -> dict[tuple[str, str], str]:
    """(table, id) -> marker, from the file as it is on disk; raises if it does not parse."""
    raw = path.read_bytes()
    orjson.loads(raw)  # plain JSON first: a torn write would fail here
    data = parse_data_file(raw, path) or {}
    found = {}
    for table, name in MARKER_FIELD.items():
        for doc_id, doc in (data.get(table) or {}).items():
            found[(table, doc_id)] = doc[name]
    return found


def run_lane(folder: Path, rng: random.Random, kills: int) -> Figures:
    figures = Figures()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    server = subprocess.Popen(
        [sys.executable, "-c", FORK_SERVER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    path = folder / "leernet.json"
    expected: dict[tuple[str, str], str] = {}
    counter = 0
    try:
        for kill in range(kills):
            if kill % KILLS_PER_FILE == 0:
                path = folder / f"file{kill // KILLS_PER_FILE}" / "leernet.json"
                path.parent.mkdir()
                expected = {}
            fifo = folder / f"writer{kill}.fifo"
            os.mkfifo(fifo)
            server.stdin.write(f"{fifo} {path} {rng.randrange(2**32)} {counter}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            with open(fifo, encoding="utf-8") as output:  # opens once the writer has
                lines = kill_at_random_moment(pid, output, rng, figures)
            fifo.unlink()
            figures.kills += 1
            expected, counter = check_after_kill(path, lines, expected, counter, kill, figures)
            if figures.corrupt:
                break
    finally:
        server.stdin.close()
        server.wait(timeout=10)
    return figures


def kill_at_random_moment(
    pid: int, output: TextIO, rng: random.Random, figures: Figures
) -> list[str]:
    """SIGKILL the writer at a random moment; returns everything it said before dying."""
    lines: list[str] = []

    def read_until(count: int, prefix: str) -> None:
        seen = 0
        while seen < count:
            line = output.readline()
            if not line:
                return
            lines.append(line)
            seen += line.startswith(prefix)

    how = rng.random()
    if how < 0.5:
        # Inside the write path: after the n-th "about to replace", within a few ms.
        read_until(rng.randint(1, 3), "R")
        time.sleep(rng.uniform(0, 0.003))
        figures.kills_in_write_path += 1
    elif how < 0.75:
        # Right after an acknowledgement: the next write has just begun.
        read_until(rng.randint(1, 3), "A ")
    else:
        # Any moment at all, including while the writer opens the file.
        time.sleep(rng.uniform(0.0, 0.06))
    os.kill(pid, signal.SIGKILL)
    lines += output.readlines()  # EOF: the writer is gone (its files are closed)
    return lines


def check_after_kill(
    path: Path,
    lines: list[str],
    expected: dict[tuple[str, str], str],
    counter: int,
    kill: int,
    figures: Figures,
) -> tuple[dict[tuple[str, str], str], int]:
    """The file parses and holds every acknowledged write; returns the new baseline."""
    pending: tuple[str, str, str] | None = None
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        if parts[0] == "X":
            figures.problems.append(f"kill {kill}: the writer failed: {line}")
        elif parts[0] == "W":
            pending = (parts[1], parts[2], parts[3])
            counter = max(counter, int(parts[3][1:]))
        elif parts[0] == "A":
            expected[(parts[1], parts[2])] = parts[3]
            figures.acknowledged += 1
            pending = None
    temps = {p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")}
    if temps - figures.temps_seen:
        figures.torn_writes += 1  # a new temp file: the next writer's open removes it
    figures.temps_seen |= temps
    if not path.exists():
        return expected, counter  # killed before the very first write of this file
    try:
        on_disk = markers_on_disk(path)
    except Exception as error:  # noqa: BLE001 - any failure to read is a corrupt file
        figures.corrupt += 1
        figures.problems.append(f"kill {kill}: {path} does not parse: {error}")
        return expected, counter
    for key, marker in expected.items():
        actual = on_disk.get(key)
        # The one write in flight may have landed (renamed just before the kill).
        in_flight = pending is not None and pending[:2] == key
        if actual != marker and not (in_flight and actual == pending[2]):  # type: ignore[index]
            figures.lost += 1
            figures.problems.append(
                f"kill {kill}: {key} is {actual!r}, expected {marker!r} (in flight: {pending})"
            )
    # What is on disk now (including a write that landed unacknowledged) is the baseline.
    return on_disk, counter


def test_sigkill_campaign_loses_nothing_acknowledged(tmp_path: Path, report_figure) -> None:
    master = random.Random(SEED)
    results: list[Figures] = [Figures() for _ in range(LANES)]
    seeds = [master.randrange(2**32) for _ in range(LANES)]
    started = time.perf_counter()

    def lane(index: int) -> None:
        folder = tmp_path / f"lane{index}"
        folder.mkdir()
        results[index] = run_lane(folder, random.Random(seeds[index]), KILLS_PER_LANE)

    threads = [threading.Thread(target=lane, args=(i,)) for i in range(LANES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = Figures()
    for result in results:
        total.add(result)
    elapsed = time.perf_counter() - started
    report_figure(
        f"crash-safety campaign (seed {SEED}): {total.kills} SIGKILLs "
        f"({total.kills_in_write_path} inside the write path, {total.torn_writes} between temp "
        f"file and rename), {total.corrupt} corrupt files, "
        f"{total.lost} of {total.acknowledged} acknowledged writes lost, {elapsed:.1f} s"
    )
    assert total.problems == []
    assert total.kills >= 200
    assert total.kills_in_write_path >= 50
    assert total.torn_writes >= 20  # the dangerous moment really was hit, many times
    assert total.acknowledged >= 200  # the children really did write
    assert total.corrupt == 0
    assert total.lost == 0


def test_reopen_after_kill_cleans_leftover_temp_file(tmp_path: Path) -> None:
    """A kill between temp write and rename leaves a temp file; the next open removes it."""
    path = tmp_path / "leernet.json"
    with Store.open(path) as store:
        store.save_feedback(_feedback("eerste"))
    leftover = tmp_path / ".leernet.json.abc123.tmp"
    leftover.write_bytes(b'{"half": ')
    with Store.open(path) as store:
        assert [f.said for f in store.feedback()] == ["eerste"]
    assert not leftover.exists()
    assert markers_on_disk(path)[("feedback", "1")] == "eerste"


def _feedback(said: str):
    from store.models import Feedback

    return Feedback(said=said)


@pytest.mark.parametrize("moment", ["before_replace", "after_replace"])
def test_kill_at_each_side_of_the_rename(tmp_path: Path, moment: str) -> None:
    """Deterministic edges: killed just before the rename -> old file; just after -> new."""
    path = tmp_path / "leernet.json"
    with Store.open(path) as store:
        store.save_feedback(_feedback("oud"))
    code = f"""
import os, signal, store.atomic as atomic
from store.db import Store
from store.models import Feedback
original = atomic.replace_file
def replace(source, target):
    if target.name != "leernet.json":  # the day's backup goes first: let it through
        return original(source, target)
    if {moment!r} == "after_replace":
        original(source, target)
    os.kill(os.getpid(), signal.SIGKILL)
atomic.replace_file = replace
store = Store.open({str(path)!r})
store.save_feedback(Feedback(said="nieuw"))
"""
    child = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert child.returncode == -signal.SIGKILL
    with Store.open(path) as store:
        said = sorted(f.said for f in store.feedback())
    assert said == (["oud"] if moment == "before_replace" else ["nieuw", "oud"])
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@pytest.mark.parametrize("moment", ["before_replace", "after_replace"])
def test_kill_during_a_migration(tmp_path: Path, moment: str) -> None:
    """Killed while a version-1 file is being migrated: v1 or v2, both whole; backup first."""
    path = tmp_path / "leernet.json"
    shutil.copyfile(Path(__file__).parent / "fixtures" / "v1.json", path)
    original = path.read_bytes()
    code = f"""
import os, signal, store.atomic as atomic
from store.db import Store
original = atomic.replace_file
def replace(source, target):
    if target.name != "leernet.json":
        return original(source, target)
    if {moment!r} == "after_replace":
        original(source, target)
    os.kill(os.getpid(), signal.SIGKILL)
atomic.replace_file = replace
Store.open({str(path)!r})
"""
    child = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert child.returncode == -signal.SIGKILL
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    version = on_disk["meta"]["1"]["schema_version"]
    if moment == "before_replace":
        assert path.read_bytes() == original and version == 1
    else:
        assert version == 2 and "will_try_items" not in on_disk["sessions"]["1"]
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert any(name.endswith("-v1.json") for name in backups)
    with Store.open(path) as store:  # either way the next start ends up migrated
        assert store.schema_version == 2
        assert len(store.session(1).actions) == 2
