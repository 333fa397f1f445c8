"""`leernet search TEXT [--network NAME] [--full]`: one hit per line, newest first.

Each line is `date<TAB>place<TAB>snippet`, so scripts can cut it apart; messages (no
hits, private entries left out) go to stderr to keep stdout clean. What leaves the app
here follows the privacy rule of the team and growth exports: private entries are left
out (stderr counts them), and every known person (feedback givers, speakers, organisers,
participants) is replaced by a role before searching, so a name is neither found nor
printed. `--full` searches and shows everything, names and private entries included,
like the full export (the app itself always does).

Imports store/ only, never textual, so it starts fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from store.db import Store
from store.search import SearchHit, SearchIndex, parse_query, place_text
from tui.cli import UserError, write_stdout
from tui.i18n import Translator, choose_language
from tui.network_option import network_named

BOLD, RESET = "\033[1m", "\033[0m"


def run(args: argparse.Namespace, data_path: Path, lang: str | None) -> int:
    if not data_path.exists():
        raise UserError(
            Translator(choose_language(lang, None))("export.cli.no_data", path=data_path)
        )
    full = bool(args.full)
    with Store.open(data_path, read_only=True) as store:
        t = Translator(choose_language(lang, store.settings().lang))
        if not parse_query(args.text):
            raise UserError(t("search.cli.empty"))
        network_id = None
        if args.network is not None:
            if not args.network.strip():
                raise UserError(t("search.cli.network_empty"))
            network_id = network_named(store.networks(), args.network, t).id
        index = SearchIndex.from_store(
            store, include_names=full, shared_lang=None if full else t.lang
        )
    results = index.search(args.text, network_id=network_id, include_private=full)
    emphasise = is_terminal(sys.stdout) and "NO_COLOR" not in os.environ
    if results.hits:
        write_stdout(
            (format_line(hit, t, emphasise=emphasise, named=full) + "\n" for hit in results.hits),
            t.lang,
        )
    if not results.hits:
        print(t("search.cli.no_hits", text=args.text), file=sys.stderr)
    if results.private_skipped == 1:
        print(t("search.cli.private_skipped_one"), file=sys.stderr)
    elif results.private_skipped:
        print(t("search.cli.private_skipped", count=results.private_skipped), file=sys.stderr)
    return 0


def is_terminal(stream: object) -> bool:
    """Whether stdout is a terminal (it may be None: started with stdout closed)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def format_line(
    hit: SearchHit, t: Translator, *, emphasise: bool = False, named: bool = False
) -> str:
    when = hit.date.isoformat() if hit.date else "–"
    text = hit.snippet.text
    if emphasise:
        pieces, last = [], 0
        for start, end in hit.snippet.marks:
            pieces += [text[last:start], BOLD, text[start:end], RESET]
            last = end
        text = "".join([*pieces, text[last:]])
    return f"{when}\t{place_text(hit, t, named=named)}\t{text}"
