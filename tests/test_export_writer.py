"""The CommonMark writer: names stay text, free text keeps its Markdown in its place, and
the structure is exactly what we wrote."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.markdown import make_parser
from store.markdown_writer import (
    MarkdownDocument,
    Raw,
    bullet_block,
    bullet_item,
    clean_lines,
    escape_line,
    has_text,
    inline,
    join_paragraphs,
    led_block,
    led_lines,
    one_line,
    paragraphs,
    strong,
    text_block,
    text_lines,
)

PARSER = make_parser()

ADVERSARIAL = [
    "# not a heading",
    "## neither ##",
    "---",
    "===",
    "- item",
    "+ item",
    "* item",
    "1. first",
    "2) second",
    "> quote",
    "```python",
    "~~~",
    "    indented code",
    "<script>alert(1)</script>",
    "| a | b |",
    "|---|---|",
    ":--",
    "a | b",
    "[link](http://example.com)",
    "[ref]: http://example.com",
    "*bold* _em_ `code`",
    "&amp; &#35; &copy;",
    "back\\slash\\",
    "trailing backslash \\",
    "<http://example.com>",
    "![img](x.png)",
    "***",
    "_ _ _",
    "- - -",
    "\t\ttabbed",
    "line\r\nwindows\rmac",
    "nul\x00char",
]

INLINE_TYPES = {"text", "softbreak", "hardbreak"}


def skeleton(markdown: str) -> list[tuple[str, str]]:
    """Block tokens (type, tag) without the inline content: the document's structure."""
    return [(t.type, t.tag) for t in PARSER.parse(markdown) if t.type != "inline"]


OUR_MARKUP = {"strong_open", "strong_close", "em_open", "em_close"}


def inline_texts(markdown: str, *, ours: bool = False) -> list[str]:
    """The text of each inline token, with line breaks as "\\n". Any markup fails, except
    bold and emphasis when `ours` (the writer's own labels)."""
    out = []
    for token in PARSER.parse(markdown):
        if token.type != "inline":
            continue
        pieces = []
        for child in token.children or []:
            if ours and child.type in OUR_MARKUP:
                continue
            assert child.type in INLINE_TYPES, (child.type, markdown)
            pieces.append("\n" if child.type != "text" else child.content)
        out.append("".join(pieces))
    return out


def structure(markdown: str) -> list[tuple[str, str]]:
    """Our skeleton: headings, tables with their rows and cells, and our lists (`-`) with
    their items. The user's own lists (`*`, `1.`), quotes and code sit inside their place
    and are left out."""
    return [
        (t.type, t.tag)
        for t in PARSER.parse(markdown)
        if t.type.startswith(SKELETON)
        or (t.type.startswith(("bullet_list", "list_item")) and t.markup == "-")
    ]


SKELETON = ("heading", "table", "thead", "tbody", "tr", "th", "td")


def expected_lines(text: str) -> list[str]:
    """Each paragraph of `text` as it should read: its cleaned lines, one per line."""
    return ["\n".join(group) for group in paragraphs(text)]


FORBIDDEN = {"heading_open", "table_open", "tr_open", "html_block", "html_inline", "image", "hr"}


def no_breakout(markdown: str) -> None:
    """No heading, table, HTML, image or rule, and only http(s)/mailto links."""
    for token in PARSER.parse(markdown):
        assert token.type not in FORBIDDEN, (token.type, markdown)
        for child in token.children or []:
            assert child.type not in FORBIDDEN, (child.type, markdown)
            if child.type == "link_open":
                assert str(child.attrs["href"]).startswith(("http://", "https://", "mailto:"))


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_line_adds_no_heading_table_or_html(text: str) -> None:
    doc = MarkdownDocument()
    doc.text(text)
    no_breakout(doc.render())


def test_all_adversarial_lines_together_add_no_heading_table_or_html() -> None:
    doc = MarkdownDocument()
    doc.text("\n".join(ADVERSARIAL))
    no_breakout(doc.render())


def test_heading_keeps_hashes_and_level() -> None:
    doc = MarkdownDocument()
    doc.heading(2, "Topic ## with # hashes ##")
    markdown = doc.render()
    assert skeleton(markdown) == [("heading_open", "h2"), ("heading_close", "h2")]
    assert inline_texts(markdown) == ["Topic ## with # hashes ##"]


def test_table_cells_keep_pipes_and_newlines_become_semicolons() -> None:
    doc = MarkdownDocument()
    doc.table(["A", "B"], [["x | y", "first\nsecond"], ["only one"]])
    markdown = doc.render()
    # Lines the preview joins are joined; paragraphs are apart by "; ".
    assert inline_texts(markdown) == ["A", "B", "x | y", "first second", "only one", ""]
    rows = [t for t in PARSER.parse(markdown) if t.type == "tr_open"]
    assert len(rows) == 3


