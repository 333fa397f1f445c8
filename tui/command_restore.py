"""`leernet restore [BACKUP]`: put a backup (the latest good one by default) in place.

The current data file is kept aside first (`leernet.json.before-restore-<date-time>`)
and the swap is atomic. Refused while a leernet window has the file open: that window
would otherwise go on writing its own state over the restored one.
Imports store/ only, never textual.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from store.errors import DataFileLocked
from store.recovery import BackupUnusable, find_backup, latest_good_backup, restore_backup
from tui.cli import UserError
from tui.i18n import Translator, choose_language


def run(args: argparse.Namespace, data_path: Path, lang: str | None) -> int:
    t = Translator(choose_language(lang, None))
    try:
        if args.backup:
            backup = find_backup(data_path, args.backup)
        else:
            backup = latest_good_backup(data_path)
            if backup is None:
                raise UserError(t("restore.no_backup", path=data_path))
        kept = restore_backup(data_path, backup.path)
    except DataFileLocked as locked:
        raise UserError(t("restore.locked", path=data_path, pid=locked.pid or "?")) from locked
    except BackupUnusable as unusable:
        name = Path(args.backup or "").name or (unusable.path.name if unusable.path else "")
        key = (
            "restore.unknown" if unusable.code == "unknown" else f"restore.unusable.{unusable.code}"
        )
        raise UserError(t(key, name=name)) from unusable
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(t("restore.failed", reason=reason, path=data_path)) from error
    print(t("restore.done", backup=backup.name, path=data_path))
    if kept is not None:
        print(t("restore.kept", aside=kept))
    return 0
