"""`leernet restore [BACKUP] [--yes]`: put a backup (the latest good one by default) in place.

On a terminal it asks first (`Restore X over Y? [y/N]`); scripts pass `--yes`, and
without a terminal and without `--yes` nothing is restored (so `echo n | leernet restore`
restores nothing). The current data file is kept aside first
(`leernet.json.before-restore-<date-time>`, listed by `leernet backups`, so restoring that
name undoes the restore) and the swap is atomic. Refused while a leernet window has the
file open: that window would otherwise go on writing its own state over the restored one.
Imports store/ only, never textual.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.errors import DataFileCorrupt, DataFileLocked
from store.lock import DataFileLock
from store.recovery import (
    BackupUnusable,
    check_restorable,
    find_backup,
    latest_good_backup,
    refuse_unless_ours,
    restore_backup,
)
from tui.cli import UserError
from tui.i18n import Translator, choose_language

# An answer that means yes, in either language; anything else (or nothing) is no.
YES_ANSWERS = ("y", "yes", "j", "ja")


def run(args: argparse.Namespace, data_path: Path, lang: str | None) -> int:
    t = Translator(choose_language(lang, None))
    try:
        if args.backup:
            backup = find_backup(data_path, args.backup)
        else:
            backup = latest_good_backup(data_path)
            if backup is None:
                raise UserError(t("restore.no_backup", path=data_path))
        # Everything that would refuse the restore is said before the question.
        check_restorable(backup.path)
        refuse_unless_ours(data_path)
        with DataFileLock(data_path):  # open in a window: say so now, not after asking
            pass
        if not getattr(args, "yes", False) and not confirmed(t, backup.name, data_path):
            print(t("restore.cancelled", path=data_path), file=sys.stderr)
            return 1
        kept = restore_backup(data_path, backup.path)
    except DataFileLocked as locked:
        raise UserError(t("restore.locked", path=data_path, pid=locked.pid or "?")) from locked
    except BackupUnusable as unusable:
        name = Path(args.backup or "").name or (unusable.path.name if unusable.path else "")
        key = (
            "restore.unknown" if unusable.code == "unknown" else f"restore.unusable.{unusable.code}"
        )
        raise UserError(t(key, name=name)) from unusable
    except DataFileCorrupt as foreign:  # the data path holds something that is not leernet's
        key = f"recovery.refused.{foreign.reason}"
        raise UserError(t(key, path=data_path, detail=foreign.detail)) from foreign
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(t("restore.failed", reason=reason, path=data_path)) from error
    print(t("restore.done", backup=backup.name, path=data_path))
    if kept is not None:
        print(t("restore.kept", aside=kept))
    return 0


def confirmed(t: Translator, backup: str, data_path: Path) -> bool:
    """Ask on the terminal; without one, refuse (UserError) rather than guess."""
    stdin = sys.stdin
    if stdin is None or not stdin.isatty():
        raise UserError(t("restore.needs_yes"))
    try:
        answer = input(t("restore.confirm", backup=backup, path=data_path) + " ")
    except EOFError:  # ctrl+d: no answer is no
        return False
    return answer.strip().lower() in YES_ANSWERS
