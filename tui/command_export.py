"""`leernet export --for team|growth|full [--network NAME] [--since DATE] [--until DATE]
[-o FILE [--force]]`.

Markdown to FILE (written atomically: the old file or the new one, never half of it) or
to stdout. What was left out (private entries, names) is said on stderr, so stdout holds
only the Markdown. Growth and full exports are written owner-only (0600): they hold
personal notes; a team export is meant to be passed on (0644). Where FILE may be is
decided in store/export_target.py, the same rule as the app's: an existing file only with
--force (it keeps its mode), a link is written through, no pipes, devices or folders.

Imports store/ only, never textual, so it starts fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.dates import DateParseError, parse_optional_date
from store.db import Store
from store.export import (
    FILE_MODES,
    ExportResult,
    PeriodInvalid,
    export_markdown,
)
from store.export_target import ExportTarget, check_export_target, write_export_file
from tui.cli import UserError, write_stdout
from tui.i18n import Translator, choose_language
from tui.network_option import network_named


def run(args: argparse.Namespace, data_path: Path, lang: str | None) -> int:
    t = Translator(choose_language(lang, None))
    since = read_date(args.since, "--since", t)
    until = read_date(args.until, "--until", t)
    if since and until and since > until:
        raise UserError(t("export.cli.period_reversed"))
    output = None
    if args.output:
        output = check_output(args.output, data_path, t, force=getattr(args, "force", False))
    if not data_path.exists():
        raise UserError(t("export.cli.no_data", path=data_path))
    with Store.open(data_path, read_only=True) as store:
        t = Translator(choose_language(lang, store.settings().lang))
        network = None
        if args.network is not None:
            network = network_named(store.networks(), args.network, t)
        try:
            result = export_markdown(
                store, args.audience, network=network, since=since, until=until, lang=t.lang
            )
        except PeriodInvalid as error:
            raise UserError(t("export.cli.period_reversed")) from error
    if output is None:
        write_stdout(result.encoded(), t.lang)  # UTF-8 whatever the locale says
    else:
        write_file(output, result, t)
        print(t("export.cli.written", path=output.path), file=sys.stderr)
    print(result.left_out(t.lang), file=sys.stderr)
    return 0


def read_date(value: str | None, option: str, t: Translator) -> object:
    if value is None:
        return None
    try:
        return parse_optional_date(value)
    except DateParseError as error:
        raise UserError(t("export.cli.bad_date", option=option, text=value)) from error


def check_output(value: str, data_path: Path, t: Translator, *, force: bool) -> ExportTarget:
    """The output file, checked before any work (stat only: a FIFO is never opened): a
    place an export may go, not the data file (an export must never replace your data),
    and an existing file only with --force."""
    path = Path(value).expanduser()
    target = check_export_target(path, data_path)
    if target.refused is not None:
        raise UserError(
            t(
                f"export.target.{target.refused}",
                path=path,
                real=target.real,
                folder=target.real.parent,
            )
        )
    if target.exists and not force:
        raise UserError(t("export.cli.exists", path=path))
    return target


def write_file(target: ExportTarget, result: ExportResult, t: Translator) -> None:
    try:
        # In pieces: the whole export never sits in memory as one string and its bytes.
        write_export_file(target, result.encoded(), FILE_MODES[result.audience])
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(t("export.cli.write_failed", path=target.path, reason=reason)) from error
