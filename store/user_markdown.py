"""What the user typed, as Markdown that keeps its Markdown and cannot break the document.

The editor invites Markdown (*schuin*, **vet**, - lijstjes) and the preview renders it, so
the exports keep it too: lists, emphasis, strong, inline code, code blocks, hard line
breaks, block quotes and http(s)/mailto links come out as the user wrote them. What could
break out of the user's place in an export is neutralised, by parsing the text with the
preview's markdown-it-py configuration (store/markdown.py) and writing the tree back:

- a heading becomes a bold paragraph; a thematic break is dropped;
- a table becomes one line per row, its cells apart by " · " (no table rows are added);
- an image becomes its alt text; a link keeps only an http(s) or mailto target, any other
  (`javascript:`, relative) becomes its text; reference definitions are used where they
  are referred to and not written themselves (footnotes are not enabled: plain text);
- raw HTML is off in the parser, so `<script>` is text and is written escaped;
- every other character that could start markup is backslash-escaped where it is text,
  and no line can open a block it was not parsed as (`#`, `>`, `1.`, `---`, `===`);
- code blocks are written fenced with a fence longer than any run of backticks inside.

Lines the preview joins (a single line break) stay joined: a soft break is written as a
plain line break; a hard break (two spaces or a backslash at the end of a line) as a
backslash. Bidirectional control characters are removed from all text, so nothing can be
displayed reordered, and control characters are dropped.

The result is placed by store/markdown_writer.py (inside a list item, after a bold label,
in a table cell). The preview shows the same result (store/journal.py `entry_markdown`),
so what the user sees is what is exported.

Parsing costs ~60 µs a text: text whose only Markdown is bullets (`- `), emphasis (`*`)
and line breaks, nearly all of it, is checked by a few regular expressions and used as it
is (the fast path; a property test compares it with the parsed way).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from store.markdown import make_parser

# Bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
# (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
BIDI_CHARS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
BIDI = re.compile(f"[{BIDI_CHARS}]")
_LINE_BREAK = re.compile(r"\r\n|\r|\u2028|\u2029")
# Control characters other than tab and newline, and the bidi controls: dropped.
_DROPPED = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CHARS}]")

# -- the fast path --
# A character the fast path does not handle: markup other than `*` and `-`/`+`, control
# characters, tabs, unusual line breaks and spaces, entities. Any of these: parse.
_NOT_FAST = re.compile(
    "[\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f\\u00a0\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f"
    "\\u3000\\ufeff\\\\`_\\[\\]<>|~#&!=]"
)
# A line the fast path does not handle: indented (a nested list or code), with a space at
# its end (a hard break), an ordered-list marker, or a `-`/`+`/`*` at its start that is
# not a bullet with ordinary text after it, nor (for `*`) the start of emphasis. This
# leaves out every thematic break, setext underline and empty list item. The pattern for
# the lines after the first starts with a literal "\n", so the regex engine skips
# ahead to the line breaks (a `^` with MULTILINE is tried at every position: 10x slower).
_RISKY_START = r"(?: |\d{1,9}[.)]|[-+](?! [^\s\-+*\d])|\*(?! [^\s\-+*\d])(?!\**[^\s*]))"
_RISKY_FIRST_LINE = re.compile(_RISKY_START)
_RISKY_LINE = re.compile("\n" + _RISKY_START)
# No Markdown at all and nothing to clean: used as it is, after one search.
_PLAIN = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00a0\u2000-\u200f\u2028-\u202f\u205f-\u206f"
    "\u3000\ufeff\\\\`*_\\[\\]<>|~#&!=]"
)
_UNSAFE_FIRST = frozenset("-+ 0123456789")
_BLANK_RUN = re.compile(r"\n{3,}")
_BULLET = re.compile(r"^[-+] ", re.MULTILINE)


def clean(text: str) -> str:
    """Line breaks as "\\n", control and bidi characters dropped, blank lines at the ends
    and spaces at the very ends removed (tabs are left to the parser)."""
    if "\r" in text or "\u2028" in text or "\u2029" in text:
        text = _LINE_BREAK.sub("\n", text)
    if _DROPPED.search(text) is not None:
        text = _DROPPED.sub("", text)
    return text.strip(" \n")


def is_fast(text: str) -> bool:
    """Whether a cleaned text may be used as it is (see the module docstring).

    An odd number of `*` goes the parsed way too: a lone `*` is escaped there, so it
    cannot pair with emphasis the export writes after the text.
    """
    return (
        _NOT_FAST.search(text) is None
        and _RISKY_FIRST_LINE.match(text) is None
        and (" \n" not in text and _RISKY_LINE.search(text) is None)
        and text.count("*") % 2 == 0
    )


def user_block(text: str) -> str:
    """The user's text as Markdown blocks (blank lines between them), safe to place."""
    if not text:
        return ""
    if _PLAIN.search(text) is None and text[0] not in _UNSAFE_FIRST and text[-1] != " ":
        return text  # one line (no line break either), nothing to clean or keep apart
    cleaned = clean(text)
    if not cleaned:
        return ""
    if is_fast(cleaned):
        if "\n\n\n" in cleaned:
            cleaned = _BLANK_RUN.sub("\n\n", cleaned)
        if cleaned[0] in "-+" or "\n-" in cleaned or "\n+" in cleaned:
            cleaned = _BULLET.sub("* ", cleaned)  # see _list: the user's bullets are `*`
        return cleaned
    return parsed_block(cleaned)


