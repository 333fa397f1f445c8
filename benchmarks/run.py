"""Benchmarks: leernet against jrnl (and a minimal Textual app) at several data sizes.

    python benchmarks/run.py [--sizes 1000,10000,50000] [--quick] [--results FILE]

Installs nothing: jrnl comes from the `bench` extra (`pip install -e '.[bench]'`); without
it the jrnl columns are skipped with a line saying so. For every size the data is generated
(benchmarks/generate.py, same seed) into a temporary folder, as a leernet file and as the
same entries in a jrnl journal, with HOME and the XDG folders pointing into that folder so
nothing of the user is read or written. leernet and jrnl run alternately, several times
each, every run a whole new process; we report the median, min–max and leernet/jrnl.

Figures (per size N):
 1. start   — process spawn to the dashboard painted (App.run_test, headless), against a
              minimal Textual app to its first screen (the floor); jrnl -n 10 for context.
 2. search  — `leernet search WORD` vs `jrnl -contains WORD`, whole process.
 3. export  — `leernet export --for full` vs `jrnl --export markdown`, whole process.
 4. save    — saving one session into the store of N sessions, in-process (median of 50),
              vs jrnl adding one entry (whole process: that is what jrnl has to do).
 5. typing  — Pilot types 200 characters into a reflection: with N sessions vs empty.
 6. memory  — peak RSS of every process (wait4's rusage: ru_maxrss of that child).

It ends with one `figure=value` line per figure and writes a Markdown report (machine,
versions, table). `--quick` uses fewer repetitions and only 10,000 sessions.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks import generate  # noqa: E402

CHILD_TIMEOUT = 600  # seconds; a hung child is a failed measurement, not a hung run
TYPED_CHARS = 200


@dataclass
class Plan:
    reps: int  # whole-process runs per command and size
    saves: int  # in-process saves per save probe
    type_reps: int  # typing runs (each types TYPED_CHARS characters)
    tag_add: bool  # also time jrnl adding an entry with a tag (slow in jrnl)
    list_context: bool  # also time `jrnl -n 10` (context for the start figure)


FULL = Plan(reps=5, saves=50, type_reps=2, tag_add=True, list_context=True)
QUICK = Plan(reps=2, saves=50, type_reps=1, tag_add=False, list_context=False)


@dataclass
class Sample:
    ms: list[float] = field(default_factory=list)
    mib: list[float] = field(default_factory=list)
    extra: dict[str, list[float]] = field(default_factory=dict)

    def add_extra(self, name: str, value: float) -> None:
        self.extra.setdefault(name, []).append(value)


@dataclass
class Outcome:
    """One process: wall time, peak memory, its last stdout line as JSON (if any)."""

    ms: float
    mib: float
    cpu_ms: float
    code: int
    result: dict[str, Any]
    stderr: str


# -- running children --------------------------------------------------------------


def run_child(argv: list[str], env: dict[str, str], cwd: Path) -> Outcome:
    """Run one process through the launcher (spawn.py); stdout and stderr go to files."""
    with tempfile.TemporaryDirectory(prefix="leernet-child-") as tmp:
        out, err = Path(tmp) / "stdout", Path(tmp) / "stderr"
        launcher = [sys.executable, "-I", "-S", str(HERE / "spawn.py")]
        program = shutil.which(argv[0]) or argv[0]
        done = subprocess.run(
            [*launcher, str(CHILD_TIMEOUT), str(out), str(err), program, *argv[1:]],
            env=env,
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        )
        report = json.loads(done.stdout.strip().splitlines()[-1])
        lines = out.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        stderr = err.read_text(encoding="utf-8", errors="replace")
    result: dict[str, Any] = {}
    if lines:
        try:
            parsed = json.loads(lines[-1])
            result = parsed if isinstance(parsed, dict) else {}
        except json.JSONDecodeError:
            pass
    ms = (report["ended"] - report["began"]) * 1000
    if "painted" in result:  # the start probes: spawn to first paint, and its phases
        ms = (result["painted"] - report["began"]) * 1000
        result["import_ms"] = (result["imported"] - report["began"]) * 1000
        result["open_ms"] = (result["opened"] - result["imported"]) * 1000
        result["ui_ms"] = (result["painted"] - result["opened"]) * 1000
        result["ready_ms"] = (result.get("ready", result["painted"]) - report["began"]) * 1000
    # ru_maxrss is in KiB on Linux.
    cpu_ms = report["cpu_s"] * 1000
    return Outcome(ms, report["maxrss_kib"] / 1024, cpu_ms, report["status"], result, stderr)


def require_ok(outcome: Outcome, what: str) -> Outcome:
    if outcome.code != 0:
        tail = outcome.stderr.strip().splitlines()[-5:]
        raise RuntimeError(f"{what} failed (exit {outcome.code}): " + " | ".join(tail))
    return outcome


# -- the environment ---------------------------------------------------------------


@dataclass
class Tools:
    python: str
    leernet: list[str]
    jrnl: list[str] | None
    search_cli: bool
    export_cli: bool


def find_tools() -> Tools:
    venv_bin = ROOT / ".venv" / "bin"
    python = str(venv_bin / "python") if (venv_bin / "python").exists() else sys.executable
    if (venv_bin / "leernet").exists():
        leernet = [str(venv_bin / "leernet")]
    else:
        leernet = [python, "-m", "tui.cli"]
    jrnl_path = venv_bin / "jrnl" if (venv_bin / "jrnl").exists() else shutil.which("jrnl")
    return Tools(
        python=python,
        leernet=leernet,
        jrnl=[str(jrnl_path)] if jrnl_path else None,
        search_cli=(ROOT / "tui" / "command_search.py").exists(),
        export_cli=(ROOT / "tui" / "command_export.py").exists(),
    )


def isolated_env(folder: Path) -> dict[str, str]:
    """HOME and XDG folders inside `folder`; a fixed locale; no colours."""
    env = generate.jrnl_env(folder / "jrnl", {k: v for k, v in os.environ.items()})
    env.update(
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        LEERNET_DATA=str(folder / "unused" / "leernet.json"),
        COLUMNS="80",
        LINES="24",
        TERM="xterm-256color",
    )
    return env


# -- one size ----------------------------------------------------------------------


@dataclass
class SizeResult:
    sessions: int
    file_mb: float
    journal_mb: float
    samples: dict[str, Sample] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def sample(self, name: str) -> Sample:
        return self.samples.setdefault(name, Sample())


def bench_size(
    sessions: int, plan: Plan, tools: Tools, work: Path, log: Callable[[str], None]
) -> SizeResult:
    folder = work / f"n{sessions}"
    folder.mkdir(parents=True, exist_ok=True)
    generated = generate.build(sessions, seed=1)
    pristine = folder / "pristine.json"
    size = generate.write_leernet(generated, pristine)
    journal = generate.write_jrnl(generated, folder / "jrnl")
    result = SizeResult(sessions, size / 1e6, journal.stat().st_size / 1e6)
    del generated
    env = isolated_env(folder)
    data = folder / "leernet.json"
    shutil.copyfile(pristine, data)
    os.chmod(data, 0o600)
    probe = [tools.python, str(HERE / "probes.py")]
    log(f"  {sessions} sessions: {result.file_mb:.1f} MB data, {result.journal_mb:.1f} MB journal")

    def record(name: str, outcome: Outcome, ms: float | None = None) -> Outcome:
        sample = result.sample(name)
        sample.ms.append(outcome.ms if ms is None else ms)
        sample.mib.append(outcome.mib)
        if ms is None:  # a whole process: its CPU time too (steadier than wall time)
            sample.add_extra("cpu_ms", outcome.cpu_ms)
        return outcome

    def start() -> None:
        """leernet, the floor and jrnl -n 10, alternately. leernet starts as it does every
        day (with the start snapshot its previous run left; one start first to make it)
        and as it does the first time, or after the file changed elsewhere (no snapshot)."""
        argv = [*probe, "start-leernet", str(data)]
        require_ok(run_child(argv, env, ROOT), "start (to leave a start snapshot)")
        for _ in range(plan.reps):
            for name, argv in (
                ("start", [*probe, "start-leernet", str(data)]),
                ("floor", [*probe, "start-floor"]),
                ("start_cold", [*probe, "start-leernet", str(data), "--no-snapshot"]),
            ):
                outcome = record(name, require_ok(run_child(argv, env, ROOT), name))
                for phase in ("import_ms", "open_ms", "ui_ms", "ready_ms"):
                    result.sample(name).add_extra(phase, outcome.result[phase])
            if tools.jrnl and plan.list_context:
                argv = [*tools.jrnl, "-n", "10"]
                record("jrnl_list", require_ok(run_child(argv, env, folder), "jrnl -n 10"))

    def search() -> None:
        word = generate.SEARCH_WORD
        if not tools.search_cli:
            result.notes.append("search: tui/command_search.py has not landed yet: skipped")
        for _ in range(plan.reps if tools.search_cli or tools.jrnl else 0):
            if tools.search_cli:
                argv = [*tools.leernet, "search", word, "--data", str(data)]
                record("search", require_ok(run_child(argv, env, folder), "leernet search"))
            if tools.jrnl:
                argv = [*tools.jrnl, "-contains", word]
                record("jrnl_search", require_ok(run_child(argv, env, folder), "jrnl -contains"))

    def export() -> None:
        if not tools.export_cli:
            result.notes.append("export: tui/command_export.py has not landed yet: skipped")
        for _ in range(plan.reps if tools.export_cli or tools.jrnl else 0):
            if tools.export_cli:
                argv = [*tools.leernet, "export", "--for", "full", "--data", str(data)]
                record("export", require_ok(run_child(argv, env, folder), "leernet export"))
            if tools.jrnl:
                argv = [*tools.jrnl, "--export", "markdown"]
                record("jrnl_export", require_ok(run_child(argv, env, folder), "jrnl --export"))

    def save() -> None:
        """In-process, on a fresh copy each time, vs jrnl adding one entry (whole process)."""
        save_copy = folder / "save.json"
        for rep in range(plan.reps):
            fresh_copy(pristine, save_copy)
            # Flush what earlier figures wrote (the exports' 20 MB, the copies): otherwise
            # its write-back competes with the fsyncs being timed. jrnl gets the same.
            os.sync()
            argv = [*probe, "save", str(save_copy), str(plan.saves)]
            outcome = require_ok(run_child(argv, env, ROOT), "save")
            record("save", outcome, ms=outcome.result["median_ms"])
            result.sample("save").add_extra("open_ms", outcome.result["open_ms"])
            result.sample("save").add_extra("max_ms", outcome.result["max_ms"])
            if tools.jrnl:
                os.sync()
                text = f"Benchmark entry {rep}. Vandaag leerde ik iets over één moeilijk gesprek."
                argv = [*tools.jrnl, text]
                record("jrnl_add", require_ok(run_child(argv, env, folder), "jrnl add"))
                if plan.tag_add and rep < 3:
                    tagged = f"Benchmark entry {rep}. Over @feedback en @veiligheid gesproken."
                    outcome = run_child([*tools.jrnl, tagged], env, folder)
                    record("jrnl_add_tag", require_ok(outcome, "jrnl add with tags"))

    def typing() -> None:
        """N sessions vs an empty store, alternately; each run on a fresh file."""
        for _ in range(plan.type_reps):
            for name, source in (("type", pristine), ("type_empty", None)):
                target = folder / f"{name}.json"
                fresh_copy(source, target)
                argv = [*probe, "type", str(target), str(TYPED_CHARS)]
                outcome = require_ok(run_child(argv, env, ROOT), "typing")
                if outcome.result.get("typed") != TYPED_CHARS:
                    raise RuntimeError(f"typing: {outcome.result} (expected {TYPED_CHARS})")
                record(name, outcome, ms=outcome.result["cpu_ms"])
                result.sample(name).add_extra("wall_ms", outcome.result["ms"])
                screen = outcome.result.get("screen", "")
                note = f"typing: into {screen}"
                if screen != "SessionJournalScreen":
                    note += " (screens/journal.py has not landed yet: a TextArea on a screen)"
                if note not in result.notes:
                    result.notes.append(note)

    # One figure that fails (say, a command another change just broke) is noted in the
    # report; the others are still measured.
    for figure in (start, search, export, save, typing):
        try:
            figure()
        except RuntimeError as error:
            result.notes.append(f"{figure.__name__}: failed: {error}")
            log(f"    {figure.__name__} FAILED: {error}")
        else:
            log(f"    {figure.__name__} done")
    return result


def fresh_copy(source: Path | None, target: Path) -> None:
    """`target` as a copy of `source` (or absent, for an empty store), without its
    drafts file: a draft left by the previous run would open a restore question."""
    from store.paths import drafts_path

    target.unlink(missing_ok=True)
    drafts_path(target).unlink(missing_ok=True)
    if source is not None:
        shutil.copyfile(source, target)
        os.chmod(target, 0o600)


# -- reporting ---------------------------------------------------------------------

# (figure, leernet sample, compared with, what the ratio is against, target ratio)
COMPARISONS = (
    ("start", "start", "floor", "minimal Textual app", 1.5),
    ("search", "search", "jrnl_search", "jrnl -contains", 0.5),
    ("export", "export", "jrnl_export", "jrnl --export markdown", 0.5),
    ("save", "save", "jrnl_add", "jrnl add one entry", None),
    ("typing", "type", "type_empty", "typing with an empty store", 1.2),
)
SAVE_TARGET_MS = 50.0
LABELS = {
    "start": "start to dashboard (leernet)",
    "start_cold": "start to dashboard, no start snapshot (leernet)",
    "floor": "start, minimal Textual app",
    "jrnl_list": "jrnl -n 10",
    "search": "leernet search",
    "jrnl_search": "jrnl -contains",
    "export": "leernet export --for full",
    "jrnl_export": "jrnl --export markdown",
    "save": "leernet save one session (in-process)",
    "jrnl_add": "jrnl add one entry",
    "jrnl_add_tag": "jrnl add one entry with tags",
    "type": "typing 200 chars, N sessions (CPU)",
    "type_empty": "typing 200 chars, empty store (CPU)",
}
LEERNET_PROCESSES = ("start", "start_cold", "search", "export")
JRNL_PROCESSES = ("jrnl_list", "jrnl_search", "jrnl_export", "jrnl_add")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt(value: float, digits: int = 0) -> str:
    return "–" if value != value else f"{value:,.{digits}f}"  # NaN -> dash


def figures(results: list[SizeResult]) -> dict[str, float]:
    """Flat `figure=value` pairs: medians, ratios, peak memory, growth 10k -> 50k."""
    out: dict[str, float] = {}
    for res in results:
        n = res.sessions
        for name, sample in res.samples.items():
            out[f"{name}_ms_{n}"] = round(median(sample.ms), 1)
            out[f"{name}_peak_mib_{n}"] = round(max(sample.mib), 1)
            for extra, values in sample.extra.items():
                out[f"{name}_{extra}_{n}"] = round(median(values), 1)
        for figure, ours, theirs, _what, _target in COMPARISONS:
            if ours in res.samples and theirs in res.samples:
                ratio = median(res.samples[ours].ms) / median(res.samples[theirs].ms)
                out[f"{figure}_ratio_{n}"] = round(ratio, 3)
        ours_mem = [max(res.samples[p].mib) for p in LEERNET_PROCESSES if p in res.samples]
        theirs_mem = [max(res.samples[p].mib) for p in JRNL_PROCESSES if p in res.samples]
        if ours_mem:
            out[f"leernet_peak_mib_{n}"] = round(max(ours_mem), 1)
        if theirs_mem:
            out[f"jrnl_peak_mib_{n}"] = round(max(theirs_mem), 1)
    sizes = {res.sessions for res in results}
    if {10000, 50000} <= sizes:
        for key in list(out):
            if key.endswith("_10000") and "_ratio_" not in key:
                base = key[: -len("_10000")]
                big = out.get(f"{base}_50000")
                if big is not None and out[key]:
                    out[f"{base}_growth_10000_50000"] = round(big / out[key], 2)
    return out


# Peak memory: each leernet process against the jrnl process doing the same job.
MEMORY_PAIRS = (
    ("search", "jrnl_search", "search"),
    ("export", "jrnl_export", "full export"),
    ("start", "jrnl_list", "app start vs jrnl -n 10"),
)


def targets(results: list[SizeResult]) -> list[tuple[str, str, bool | None]]:
    """(target, measured, met) at 10,000 sessions (or the nearest size measured)."""
    if not results:
        return []
    res = min(results, key=lambda r: abs(r.sessions - 10000))
    s = res.samples

    def ratio(a: str, b: str, extra: str | None = None) -> float | None:
        if a not in s or b not in s:
            return None
        if extra is None:
            return median(s[a].ms) / median(s[b].ms)
        if extra in s[a].extra and extra in s[b].extra:
            return median(s[a].extra[extra]) / median(s[b].extra[extra])
        return None

    rows: list[tuple[str, str, bool | None]] = []
    for label, a, b, limit in (
        ("start <= 1.5x minimal Textual app", "start", "floor", 1.5),
        ("search <= 0.5x jrnl", "search", "jrnl_search", 0.5),
        ("full export <= 0.5x jrnl", "export", "jrnl_export", 0.5),
        ("typing with N <= 1.2x typing empty (CPU)", "type", "type_empty", 1.2),
    ):
        value = ratio(a, b)
        cpu = ratio(a, b, "cpu_ms")
        measured = "not measured" if value is None else f"{value:.2f}x"
        if cpu is not None:
            measured += f" (CPU time {cpu:.2f}x)"
        rows.append((label, measured, None if value is None else value <= limit))
    if "save" in s:
        save_ms = median(s["save"].ms)
        rows.append(("a save <= 50 ms", f"{save_ms:.1f} ms", save_ms <= SAVE_TARGET_MS))
    for ours, theirs, what in MEMORY_PAIRS:
        if ours in s and theirs in s:
            mine, other = max(s[ours].mib), max(s[theirs].mib)
            rows.append(
                (f"peak memory <= jrnl's: {what}", f"{mine:.0f} vs {other:.0f} MiB", mine <= other)
            )
    return [(f"{label} (N={res.sessions:,})", measured, met) for label, measured, met in rows]


def table(results: list[SizeResult]) -> list[str]:
    lines = [
        "| N | measure | median ms | min–max ms | CPU ms | ratio | peak MiB |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    ratio_for = {ours: (theirs, what) for _f, ours, theirs, what, _t in COMPARISONS}
    for res in results:
        for name, label in LABELS.items():
            sample = res.samples.get(name)
            if not sample or not sample.ms:
                continue
            ratio = ""
            if name in ratio_for and ratio_for[name][0] in res.samples:
                theirs, what = ratio_for[name]
                value = median(sample.ms) / median(res.samples[theirs].ms)
                ratio = f"{value:.2f}x {what}"
            cpu = fmt(median(sample.extra.get("cpu_ms", [])))
            lines.append(
                f"| {res.sessions:,} | {label} | {fmt(median(sample.ms), 1)} | "
                f"{fmt(min(sample.ms), 1)}–{fmt(max(sample.ms), 1)} | {cpu} | {ratio} | "
                f"{fmt(max(sample.mib))} |"
            )
    return lines


def growth(results: list[SizeResult], small: int = 10000, big: int = 50000) -> list[str]:
    """How each figure grows from `small` to `big` sessions (5x the data)."""
    by_size = {res.sessions: res for res in results}
    if small not in by_size or big not in by_size:
        return []
    lines = [
        f"| measure | {small:,} ms | {big:,} ms | growth | peak MiB {small:,} → {big:,} |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, label in LABELS.items():
        one, two = by_size[small].samples.get(name), by_size[big].samples.get(name)
        if not one or not two or not one.ms or not two.ms:
            continue
        a, b = median(one.ms), median(two.ms)
        lines.append(
            f"| {label} | {fmt(a, 1)} | {fmt(b, 1)} | {b / a:.1f}x | "
            f"{fmt(max(one.mib))} → {fmt(max(two.mib))} |"
        )
    return lines


def phases(results: list[SizeResult]) -> list[str]:
    """Where the start goes: spawn to imported, opening the data, first paint; and when
    the data is loaded (after the paint when the start snapshot was used)."""
    lines = [
        "| N | process | imports ms | open data ms | to first paint ms | total ms "
        "| data loaded ms |",
        "|---:|---|---:|---:|---:|---:|---:|",
    ]
    for res in results:
        for name in ("start", "start_cold", "floor"):
            sample = res.samples.get(name)
            if not sample or "import_ms" not in sample.extra:
                continue
            parts = [median(sample.extra[key]) for key in ("import_ms", "open_ms", "ui_ms")]
            parts += [median(sample.ms), median(sample.extra["ready_ms"])]
            lines.append(
                f"| {res.sessions:,} | {LABELS[name]} | " + " | ".join(map(fmt, parts)) + " |"
            )
    return lines


def machine() -> list[str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return [
        f"- Machine: {platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, {memory}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
    ]


def versions(tools: Tools) -> list[str]:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for name in ("textual", "tinydb", "orjson", "rich", "jrnl"):
        try:
            parts.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name} (not installed)")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return [f"- Versions: {', '.join(parts)}; leernet at commit {commit or '?'}"]


def write_report(
    path: Path, results: list[SizeResult], tools: Tools, plan: Plan, seconds: float
) -> None:
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python benchmarks/run.py` on {now} in {seconds:.0f} s "
        f"({plan.reps} runs per command, {plan.saves} saves per save run, "
        f"{plan.type_reps} typing runs). Medians; every run a new process.",
        "",
        *machine(),
        *versions(tools),
        "- Data: `benchmarks/generate.py --seed 1` (sessions with five reflection prompts of "
        "about 1 KB, actions, feedback 0.3 per session, two self-check takes per network); "
        "the same entries as a jrnl journal.",
        "",
        "| N | data file | jrnl journal |",
        "|---:|---:|---:|",
        *[f"| {r.sessions:,} | {r.file_mb:.1f} MB | {r.journal_mb:.1f} MB |" for r in results],
        "",
        "## Targets",
        "",
        "| target | measured | met |",
        "|---|---|---|",
        *[
            f"| {label} | {measured} | {'yes' if met else ('–' if met is None else 'no')} |"
            for label, measured, met in targets(results)
        ],
        "",
        "## All figures",
        "",
        *table(results),
        "",
        *(
            ["## Growth from 10,000 to 50,000 sessions", "", *growth(results), ""]
            if growth(results)
            else []
        ),
        "## Where the start goes (medians)",
        "",
        *phases(results),
        "",
        "Start is spawn to first paint (the probe reports `time.monotonic()` when the "
        "dashboard is on screen). Typing is the CPU time of the process while Pilot types "
        f"{TYPED_CHARS} characters: Pilot sleeps until idle after every key, so its wall "
        "time is nearly constant (reported as `type_wall_ms_*` below).",
        "",
    ]
    notes = sorted({note for r in results for note in r.notes})
    if notes:
        lines += ["## Notes", "", *[f"- {note}" for note in notes], ""]
    lines += ["## Machine-readable", "", "```", *machine_lines(results), "```", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def machine_lines(results: list[SizeResult]) -> list[str]:
    return [f"{key}={value}" for key, value in figures(results).items()]


def compile_project() -> None:
    """Byte-compile leernet's own modules, as its first run on a user's machine leaves them
    (pip compiled jrnl and Textual when it installed them). Without this, an environment
    with PYTHONDONTWRITEBYTECODE set (CI, some sandboxes) would compile leernet's ~80
    modules from source in every measured process, and only leernet's."""
    import compileall

    for package in ("tui", "screens", "store"):
        compileall.compile_dir(ROOT / package, quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated session counts (default 1000,10000,50000)")
    parser.add_argument("--quick", action="store_true", help="fewer runs, 10,000 sessions only")
    parser.add_argument("--results", type=Path, help="where to write the Markdown report")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    default_sizes = "10000" if args.quick else "1000,10000,50000"
    try:
        sizes = [int(part) for part in (args.sizes or default_sizes).split(",") if part.strip()]
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, e.g. 1000,10000")
    if args.results:
        report = args.results
    elif args.quick:
        report = Path(tempfile.gettempdir()) / "leernet-bench-RESULTS-quick.md"
    else:
        report = HERE / "RESULTS.md"

    tools = find_tools()
    compile_project()

    def log(line: str) -> None:
        print(line, flush=True)

    if tools.jrnl is None:
        log("jrnl is not installed: jrnl figures skipped (pip install -e '.[bench]').")
    if not tools.search_cli:
        log("search: tui/command_search.py has not landed yet: leernet search skipped.")
    if not tools.export_cli:
        log("export: tui/command_export.py has not landed yet: leernet export skipped.")
    began = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="leernet-bench-"))
    results: list[SizeResult] = []
    try:
        for sessions in sizes:
            log(f"benchmarking {sessions:,} sessions ...")
            results.append(bench_size(sessions, plan, tools, work, log))
            # A report after every size: a long run that is stopped keeps what it has.
            write_report(report, results, tools, plan, time.monotonic() - began)
    finally:
        if args.keep:
            log(f"generated files kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    seconds = time.monotonic() - began
    print()
    print("\n".join(table(results)))
    print()
    print("\n".join(phases(results)))
    print()
    for label, measured, met in targets(results):
        print(f"{'MET ' if met else ('--  ' if met is None else 'MISS')} {label}: {measured}")
    print()
    write_report(report, results, tools, plan, seconds)
    print(f"report: {report} ({seconds:.0f} s)")
    for line in machine_lines(results):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
