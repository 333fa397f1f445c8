"""The one markdown-it-py configuration shared by the in-app preview and the export."""

from __future__ import annotations

from markdown_it import MarkdownIt


def make_parser() -> MarkdownIt:
    """CommonMark plus tables (exports write tables); no raw HTML rendering."""
    return MarkdownIt("commonmark", {"html": False}).enable("table")
