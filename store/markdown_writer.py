"""A small CommonMark writer for the exports: blocks in, valid Markdown out.

The exports mix our own text (headings, labels), written as Markdown, and what the user
typed. User text comes in two kinds:

- *free text* (reflections, actions, goals, purpose, feedback, notes) keeps the user's
  Markdown: `text_block`, `text_lines`, `led_lines`, `led_block` and `cell` go through
  store/user_markdown.py, which keeps lists, emphasis, code and http(s) links and
  neutralises whatever could break out (headings, tables, HTML, images, other links);
  this module places the result: inside a list item (further lines indented), after a
  bold label (on its own line before a list or code block), in a table cell (one line);
- *names and short facts* (topics, speakers, network names, anything passed to
  `heading`, `inline`, `paragraph`, `strong`, `emphasis`) are literal text: every
  character that could start markup is backslash-escaped, and nothing at the start of a
  line can open a block.

`Raw` marks a fragment that is already Markdown. Bidirectional control characters are
dropped from every kind of user text (a test checks whole exports), so no text can be
displayed reordered. The same parser configuration as the app (store/markdown.py) checks
all of this in the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from store.user_markdown import (
    BIDI_CHARS,
    starts_with_paragraph,
    user_block,
    user_blocks,
    user_inline,
)

LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Control characters (Unicode category Cc) other than tab and newline, and the
# bidirectional controls (text must not be displayed reordered): dropped.
CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CHARS}]")
# Anything clean_lines() has to deal with: line breaks, tabs and control characters.
_NEEDS_CLEANING = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI_CHARS}]")
# A character that survives cleaning and stripping: neither control nor whitespace.
VISIBLE = re.compile(f"[^\\s\\x00-\\x1f\\x7f-\\x9f{BIDI_CHARS}]")
# Escaped everywhere: each of these can start inline markup (or a cell border in a table).
INLINE_SPECIALS = "\\`*_[]<|~"
# In a heading `#` too: a trailing run of `#` would be taken as the closing sequence.
INLINE_ESCAPE = re.compile("([" + re.escape(INLINE_SPECIALS) + "])")
HEADING_ESCAPE = re.compile("([" + re.escape(INLINE_SPECIALS + "#") + "])")
# `&amp;` would become "&": escape an ampersand only where it would start an entity.
ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
# A line of only -, : and spaces can underline a setext heading, be a thematic break or
# the delimiter row of a table.
DELIMITER_LIKE = re.compile(r"^[-:][-:\s]*$")

# A piece of user text is already a clean, safe line when it holds none of the characters
# cleaning or escaping deals with (one search: a plain character class scans fast), has
# no space at either end and does not start with a character that could open a block
# (see is_plain). Such a piece is used as it is.
_ODD_SPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace() and c not in " \n")
_NOT_PLAIN = re.compile(
    "["
    + "\x00-\x1f\x7f-\x9f\u2028\u2029"
    + BIDI_CHARS
    + re.escape(_ODD_SPACE + INLINE_SPECIALS + "&")
    + "]"
)
_UNSAFE_FIRST = frozenset("- #>=+:0123456789")


def is_plain(text: str) -> bool:
    """Whether `text` (not empty) would come out of cleaning and escaping unchanged."""
    first = text[0]
    return (
        _NOT_PLAIN.search(text) is None
        and first not in _UNSAFE_FIRST
        and not first.isdigit()
        and text[-1] != " "
    )


# A line break followed by a line that is not blank: the next line of a bullet item.
_ITEM_LINE = re.compile(r"\n(?!\n|$)")


class Raw(str):
    """A fragment that is already Markdown (our own markup): not escaped again."""

    __slots__ = ()


# -- user text ---------------------------------------------------------------------------


def clean_lines(text: str) -> list[str]:
    """The user's text as stripped lines ("" for a paragraph break), ready to escape.

    Control characters (other than line breaks) are dropped: they show as garbage at best.
    Tabs become spaces. Runs of blank lines collapse to one; none at either end.
    """
    if not text:
        return []
    if _NEEDS_CLEANING.search(text) is None:
        # The common case, one line without tabs or control characters: no splitting.
        line = text.strip()
        return [line] if line else []
    out: list[str] = []
    for raw_line in LINE_BREAK.split(text):
        line = CONTROL.sub("", raw_line).replace("\t", " ").strip()
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def has_text(text: str) -> bool:
    """Whether the text holds anything that would be written (same rule as clean_lines)."""
    return bool(text) and VISIBLE.search(text) is not None


def paragraphs(text: str) -> list[list[str]]:
    """The cleaned lines of `text`, grouped into paragraphs."""
    groups: list[list[str]] = [[]]
    for line in clean_lines(text):
        if line:
            groups[-1].append(line)
        else:
            groups.append([])
    return [group for group in groups if group]


def one_line(text: str, joiner: str = " ") -> str:
    """All of `text` on one line (for headings, table cells and short lists), unescaped."""
    if _NEEDS_CLEANING.search(text) is None:
        return text.strip()
    return joiner.join(line for line in clean_lines(text) if line)


def escape_inline(text: str, *, heading: bool = False) -> str:
    """Backslash the characters that could start inline markup (one cleaned line)."""
    pattern = HEADING_ESCAPE if heading else INLINE_ESCAPE
    # Search first: most lines hold none of these and are then used as they are.
    if pattern.search(text) is None:
        escaped = text
    else:
        escaped = backslash(text, INLINE_SPECIALS + "#" if heading else INLINE_SPECIALS)
    if "&" in escaped:
        escaped = ENTITY_START.sub(lambda _: "\\&", escaped)
    return escaped


def backslash(text: str, specials: str) -> str:
    """A backslash before every one of `specials` in `text` (which start with the
    backslash itself: the others add backslashes). One replace() per special present is
    many times faster than translate() with a table of strings or a regex with a
    template."""
    for special in specials:
        if special in text:
            text = text.replace(special, "\\" + special)
    return text


def escape_line(line: str, *, heading: bool = False) -> str:
    """One cleaned line of user text, safe anywhere a line of text may stand."""
    return escape_block_start(escape_inline(line, heading=heading))


def escape_block_start(escaped: str) -> str:
    """A line whose inline specials are escaped, kept from opening or changing a block."""
    ordered = ORDERED_START.match(escaped)
    if ordered:
        return f"{ordered.group(1)}\\{ordered.group(2)}{escaped[ordered.end() :]}"
    first = escaped[:1]
    rest = escaped[1:]
    if first in ("#", ">", "="):
        return "\\" + escaped
    if first in ("-", "+") and (not rest or rest[0] == " "):
        return "\\" + escaped
    if DELIMITER_LIKE.match(escaped):
        return "\\" + escaped
    return escaped


def text_lines(text: str) -> list[str]:
    """User text as Markdown lines (see text_block); [] for text with nothing to show."""
    block = user_block(text)
    return block.split("\n") if block else []


def text_block(text: str) -> str:
    """User text as Markdown that keeps the user's Markdown and cannot break out of its
    place (store/user_markdown.py): paragraphs apart by a blank line."""
    return user_block(text)


def text_blocks(texts: Sequence[str]) -> list[str]:
    """`[text_block(t) for t in texts]`."""
    return user_blocks(texts)


def inline(*parts: str) -> Raw:
    """One line of Markdown from pieces: `Raw` pieces as they are, other text escaped.

    A space at either end of a text piece is kept (as one space): it separates the piece
    from a bold label, which would not close if a letter followed it directly.
    """
    return Raw("".join(part if isinstance(part, Raw) else _inline_piece(part) for part in parts))


def _inline_piece(part: str) -> str:
    core = part.strip(" ")
    if not core:
        return " " if part else ""
    if is_plain(core):
        # Only spaces were stripped: the piece is one clean line with nothing to escape.
        lead = " " if part[0] == " " else ""
        trail = " " if part[-1] == " " else ""
        return f"{lead}{core}{trail}" if lead or trail else core
    core = escape_line(one_line(part))
    if not core:
        return " " if part[:1].isspace() else ""
    lead = " " if part[:1].isspace() else ""
    trail = " " if part[-1:].isspace() else ""
    return f"{lead}{core}{trail}"


@lru_cache(maxsize=512)  # our own labels repeat for every session of a big export
def strong(text: str) -> Raw:
    """Bold text (the label of a line). Keep punctuation inside so the bold closes."""
    return Raw(f"**{escape_line(one_line(text))}**")


def emphasis(text: str) -> Raw:
    return Raw(f"*{escape_line(one_line(text))}*")


def cell(text: str) -> Raw:
    """A table cell: the text's Markdown on one line, `|` escaped; paragraphs, list items
    and lines joined by "; " (no HTML for <br>)."""
    if isinstance(text, Raw):
        return text
    return Raw(user_inline(text))


# -- the document ------------------------------------------------------------------------


class MarkdownDocument:
    """Blocks appended in order; `render()` joins them with blank lines.

    Every block ends before the next begins (a blank line between), so no block can run
    into its neighbour: a paragraph never becomes a table header or a setext heading.
    """

    def __init__(self) -> None:
        self.blocks: list[str] = []

    def heading(self, level: int, text: str) -> None:
        """A heading (1-6). User text is escaped; `#` too, so no closing sequence forms."""
        body = text if isinstance(text, Raw) else escape_line(one_line(text), heading=True)
        self.blocks.append(f"{'#' * level} {body or '–'}")

    def paragraph(self, *parts: str) -> None:
        """One line of our own text with escaped pieces (see `inline`)."""
        line = inline(*parts)
        if line:
            self.blocks.append(line)

    def text(self, text: str) -> None:
        """User text as one or more paragraphs (nothing for empty text)."""
        lines = text_lines(text)
        if lines:
            self.blocks.append("\n".join(lines))

    def labelled(self, label: str, text: str) -> None:
        """`**Label:** user text` as a paragraph (further paragraphs follow)."""
        block = led_block(strong(label), text)
        if block:
            self.blocks.append(block)

    def bullet_blocks(self, items: Iterable[str]) -> None:
        """`bullets` of items given as blocks (`text_block`, `led_block`); empty ones are
        skipped."""
        rendered = [bullet_block(item) for item in items if item]
        if rendered:
            self.blocks.append("\n".join(rendered))

    def bullets(self, items: Iterable[Sequence[str]]) -> None:
        """A bullet list; each item is a list of Markdown lines ("" between paragraphs),
        made with `text_lines`, `led_lines` or `join_paragraphs`. Empty items are skipped."""
        rendered = [bullet_item(item) for item in items if any(item)]
        if rendered:
            self.blocks.append("\n".join(rendered))

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        """A table; every row gets exactly the header's number of cells."""
        width = len(header)
        lines = [
            row_line([cell(h) for h in header]),
            "| " + " | ".join("---" for _ in header) + " |",
        ]
        for row in rows:
            cells = [cell(c) for c in list(row)[:width]]
            cells += [Raw("")] * (width - len(cells))
            lines.append(row_line(cells))
        self.blocks.append("\n".join(lines))

    def quote(self, text: str) -> None:
        """Our own remark as a block quote (one paragraph)."""
        line = inline(text)
        if line:
            self.blocks.append(f"> {line}")

    def raw(self, markdown: str) -> None:
        self.blocks.append(markdown)

    def render(self) -> str:
        return "\n\n".join(self.blocks) + "\n"

    def encoded(self, batch: int = 4096) -> Iterator[bytes]:
        """`render()` as UTF-8, `batch` blocks at a time: a big export is written without
        ever being one string (and one bytes object) in memory."""
        blocks = self.blocks
        if not blocks:
            yield b"\n"
        for start in range(0, len(blocks), batch):
            piece = "\n\n".join(blocks[start : start + batch])
            if start:
                piece = "\n\n" + piece
            if start + batch >= len(blocks):
                piece += "\n"
            yield piece.encode("utf-8")


