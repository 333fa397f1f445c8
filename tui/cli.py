"""The `leernet` command line. Every error is one sentence on stderr and exit 2.

Only the app path imports textual; `export`, `search`, `backups` and `restore` use
`store/` directly so they start fast.

Errors: a UserError or StoreError is its own sentence; any other OSError (a full disk, a
permission) is one sentence with its reason and path; anything else is one sentence naming
the error's type (LEERNET_DEBUG=1 lets it through with its traceback, for bug hunting).
Standard output goes through `write_stdout`: a reader that went away (`| head -1`, a
closed stdout) ends the command quietly with exit 0, a full one (`> /dev/full`) is one
sentence. SIGTERM and SIGHUP end the process through SystemExit, so `finally` blocks run
(the demo's copy is removed, locks released).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import NoReturn

from store.errors import StoreError
from store.paths import resolve_data_path
from tui.i18n import LANGUAGES, Translator, choose_language

EXIT_USER_ERROR = 2


class UserError(Exception):
    """A mistake on the command line or with the data file: one sentence for the user."""


class StdoutClosed(Exception):
    """Standard output is closed or its reader went away: nothing more to say, exit 0."""


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
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write here instead of stdout: a new file, or an existing regular file with "
        "--force (a link is followed; pipes, devices and folders are refused)",
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="replace FILE if it exists (it keeps its permissions; a growth or full "
        "export never becomes readable for others)",
    )
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
    restore.add_argument("--yes", "-y", action="store_true", help="restore without asking")
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
    lang: str | None = None
    restore_signals = exit_on_signals()
    try:
        args = build_parser().parse_args(argv)
        lang = getattr(args, "lang", None)
        code = run(args)
        write_stdout((), lang)  # what print() left in the buffer: its errors are ours too
        return code
    except StdoutClosed:
        return 0
    except UserError as error:
        return fail(str(error))
    except StoreError as error:
        return fail(str(error))
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        if debugging():
            raise
        return fail(os_error_sentence(error, lang))
    except Exception as error:
        if debugging():
            raise
        return fail(translate(lang)("cli.unexpected", kind=type(error).__name__))
    finally:
        restore_signals()


def debugging() -> bool:
    """LEERNET_DEBUG=1: unexpected errors keep their traceback (tests, bug reports)."""
    return os.environ.get("LEERNET_DEBUG", "") not in ("", "0")


def fail(sentence: str) -> int:
    # stderr may itself be gone (closed terminal): then there is no one left to tell.
    with contextlib.suppress(OSError, ValueError):
        print(f"leernet: {sentence}", file=sys.stderr)
    return EXIT_USER_ERROR


def os_error_sentence(error: OSError, lang: str | None) -> str:
    t = translate(lang)
    reason = error.strerror or str(error) or type(error).__name__
    if error.filename is not None:
        return t("cli.os_error", reason=reason, path=os.fsdecode(error.filename))
    return t("cli.os_error_no_path", reason=reason)


def exit_on_signals():  # noqa: ANN201 - returns the undo
    """SIGTERM and SIGHUP raise SystemExit(128 + signal), so `finally` blocks run (the
    default action would end the process on the spot). The app may install its own
    handlers while it runs. Returns a function that puts the previous handlers back
    (`main` is also called in-process, by tests)."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None
    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is None:  # Windows has no SIGHUP
            continue
        previous[number] = signal.signal(number, exit_with_signal)

    def restore() -> None:
        for number, handler in previous.items():
            signal.signal(number, handler)

    return restore


def exit_with_signal(number: int, _frame: object) -> NoReturn:
    # Once is enough: a second SIGHUP (a closing terminal may send more) must not break
    # off the clean-up that the first one started.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    raise SystemExit(128 + number)


def write_stdout(pieces: Iterable[str | bytes], lang: str | None) -> None:
    """Write to standard output and flush: text in stdout's encoding, bytes as they are.

    The one place where leernet's commands write stdout. A closed stdout or a reader that
    went away (EPIPE, `| head -1`) raises StdoutClosed (main exits 0, quietly, like
    head-friendly tools); any other failure (`> /dev/full`) is one sentence. Either way
    stdout is pointed at the null device, so Python's own flush at exit finds nothing to
    complain about.
    """
    stream = sys.stdout
    if stream is None:  # started with stdout closed (`leernet search x >&-`)
        raise StdoutClosed
    try:
        for piece in pieces:
            if isinstance(piece, bytes):
                stream.flush()
                stream.buffer.write(piece)
            else:
                stream.write(piece)
        stream.flush()
    except OSError as error:
        silence_stdout()
        if isinstance(error, BrokenPipeError) or error.errno == errno.EBADF:
            raise StdoutClosed from None
        reason = error.strerror or str(error)
        raise UserError(translate(lang)("cli.stdout_failed", reason=reason)) from None


def silence_stdout() -> None:
    """Point file descriptor 1 at the null device (what is still buffered goes nowhere)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        fileno = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fileno)
        os.close(devnull)


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

    `--data` and $LEERNET_DATA are never opened; the copy's folder is removed afterwards,
    also on SIGTERM and SIGHUP (see `exit_on_signals`); copies left by demo runs that were
    killed outright (SIGKILL, a crash) are removed when the next demo starts.
    """
    import shutil

    from store.demo_data import make_demo_folder, remove_stale_demo_folders

    remove_stale_demo_folders()
    try:
        path = make_demo_folder()
    except OSError as error:
        reason = error.strerror or str(error)
        raise UserError(translate(lang)("cli.demo_copy_failed", reason=reason)) from error

    def remove_copy() -> None:
        shutil.rmtree(path.parent, ignore_errors=True)

    try:
        if args.command is not None:
            return run_command(args, path, lang)
        return run_app(path, lang, demo=True, at_hard_exit=remove_copy)
    finally:
        remove_copy()


def run_app(
    path: Path,
    lang: str | None,
    *,
    demo: bool = False,
    at_hard_exit: Callable[[], None] | None = None,
) -> int:
    """The app on `path`. `at_hard_exit` also runs when a closed terminal ends the process
    without returning here (see `LeernetApp.exit_hooks`)."""
    if path == resolve_data_path(None) and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    from tui.app import make_app  # textual is imported only here

    app = open_or_recover(path, lang, demo, make_app)
    if app is None:  # recovered, then closed without opening leernet
        return 0
    if at_hard_exit is not None:
        app.exit_hooks.append(at_hard_exit)
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
