"""`leernet export --for team|growth|full [--network NAME] [--since DATE] [--until DATE] [-o FILE]`.

Markdown to FILE (written atomically: the old file or the new one, never half of it) or
to stdout. What was left out (private entries, names) is said on stderr, so stdout holds
only the Markdown. Growth and full exports are written owner-only (0600): they hold
personal notes; a team export is meant to be passed on (0644).

Imports store/ only, never textual, so it starts fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from store.atomic import atomic_write_chunks
from store.dates import DateParseError, parse_optional_date
from store.db import Store
from store.export import (
    FILE_MODES,
    ExportResult,
    PeriodInvalid,
    export_markdown,
)
from tui.cli import UserError
from tui.i18n import Translator, choose_language
from tui.network_option import network_named


def run(args: argparse.Namespace, data_path: Path, lang: str | None) -> int:
    t = Translator(choose_language(lang, None))
    since = read_date(args.since, "--since", t)
    until = read_date(args.until, "--until", t)
    if since and until and since > until:
        raise UserError(t("export.cli.period_reversed"))
    output = check_output(args.output, data_path, t) if args.output else None
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
        write_stdout(result)
    else:
        write_file(output, result, t)
        print(t("export.cli.written", path=output), file=sys.stderr)
    print(result.left_out(t.lang), file=sys.stderr)
    return 0


def read_date(value: str | None, option: str, t: Translator) -> object:
    if value is None:
        return None
    try:
        return parse_optional_date(value)
    except DateParseError as error:
        raise UserError(t("export.cli.bad_date", option=option, text=value)) from error


def check_output(value: str, data_path: Path, t: Translator) -> Path:
    """The output file, checked before any work: its folder exists, it is no folder itself,
    and it is not the data file (an export must never replace your data)."""
    path = Path(value).expanduser()
    if path.is_dir():
        raise UserError(t("export.cli.is_folder", path=path))
    folder = path.parent
    if not folder.is_dir():
        raise UserError(t("export.cli.no_folder", folder=folder))
    try:
        same = path.exists() and data_path.exists() and path.samefile(data_path)
    except OSError:
        same = False
    if same or path.resolve() == data_path.resolve():
        raise UserError(t("export.cli.is_data", path=path))
    return path


def write_file(path: Path, result: ExportResult, t: Translator) -> None:
    try:
        # In pieces: the whole export never sits in memory as one string and its bytes.
        atomic_write_chunks(path, result.encoded(), FILE_MODES[result.audience])
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(t("export.cli.write_failed", path=path, reason=reason)) from error


def write_stdout(result: ExportResult) -> None:
    """UTF-8 whatever the locale says; a closed pipe (`| head`) is no error."""
    try:
        sys.stdout.flush()
        for chunk in result.encoded():
            sys.stdout.buffer.write(chunk)
        sys.stdout.flush()
    except BrokenPipeError:
        # Keep Python from complaining again at exit about the broken pipe.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