def row_line(cells: Sequence[str]) -> str:
    # A space on both sides of each border: a cell ending in an escaped backslash must not
    # sit against the pipe (markdown-it reads `\|` as an escaped pipe).
    return "| " + " | ".join(cells) + " |"


def led_block(lead: str, text: str, *, always: bool = False) -> str:
    """`led_lines` joined by newlines."""
    return lead_escaped(lead, text_block(text), always=always)


# First characters of a block that may start something other than a paragraph.
_MAYBE_NOT_PARAGRAPH = frozenset("*-+>`0123456789")


def lead_escaped(lead: str, block: str, *, always: bool = False) -> str:
    """`led_block` of a block made by `text_block(s)` already.

    The lead stands on the block's first line when that is a paragraph; before a list,
    quote or code block it is a paragraph of its own (on the list's first line it would
    keep the list from being one)."""
    if not block:
        return lead if always else ""
    if not lead:
        return block
    if block[0] not in _MAYBE_NOT_PARAGRAPH or starts_with_paragraph(block):
        return f"{lead} {block}"
    # A bullet list, a quote, a fence and a list starting at 1 may follow a paragraph
    # directly (the list stays tight); an ordered list starting elsewhere and an empty
    # item need a blank line.
    joint = "\n" if block.startswith(("* ", "> ", "```", "1. ")) else "\n\n"
    return f"{lead}{joint}{block}"


def bullet_block(block: str) -> str:
    """`bullet_item` of a block's lines (a block made by `text_block` or `led_block`)."""
    if "\n" in block:
        return "- " + _ITEM_LINE.sub("\n  ", block)
    return "- " + block


def led_lines(lead: str, text: str, *, always: bool = False) -> list[str]:
    """User text whose first line starts with our `lead` (Markdown, e.g. a bold label).

    Empty text gives nothing, unless `always`: then the lead stands alone.
    """
    block = lead_escaped(lead, text_block(text), always=always)
    return block.split("\n") if block else []


def join_paragraphs(*parts: Sequence[str]) -> list[str]:
    """Several groups of Markdown lines as paragraphs of one block (empty groups dropped)."""
    out: list[str] = []
    for part in parts:
        if not any(part):
            continue
        if out:
            out.append("")
        out.extend(part)
    return out


def bullet_item(lines: Sequence[str]) -> str:
    """One `- ` item; its further lines indented two spaces so they stay inside the item."""
    first, rest = lines[0], lines[1:]
    return "\n".join([f"- {first}", *[f"  {line}" if line else "" for line in rest]])
