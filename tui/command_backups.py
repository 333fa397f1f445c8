"""`leernet backups`: list the data file's backups, newest first, one per line, then the
files earlier restores replaced (`….before-restore-…`, restorable by name to undo one).

Each line is `name<TAB>date<TAB>size<TAB>what it holds`, so scripts can cut it apart;
the header and the hint go to stderr. Imports store/ only, never textual.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.backups import Backup, BackupSummary, inspect_backup, list_restore_points
from store.dates import format_date
from store.paths import backups_dir
from store.schema import SCHEMA_VERSION
from tui.i18n import Translator, choose_language


def run(args: argparse.Namespace, data_path: Path, lang: str | None) -> int:
    t = Translator(choose_language(lang, None))
    found = list_restore_points(data_path)
    if not found:
        print(t("backups.none", path=data_path), file=sys.stderr)
        return 0
    print(t("backups.header", path=data_path, folder=backups_dir(data_path)), file=sys.stderr)
    for backup in found:
        print(format_line(backup, inspect_backup(backup.path), t))
    print(t("backups.restore_hint"), file=sys.stderr)
    return 0


def format_line(backup: Backup, summary: BackupSummary, t: Translator) -> str:
    kind = (
        t("backups.kind.migration", version=backup.from_version)
        if backup.kind == "migration"
        else t(f"backups.kind.{backup.kind.replace('-', '_')}")
    )
    return "\t".join(
        (
            backup.name,
            format_date(backup.day, t.lang),
            human_size(summary.size),
            describe(summary, t),
            kind,
        )
    )


def describe(summary: BackupSummary, t: Translator) -> str:
    """What a backup holds, in words: counts, or why it cannot be restored."""
    if not summary.readable:
        return t("backups.unreadable")
    if summary.version is not None and summary.version > SCHEMA_VERSION:
        return t("backups.newer")
    if not summary.has_content:
        return t("backups.empty")
    counts = summary.counts or {}
    return t(
        "recovery.summary",
        networks=counts.get("networks", 0),
        sessions=counts.get("sessions", 0),
        feedback=counts.get("feedback", 0),
        selfchecks=counts.get("selfchecks", 0),
    )


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1024 / 1024:.1f} MB"