def user_blocks(texts: Sequence[str]) -> list[str]:
    """`[user_block(t) for t in texts]`."""
    return [user_block(text) for text in texts]


def starts_with_paragraph(block: str) -> bool:
    """Whether a block made by `user_block` starts with a paragraph: only then can a
    label stand on its first line (before a list, quote or code block it would become
    text of that block's first line, or keep it from being one)."""
    first = block[:1]
    if first in ("*", "-", "+"):
        return block[1:2] not in ("", " ", "\n")
    if first in (">", "`"):
        return first == "`" and not block.startswith("```")
    if first.isdigit():
        return _ORDERED_MARKER.match(block) is None
    return True


_ORDERED_MARKER = re.compile(r"\d{1,9}[.)](?: |\n|$)")


def user_inline(text: str) -> str:
    """The user's text on one line (a table cell): paragraphs, list items and rows apart
    by "; ", line breaks as spaces, `|` escaped everywhere (also in code)."""
    cleaned = clean(text)
    if not cleaned:
        return ""
    # In a cell no line can open a block: only inline markup and `|` matter.
    if "\n" not in cleaned and _NOT_FAST.search(cleaned) is None and cleaned.count("*") % 2 == 0:
        return cleaned
    return _inline_one_line(cleaned)


# -- the parsed way ----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    """The preview's parser, but links with any target are parsed as links: the writer
    then keeps the allowed ones and writes the others as their text (markdown-it would
    leave `[x](javascript:…)` as literal brackets)."""
    parser = make_parser()
    parser.validateLink = lambda url: True  # type: ignore[method-assign]
    return parser


def parsed_block(text: str) -> str:
    tree = SyntaxTreeNode(_parser().parse(text))
    block = "\n".join(_blocks(tree.children)).strip("\n")
    if block or not text.strip():
        return block
    # Nothing to show (an image without alt text, an empty link): the text as typed.
    return "\n".join(_block_start(_escape_text(line.strip())) for line in text.split("\n"))


def _inline_one_line(text: str) -> str:
    tree = SyntaxTreeNode(_parser().parse(text))
    pieces: list[str] = []
    for node in tree.walk():
        if node.type == "inline":
            line = _inline(node, cell=True).replace("\n", " ").strip()
            if line:
                pieces.append(line)
        elif node.type in ("fence", "code_block"):
            pieces.append(_code_span(" ".join(node.content.split()), cell=True))
    return "; ".join(pieces)


def _blocks(nodes: Sequence[SyntaxTreeNode], tight: bool = False) -> list[str]:
    """Lines of the blocks, a blank line between blocks (none in a tight list item)."""
    out: list[str] = []
    for node in nodes:
        lines = _block(node)
        if not lines:
            continue
        if out and not tight:
            out.append("")
        out.extend(lines)
    return out


def _block(node: SyntaxTreeNode) -> list[str]:
    kind = node.type
    if kind == "paragraph":
        return _paragraph(node.children[0])
    if kind == "heading":
        body = _paragraph(node.children[0])
        if not body:
            return []
        return (
            [f"**{body[0]}", *body[1:-1], f"{body[-1]}**"] if len(body) > 1 else [f"**{body[0]}**"]
        )
    if kind in ("bullet_list", "ordered_list"):
        return _list(node)
    if kind == "blockquote":
        return [f"> {line}" if line else ">" for line in _blocks(node.children)]
    if kind in ("fence", "code_block"):
        content = node.content.rstrip("\n")
        longest = max((len(run) for run in re.findall("`+", content)), default=0)
        fence = "`" * max(3, longest + 1)
        return [fence, *content.split("\n"), fence] if content else []
    if kind == "table":
        rows = [
            " · ".join(filter(None, (_inline(cell.children[0]) for cell in row.children)))
            for section in node.children
            for row in section.children
        ]
        rows = [_block_start(row) for row in rows if row]
        return [line + "\\" for line in rows[:-1]] + rows[-1:]
    if kind == "hr":
        # A line of `---` the user typed shows as typed, as text.
        return [_block_start(_escape_text(node.markup))]
    # html_block cannot occur (HTML is off).
    return []


def _list(node: SyntaxTreeNode) -> list[str]:
    ordered = node.type == "ordered_list"
    number = int(node.attrs.get("start", 1)) if ordered else 0
    # markdown-it hides the paragraphs of a tight list.
    tight = all(
        child.hidden
        for item in node.children
        for child in item.children
        if child.type == "paragraph"
    )
    out: list[str] = []
    for item in node.children:
        # `*` for the user's bullets: our own lists use `-`, and a list with another
        # bullet character is another list, so a user's list that ends their text can
        # never run into the list the export writes next.
        marker = f"{number}." if ordered else "*"
        number += 1
        lines = _blocks(item.children, tight=tight)
        if out and not tight:
            out.append("")
        if not lines:
            out.append(marker)
            continue
        pad = " " * (len(marker) + 1)
        out.append(f"{marker} {lines[0]}")
        out.extend(f"{pad}{line}" if line else "" for line in lines[1:])
    return out


def _paragraph(inline_node: SyntaxTreeNode) -> list[str]:
    text = _inline(inline_node).strip()
    return [_block_start(line) for line in text.split("\n")] if text else []


_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
_DELIMITER_LIKE = re.compile(r"^[-:=+][-:=+\s]*$")


def _block_start(line: str) -> str:
    """A line of inline Markdown kept from opening or changing a block."""
    ordered = _ORDERED_START.match(line)
    if ordered:
        return f"{ordered.group(1)}\\{ordered.group(2)}{line[ordered.end() :]}"
    first = line[:1]
    if first in ("#", ">", "=", "+", "-") or _DELIMITER_LIKE.match(line):
        return "\\" + line
    return line


# `#`, `>`, `=` and list markers matter only at the start of a line (_block_start).
_INLINE_SPECIALS = "\\`*_[]<|~"
_ENTITY_START = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ALLOWED_LINK = re.compile(r"(?i)^(?:https?://|mailto:)")


def _escape_text(text: str) -> str:
    for special in _INLINE_SPECIALS:
        if special in text:
            text = text.replace(special, "\\" + special)
    if "&" in text:
        text = _ENTITY_START.sub(lambda _: "\\&", text)
    if text.endswith("!"):
        # A link we write next would become an image.
        text = text[:-1] + "\\!"
    return text


def _code_span(content: str, cell: bool = False) -> str:
    if cell:
        content = content.replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", content)), default=0)
    ticks = "`" * (longest + 1)
    if (
        content.startswith("`")
        or content.endswith("`")
        or (content.startswith(" ") and content.endswith(" ") and content.strip())
    ):
        content = f" {content} "
    return f"{ticks}{content}{ticks}"


def _inline(node: SyntaxTreeNode, cell: bool = False) -> str:
    return "".join(_inline_node(child, cell) for child in node.children)


def _inline_node(node: SyntaxTreeNode, cell: bool) -> str:
    kind = node.type
    if kind == "text":
        return _escape_text(node.content)
    if kind == "softbreak":
        return " " if cell else "\n"
    if kind == "hardbreak":
        return " " if cell else "\\\n"
    if kind == "code_inline":
        return _code_span(node.content, cell)
    if kind in ("em", "strong"):
        markup = node.markup or ("*" if kind == "em" else "**")
        return f"{markup}{_inline(node, cell)}{markup}"
    if kind == "link":
        inner = _inline(node, cell)
        href = str(node.attrs.get("href", ""))
        if not _ALLOWED_LINK.match(href) or not inner.strip():
            return inner
        href = href.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
        if cell:
            href = href.replace("|", "%7C")
        return f"[{inner}]({href})"
    if kind == "image":
        return _inline(node, cell)
    # html_inline cannot occur (HTML is off); anything else: its text.
    return _escape_text(node.content)