def test_bullets_keep_multi_paragraph_text_inside_the_item() -> None:
    doc = MarkdownDocument()
    doc.bullets(
        [
            led_lines(strong("Said:"), "first paragraph\n\n- an item of mine\n# not a heading"),
            text_lines("second item"),
            text_lines("   "),  # empty: skipped
        ]
    )
    markdown = doc.render()
    tokens = PARSER.parse(markdown)
    ours = [t for t in tokens if t.type == "list_item_open" and t.markup == "-"]
    assert len(ours) == 2
    # The user's list is nested inside the first item; the heading became bold text.
    nested = [t for t in tokens if t.type == "list_item_open" and t.markup == "*"]
    assert len(nested) == 1 and nested[0].level > ours[0].level
    assert not [t for t in tokens if t.type == "heading_open"]
    assert inline_texts(markdown, ours=True) == [
        "Said: first paragraph",
        "an item of mine",
        "not a heading",
        "second item",
    ]


def test_clean_lines_normalises_breaks_controls_and_blank_runs() -> None:
    assert clean_lines("  a \r\n\r\n\r\n b\x07c\t \n\n") == ["a", "", "bc"]
    assert not has_text(" \n\t\x00 ")
    assert one_line("a\nb\n\nc", "; ") == "a; b; c"


def test_escape_line_leaves_ordinary_text_readable() -> None:
    assert escape_line("R&D kost -5 euro, 3.5 uur: prima!") == "R&D kost -5 euro, 3.5 uur: prima!"


def test_join_paragraphs_drops_empty_groups() -> None:
    assert join_paragraphs(["a"], [], [""], ["b"]) == ["a", "", "b"]


# -- property tests ----------------------------------------------------------------------

# Characters that matter to Markdown, line breaks of every kind, and some ordinary text.
SPECIALS = list("#|*>`<-=+_~[]()!&;:.\\ \t\n\r0123456789abc") + [
    "\u2028",
    "\x00",
    "\x0c",
    "\u00a0",
    "é",
    "```",
    "---",
    "1. ",
    "- ",
]
user_text = st.one_of(
    st.text(),
    st.lists(st.sampled_from(SPECIALS), max_size=40).map("".join),
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(user_text)
def test_any_text_adds_no_heading_table_or_html(text: str) -> None:
    doc = MarkdownDocument()
    doc.text(text)
    doc.bullets([led_lines(strong("One:"), text, always=True)])
    doc.table(["A"], [[text]])
    no_breakout(doc.render().replace("| A |\n| --- |", ""))  # our table aside


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(user_text, user_text, user_text)
def test_any_text_keeps_the_document_structure(title: str, body: str, note: str) -> None:
    """Headings, list items and table rows are exactly the ones written, whatever the text."""

    def build(a: str, b: str, c: str) -> str:
        doc = MarkdownDocument()
        doc.heading(1, a)
        doc.paragraph(Raw("**Lead:** "), b)
        doc.labelled("Note:", b)
        doc.text(b)
        doc.bullets(
            [led_lines(strong("One:"), b, always=True), led_lines(Raw("*x*"), c, always=True)]
        )
        doc.table(["Col", "Other"], [[a, b], [c, Raw("")]])
        doc.heading(2, c)
        doc.text(c)
        return doc.render()

    plain = build("x", "x", "x")
    wild = build(title, body, note)
    assert structure(wild) == structure(plain)
    assert [t for t in inline_texts_of_headings(wild)] == [
        one_line(title) or "–",
        one_line(note) or "–",
    ]


def inline_texts_of_headings(markdown: str) -> list[str]:
    tokens = PARSER.parse(markdown)
    out = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            children = tokens[i + 1].children or []
            assert all(c.type == "text" for c in children), markdown
            out.append("".join(c.content for c in children))
    return out


@settings(max_examples=300)
@given(user_text)
def test_has_text_agrees_with_clean_lines(text: str) -> None:
    assert has_text(text) == bool(clean_lines(text))


@settings(max_examples=300)
@given(user_text)
def test_text_with_something_to_show_gives_a_block(text: str) -> None:
    """The exports decide with has_text whether to write a text: it then has a block."""
    if has_text(text):
        assert text_block(text)
        assert text_lines(text)


@settings(max_examples=500)
@given(user_text, user_text)
def test_inline_fast_path_matches_escaping(before: str, after: str) -> None:
    def piece(part: str) -> str:
        core = escape_line(one_line(part))
        if not core:
            return " " if part[:1].isspace() else ""
        lead = " " if part[:1].isspace() else ""
        trail = " " if part[-1:].isspace() else ""
        return f"{lead}{core}{trail}"

    assert inline(before, Raw("**x**"), after) == piece(before) + "**x**" + piece(after)


def test_bullet_block_matches_bullet_item() -> None:
    lines = led_lines(strong("One:"), "a\nb\n\nc\n- d", always=True)
    assert bullet_block("\n".join(lines)) == bullet_item(lines)
    assert led_block(strong("One:"), "", always=True) == strong("One:")
    assert led_block(strong("One:"), "") == ""
