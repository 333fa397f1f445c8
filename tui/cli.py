"""The `leernet` command line. User errors are one sentence on stderr and exit 2.

Only the app path imports textual; `export`, `search`, `backups` and `restore` use
`store/` directly so they start fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from store.errors import StoreError
from store.paths import resolve_data_path
from tui.i18n import LANGUAGES, Translator, choose_language

EXIT_USER_ERROR = 2


class UserError(Exception):
    """A mistake on the command line or with the data file: one sentence for the user."""


class SentenceParser(argparse.ArgumentParser):
    """argparse, but errors are one sentence without the usage block."""

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{message} (see leernet --help)")


def package_version() -> str:
    # Imported here: importlib.metadata and the lookup cost ~50 ms, on every command,
    # while only --version needs them.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("leernet")
    except PackageNotFoundError:  # running from a source tree without install
        return "0+unknown"


class VersionAction(argparse.Action):
    """`--version`, looking the version up only when asked."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"leernet {package_version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = SentenceParser(
        prog="leernet",
        description="A terminal companion for a learning network (lerend netwerk): "
        "readiness self-check, session journal, feedback log and Markdown exports.",
    )
    parser.add_argument("--version", action=VersionAction, help="show the version and exit")
    add_common(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a throw-away copy of the demo data (your data is untouched)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=SentenceParser)

    export = sub.add_parser("export", help="write a Markdown summary to a file or stdout")
    export.add_argument(
        "--for",
        dest="audience",
        required=True,
        choices=("team", "growth", "full"),
        help="who the summary is for",
    )
    export.add_argument("--network", metavar="NAME", help="only this network")
    export.add_argument("--since", metavar="DATE", help="from this date (e.g. 2026-01-31)")
    export.add_argument("--until", metavar="DATE", help="up to this date")
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    add_common(export)

    search = sub.add_parser("search", help="full-text search over journal and feedback")
    search.add_argument("text", metavar="TEXT", help="what to look for")
    search.add_argument("--network", metavar="NAME", help="only this network")
    search.add_argument("--full", action="store_true", help="also private entries and names")
    add_common(search)

    backups = sub.add_parser("backups", help="list the backups of the data file")
    add_common(backups)
    restore = sub.add_parser("restore", help="restore a backup (the latest by default)")
    restore.add_argument("backup", nargs="?", metavar="BACKUP", help="a name from `backups`")
    add_common(restore)
    return parser


def add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the data file (default: $LEERNET_DATA, else the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help="interface language: nl or en (default: saved, else the locale)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return run(args)
    except UserError as error:
        return fail(str(error))
    except StoreError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return 130


def fail(sentence: str) -> int:
    print(f"leernet: {sentence}", file=sys.stderr)
    return EXIT_USER_ERROR


def run(args: argparse.Namespace) -> int:
    data = getattr(args, "data", None)
    lang = getattr(args, "lang", None)
    if getattr(args, "demo", False):
        return run_demo(args, lang)
    if args.command is not None:
        return run_command(args, resolve_data_path(data), lang)
    return run_app(resolve_data_path(data), lang)


def run_command(args: argparse.Namespace, path: Path, lang: str | None) -> int:
    # Each sub-command lives in its own module (tui/command_<name>.py) with
    # `run(args, data_path, lang) -> int`; they import store/, never textual.
    import gc
    import importlib

    command = args.command
    try:
        module = importlib.import_module(f"tui.command_{command}")
    except ModuleNotFoundError as missing:
        raise UserError(f"{command} is not available in this version") from missing
    # A one-shot command: its cyclic garbage is small, and collecting while the whole
    # data file is in memory only costs time. (Restored after: tests call this in-process.)
    # For the same reason the store keeps no converted records between reads.
    from store.db import Store

    collecting, keeping = gc.isenabled(), Store.keep_records
    gc.disable()
    Store.keep_records = False
    try:
        return int(module.run(args, path, lang))
    finally:
        Store.keep_records = keeping
        if collecting:
            gc.enable()


def run_demo(args: argparse.Namespace, lang: str | None) -> int:
    """`--demo`: the app (or a sub-command) on a throw-away copy of the demo data.

    `--data` and $LEERNET_DATA are never opened; the copy's folder is removed afterwards.
    """
    import shutil

    from store.demo_data import make_demo_folder

    try:
        path = make_demo_folder()
    except OSError as error:
        raise UserError(f"the demo data cannot be copied ({error.strerror or error})") from error
    try:
        if args.command is not None:
            return run_command(args, path, lang)
        return run_app(path, lang, demo=True)
    finally:
        shutil.rmtree(path.parent, ignore_errors=True)


def run_app(path: Path, lang: str | None, *, demo: bool = False) -> int:
    if not getattr(sys.stdin, "isatty", lambda: False)():
        pass  # Textual handles non-tty stdin itself; nothing to do here
    if path == resolve_data_path(None) and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    from tui.app import make_app  # textual is imported only here

    app = open_or_recover(path, lang, demo, make_app)
    if app is None:  # recovered, then closed without opening leernet
        return 0
    try:
        app.run()
    finally:
        app.store.close()
    return app.return_code or 0


def open_or_recover(path: Path, lang: str | None, demo: bool, make_app):  # noqa: ANN001, ANN201
    """The app on `path`; when the file cannot be read, the recovery screen first.

    The unreadable file is never written to: the user restores a backup, starts empty or
    repairs it (each keeps it aside), or quits: UserError when nothing was changed, None
    when something was done and the user closed the window rather than open leernet.
    """
    from store.errors import DataFileCorrupt

    for _attempt in range(3):
        try:
            return make_app(path, lang, demo=demo)
        except DataFileCorrupt as problem:
            from tui.recovery_app import recover

            choice = recover(path, problem, choose_language(lang, None))
            if choice == "quit":
                raise UserError(translate(lang)("recovery.left_alone", path=path)) from None
            if choice == "closed":
                return None
    return make_app(path, lang, demo=demo)  # still unreadable: its one sentence, exit 2


def translate(lang: str | None) -> Translator:
    return Translator(choose_language(lang, None))


if __name__ == "__main__":  # pragma: no cover
    # Run the `tui.cli` module, not this `__main__` copy: sub-commands raise
    # `tui.cli.UserError`, which only the module's own `main` catches.
    from tui.cli import main as module_main

    sys.exit(module_main())
