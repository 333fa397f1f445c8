"""User text keeps its Markdown and cannot break the document; the preview shows what the
export holds (store/user_markdown.py, store/markdown_writer.py, store/journal.py)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.db import Store
from store.export import export_markdown
from store.journal import SessionForm, entry_markdown
from store.markdown import make_parser
from store.markdown_writer import MarkdownDocument, bullet_block, led_block, strong
from store.models import Feedback, Session
from store.user_markdown import clean, is_fast, parsed_block, user_block

PARSER = make_parser()
LABELS = {
    "title": "Sessie",
    "what_happened": "Wat gebeurde er?",
    "brought_in": "Wat bracht ik in?",
    "learned": "Wat leerde ik?",
    "will_try": "Wat ga ik proberen?",
    "questions": "Welke vragen blijven?",
    "actions": "Acties",
    "follow_up": "Opvolging",
    "evaluation": "Evaluatie",
    "team_insights": "Voor mijn team",
    "tags": "Tags",
    "empty": "Leeg",
}


# -- the examples: kept as Markdown -----------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("We bespraken een **casus**", "We bespraken een **casus**"),
        ("- eerst luisteren\n- dan vragen", "* eerst luisteren\n* dan vragen"),
        ("Hoe pak ik dit aan bij *collega's*", "Hoe pak ik dit aan bij *collega's*"),
        # A single line break is joined, in the preview as in the export: no backslash.
        ("eerste regel\ntweede regel", "eerste regel\ntweede regel"),
        # A hard break the user typed stays one.
        ("eerste  \ntweede", "eerste\\\ntweede"),
        ("zie `code` en [site](https://example.org)", "zie `code` en [site](https://example.org)"),
    ],
)
def test_user_markdown_is_kept(typed: str, written: str) -> None:
    assert user_block(typed) == written


def test_old_escaping_is_gone_from_the_full_export(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "l.json")
    store.save_session(
        Session(date=date(2026, 10, 1), learned="We bespraken een **casus**\n- eerst luisteren")
    )
    markdown = export_markdown(store, "full").markdown
    store.close()
    assert "\\*\\*casus\\*\\*" not in markdown and "\\- eerst" not in markdown
    assert "We bespraken een **casus**\n* eerst luisteren" in markdown


# -- hostile input: neutralised -----------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("# heading", "**heading**"),
        ("Titel\n===", "**Titel**"),
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "a · b\\\n1 · 2"),
        ("[x](javascript:alert(1))", "x"),
        ("[x](relative/page)", "x"),
        ("![alt](http://x/y.png)", "alt"),
        ("[ref]: http://x", "[ref]: http://x"),  # a lone definition: shown as typed
        ("zie [ref]\n\n[ref]: http://x", "zie [ref](http://x)"),
        ("a\u202eb\u2066c\u200fd\u061ce", "abcde"),
    ],
)
def test_hostile_user_text_is_neutralised(typed: str, written: str) -> None:
    block = user_block(typed)
    if typed == "[ref]: http://x":
        # Nothing of it would show: the text as typed, escaped.
        assert block == "\\[ref\\]: http://x"
        return
    assert block == written
    for token in PARSER.parse(bullet_block(led_block(strong("Label:"), typed))):
        assert not token.type.startswith(("heading", "table", "html", "hr"))
        for child in token.children or []:
            assert child.type not in ("image", "html_inline")


def test_bidi_controls_never_reach_an_export(tmp_path: Path) -> None:
    bidi = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
    store = Store.open(tmp_path / "l.json")
    store.save_session(
        Session(
            date=date(2026, 10, 1),
            topic=f"Topic{bidi}",
            speaker=f"Jan{bidi} (trainer)",
            learned=f"geleerd{bidi} **vet**",
            tags=[f"tag{bidi}"],
            team_insights=[f"tip{bidi}"],
        )
    )
    store.save_feedback(Feedback(date=date(2026, 10, 2), giver_name=f"Jo{bidi}", said=bidi))
    for audience in ("team", "growth", "full"):
        markdown = export_markdown(store, audience).markdown
        assert not any(c in markdown for c in bidi), audience
    store.close()
    preview = entry_markdown(SessionForm(topic=f"T{bidi}", learned=f"x{bidi}"), LABELS)
    assert not any(c in preview for c in bidi)


# -- preview and export: the same Markdown nodes ----------------------------------------

word = st.sampled_from(["luisteren", "vragen", "casus", "team", "collega's", "feedback"])
phrase = st.lists(word, min_size=1, max_size=3).map(" ".join)
piece = st.one_of(
    phrase,
    phrase.map(lambda p: f"*{p}*"),
    phrase.map(lambda p: f"`{p}`"),
    st.tuples(phrase, word).map(lambda t: f"[{t[0]}](https://example.org/{t[1].strip(chr(39))})"),
)
line = st.lists(piece, min_size=1, max_size=4).map(" ".join)
user_markdown = st.one_of(
    line,
    st.lists(line, min_size=1, max_size=4).map(lambda ls: "\n".join(f"- {x}" for x in ls)),
    st.tuples(line, st.lists(line, min_size=1, max_size=3)).map(
        lambda t: t[0] + "\n\n" + "\n".join(f"- {x}" for x in t[1])
    ),
)
USER_NODES = ("em_open", "code_inline", "link_open")


def user_nodes(markdown: str, typed: str) -> list[tuple[str, str]]:
    """The user's lists (items, by their `*`/`.` markers), emphasis, code and links, in
    order, with their text or target: those whose text is in what the user `typed` (the
    export's own italics are left out)."""
    out: list[tuple[str, str]] = []
    for token in PARSER.parse(markdown):
        if token.type == "list_item_open" and token.markup != "-":
            out.append(("list_item", ""))
        children = token.children or []
        for index, child in enumerate(children):
            if child.type not in USER_NODES:
                continue
            if child.type == "em_open":
                inner = children[index + 1].content
                if inner in typed:
                    out.append(("em", inner))
            else:
                out.append((child.type, child.content or str(child.attrs.get("href", ""))))
    return out


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(user_markdown)
def test_preview_and_export_show_the_same_markdown_nodes(tmp_path: Path, text: str) -> None:
    preview = entry_markdown(SessionForm(learned=text), LABELS)
    path = tmp_path / "l.json"
    path.unlink(missing_ok=True)
    store = Store.open(path)
    store.save_session(Session(date=date(2026, 10, 1), learned=text))
    try:
        for audience in ("full", "growth", "team"):
            exported = export_markdown(store, audience).markdown
            assert user_nodes(exported, text) == user_nodes(preview, text), audience
    finally:
        store.close()
    # And it is what the user wrote, read by the preview's parser.
    # (the user's `-` bullets are written `*`, see store/user_markdown.py)
    assert user_nodes(preview, text) == user_nodes(re.sub(r"(?m)^- ", "* ", text), text)


# -- the fast path: the text means what it meant as typed --------------------------------

fast_text = st.lists(
    st.sampled_from(["- ", "* ", "a", "b c", "*", "**", "\n", "\n\n", "+ ", "1", " ", "x*y"]),
    max_size=20,
).map("".join)


def tree(markdown: str) -> list[object]:
    """Block tokens and, for inline ones, the type and text of every child: the meaning,
    not the spelling."""
    return [
        (t.type, t.tag, [(c.type, c.content) for c in t.children or []])
        for t in PARSER.parse(markdown)
    ]


@settings(max_examples=800)
@given(fast_text)
def test_fast_path_keeps_what_the_typed_text_means(text: str) -> None:
    """A text the fast path takes is shown by the preview's parser as it was typed (the
    user's `-`/`+` bullets written `*`); the parsed way keeps it from breaking out."""
    cleaned = clean(text)
    if cleaned and is_fast(cleaned):
        typed = re.sub(r"(?m)^[-+] ", "* ", cleaned)
        assert tree(user_block(text)) == tree(typed)
        no_blocks = {"heading_open", "table_open", "hr", "html_block"}
        assert not {t.type for t in PARSER.parse(parsed_block(cleaned))} & no_blocks


def test_in_a_document_the_user_list_never_joins_ours() -> None:
    doc = MarkdownDocument()
    doc.text("- mijn lijstje")
    doc.bullet_blocks(["ons punt"])
    ours = [t for t in PARSER.parse(doc.render()) if t.type == "bullet_list_open"]
    assert len(ours) == 2
