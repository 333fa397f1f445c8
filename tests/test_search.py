"""Full-text search: folding, queries, snippets, the index over a store, and its speed."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from store.db import Store
from store.models import ActionItem, Feedback, Network, Session
from store.search import (
    SearchIndex,
    fold,
    fold_with_map,
    make_snippet,
    parse_query,
    place_text,
    search,
)

# Free text as people type it, accents and other scripts included; control characters
# other than newline and tab are never shown in snippets, so they are left out here.
free_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"),
    max_size=200,
)
accented_text = st.text(alphabet="aeiouAEIOU ëéèÉÈïöüçßñ\u0301\u0308\u0345İǅﬁ\n", max_size=120)


# -- folding -----------------------------------------------------------------------------


def test_fold_ignores_case_and_accents() -> None:
    assert fold("Evaluatie") == "evaluatie"
    assert fold("ideeën") == "ideeen"
    assert fold("IDEEËN") == "ideeen"
    assert fold("Straße") == "strasse"
    assert fold("ﬁets") == "fiets"
    assert fold("cafe\u0301") == "cafe"  # an accent typed as its own character
    assert fold("Crème brûlée") == "creme brulee"


def test_fold_makes_all_whitespace_one_space() -> None:
    assert fold("a\nb\tc\u00a0d") == "a b c d"


def test_fold_of_other_scripts_still_folds_case() -> None:
    assert fold("ΑΘΗΝΑ") == fold("αθηνα")
    assert fold("Ünïcödé ΑΒΓ") == "unicode αβγ"


@given(free_text)
def test_fold_fast_paths_equal_the_character_map(text: str) -> None:
    folded, origin = fold_with_map(text)
    assert fold(text) == folded
    assert len(origin) == len(folded)
    assert origin == sorted(origin)
    assert all(0 <= i < len(text) for i in origin)


@given(accented_text)
def test_fold_fast_paths_on_accented_text(text: str) -> None:
    assert fold(text) == fold_with_map(text)[0]


@given(st.text(alphabet=st.characters(max_codepoint=0xFF), max_size=120))
def test_fold_fast_paths_on_latin1_text(text: str) -> None:
    # Latin-1 takes the byte-table path, unless ß æ µ ½ … send it the long way.
    assert fold(text) == fold_with_map(text)[0]


@given(free_text)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


# -- queries -----------------------------------------------------------------------------


def test_query_words_and_phrases() -> None:
    assert parse_query("Ideeën  team") == ["ideeen", "team"]
    assert parse_query('"Team Overleg" delen') == ["team overleg", "delen"]
    assert parse_query("team TEAM Team") == ["team"]
    assert parse_query("   ") == []
    assert parse_query('""') == []
    # An unclosed quote is just a quote: its words are words.
    assert parse_query('"team overleg') == ["team", "overleg"]


# -- snippets ----------------------------------------------------------------------------


def test_snippet_shows_the_original_text_and_marks_the_hit() -> None:
    text = "We deelden Ideeën over het team."
    snippet = make_snippet(text, ["ideeen"])
    assert snippet.text == text
    ((start, end),) = snippet.marks
    assert snippet.text[start:end] == "Ideeën"


def test_snippet_cuts_long_text_around_the_hit() -> None:
    text = "Begin. " + "woord " * 40 + "Evaluatie van de sessie. " + "meer " * 40
    snippet = make_snippet(text, ["evaluatie"], width=50, lead=12)
    assert snippet.text.startswith("…")
    assert snippet.text.endswith("…")
    assert len(snippet.text) <= 52
    ((start, end),) = snippet.marks
    assert snippet.text[start:end] == "Evaluatie"


def test_snippet_collapses_line_breaks_and_marks_every_term() -> None:
    text = "Wat leerde ik?\n\n- delen van **ideeën**\n- team  overleg"
    snippet = make_snippet(text, ["ideeen", "team"])
    assert "\n" not in snippet.text
    assert "  " not in snippet.text
    marked = [snippet.text[a:b] for a, b in snippet.marks]
    assert marked == ["ideeën", "team"]


def test_snippet_without_a_hit_shows_the_start() -> None:
    assert make_snippet("abc def", ["zzz"]).text == "abc def"
    assert make_snippet("abc def", ["zzz"]).marks == ()


def test_snippet_keeps_separate_accents_inside_the_mark() -> None:
    text = "Ide\u0301e\u0308en!"
    snippet = make_snippet(text, ["ideeen"])
    ((start, end),) = snippet.marks
    assert snippet.text[start:end] == "Ide\u0301e\u0308en"


@given(free_text, st.data())
def test_any_piece_of_a_text_is_found_and_marked(text: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, len(text)))
    term = fold(text[i:j]).strip()
    assume(term)
    assert term in fold(text)
    snippet = make_snippet(text, [term], width=40, lead=10)
    assert snippet.marks
    marked = " ".join(fold(snippet.text[a:b]) for a, b in snippet.marks)
    assert " ".join(term.split()) in " ".join(marked.split())
    # The snippet is one line of the user's own characters.
    assert "\n" not in snippet.text
    for a, b in snippet.marks:
        assert 0 <= a < b <= len(snippet.text)


@given(free_text, free_text)
def test_snippet_never_fails_on_free_text(text: str, query: str) -> None:
    snippet = make_snippet(text, parse_query(query))
    assert "\n" not in snippet.text
    assert all(0 <= a < b <= len(snippet.text) for a, b in snippet.marks)


# -- the index over a store --------------------------------------------------------------


def _fill(store: Store) -> dict[str, int]:
    safety = store.save_network(Network(name="Veiligheid"))
    hr = store.save_network(Network(name="HR-netwerk"))
    first = store.save_session(
        Session(
            network_id=safety.id,
            number=1,
            date=date(2026, 1, 10),
            topic="Kick-off",
            learned="De Evaluatie van elke sessie helpt.",
            tags=["kennismaking"],
        )
    )
    second = store.save_session(
        Session(
            network_id=safety.id,
            number=2,
            date=date(2026, 2, 21),
            topic="Casus",
            what_happened="We deelden ideeën.",
            evaluation_comment="Goede evaluatie, te kort.",
            team_insights=["Toolbox meeting elke maandag"],
            actions=[ActionItem(text="Bespreek de checklist met het team")],
        )
    )
    secret = store.save_session(
        Session(
            network_id=hr.id,
            number=1,
            date=date(2026, 3, 5),
            learned="Privé evaluatie van mijn rol.",
            private=True,
        )
    )
    linked = store.save_feedback(
        Feedback(
            date=date(2026, 2, 22),
            giver_name="Annelies Peeters",
            giver_role="facilitator",
            session_id=second.id,
            said="Je brengt sterke ideeën in.",
            plan="Vaker een casus meebrengen.",
        )
    )
    return {
        "safety": safety.id,
        "hr": hr.id,
        "first": first.id,
        "second": second.id,
        "secret": secret.id,
        "feedback": linked.id,
    }


def test_search_over_sessions_and_feedback_newest_first(store: Store) -> None:
    ids = _fill(store)
    results = search(store, "evaluatie")
    assert [(h.kind, h.record_id) for h in results.hits] == [
        ("session", ids["secret"]),
        ("session", ids["second"]),
        ("session", ids["first"]),
    ]
    assert results.total == 3
    hit = results.hits[1]
    assert hit.network_name == "Veiligheid"
    assert hit.session_number == 2
    assert hit.field == "evaluation_comment"
    assert hit.snippet.text == "Goede evaluatie, te kort."


def test_accents_do_not_matter_either_way(store: Store) -> None:
    ids = _fill(store)
    without = search(store, "ideeen")
    with_accent = search(store, "IDEEËN")
    expected = [("feedback", ids["feedback"]), ("session", ids["second"])]
    assert [(h.kind, h.record_id) for h in without.hits] == expected
    assert [(h.kind, h.record_id) for h in with_accent.hits] == expected
    feedback_hit = without.hits[0]
    # Feedback linked to a session takes that session's network and number.
    assert feedback_hit.network_id == ids["safety"]
    assert feedback_hit.session_number == 2
    assert feedback_hit.snippet.text == "Je brengt sterke ideeën in."


def test_every_searchable_field_is_found(store: Store) -> None:
    ids = _fill(store)
    for query, field in [
        ("kick-off", "topic"),
        ("kennismaking", "tags"),
        ("toolbox", "team_insight"),
        ("checklist", "action"),
        ("casus meebrengen", "plan"),
    ]:
        hits = search(store, query).hits
        assert hits, query
        assert hits[0].field == field, query
    assert search(store, "checklist").hits[0].record_id == ids["second"]


def test_all_words_must_occur_in_the_same_entry(store: Store) -> None:
    _fill(store)
    assert search(store, "ideeën toolbox").total == 1  # two fields of one session
    assert search(store, "ideeën kennismaking").total == 0


def test_giver_names_only_when_asked(store: Store) -> None:
    _fill(store)
    named = search(store, "annelies")
    assert named.total == 1
    assert named.hits[0].giver_name == "Annelies Peeters"
    assert search(store, "annelies", include_names=False).total == 0
    unnamed = search(store, "ideeen", include_names=False)
    assert all(h.giver_name == "" for h in unnamed.hits)


def test_private_entries_can_be_left_out_and_counted(store: Store) -> None:
    _fill(store)
    results = search(store, "evaluatie", include_private=False)
    assert results.total == 2
    assert results.private_skipped == 1
    assert all(not h.private for h in results.hits)


def test_network_filter(store: Store) -> None:
    ids = _fill(store)
    safety = search(store, "evaluatie", network_id=ids["safety"])
    assert {h.record_id for h in safety.hits} == {ids["first"], ids["second"]}
    hr = search(store, "evaluatie", network_id=ids["hr"])
    assert [h.record_id for h in hr.hits] == [ids["secret"]]
    assert search(store, "ideeen", network_id=ids["hr"]).total == 0


def test_limit_keeps_the_total(store: Store) -> None:
    _fill(store)
    results = search(store, "e", limit=2)
    assert len(results.hits) == 2
    assert results.total > 2


def test_empty_query_finds_nothing(store: Store) -> None:
    _fill(store)
    assert search(store, "  ").total == 0
    assert search(store, '""').hits == []


def test_place_text() -> None:
    labels = {
        "search.place.session": "session {number}",
        "search.place.feedback": "feedback ({role})",
        "search.role.facilitator": "facilitator",
    }

    def t(key: str, **fields: object) -> str:
        return labels[key].format(**fields)

    store_hit = SearchIndex(
        [Network(name="Veiligheid", id=1)],
        [Session(network_id=1, number=3, topic="x", id=7)],
        [Feedback(said="x", giver_role="facilitator", session_id=7, id=2)],
    ).search("x")
    places = [place_text(h, t) for h in store_hit.hits]
    assert places == ["Veiligheid · session 3", "Veiligheid · session 3 · feedback (facilitator)"]


# -- speed -------------------------------------------------------------------------------

PARAGRAPH = (
    "We bespraken hoe de **veiligheidscultuur** op de werkvloer groeit wanneer leidinggevenden "
    "ideeën van operatoren serieus nemen. Één casus ging over een bijna-ongeval. "
)


def test_ten_thousand_sessions_are_searched_quickly() -> None:
    networks = [Network(name=f"Netwerk {n}", id=n) for n in range(1, 101)]
    sessions = [
        Session(
            network_id=1 + i % 100,
            number=1 + i % 12,
            date=date(2020 + i % 7, 1 + i % 12, 1 + i % 28),
            topic=f"Sessie {i}",
            what_happened=PARAGRAPH * 3,
            learned=PARAGRAPH + (" Zeldzaamwoord." if i % 97 == 0 else ""),
            questions="Hoe brengen we dit naar het team?",
            actions=[ActionItem(text="Evaluatie plannen met de ploeg")],
            id=i + 1,
        )
        for i in range(10_000)
    ]
    started = time.perf_counter()
    index = SearchIndex(networks, sessions, [])
    results = index.search("zeldzaamwoord", limit=200)
    broad = index.search("eén casus", limit=200)  # matches every session
    elapsed = time.perf_counter() - started
    assert results.total == len(range(0, 10_000, 97))
    assert broad.total == 10_000 and len(broad.hits) == 200
    # Typically well under a second; the bound leaves room for a busy test machine.
    assert elapsed < 5.0
    started = time.perf_counter()
    index.search("veiligheidscultuur ploeg", limit=200)
    assert time.perf_counter() - started < 1.0


@settings(max_examples=30)
@given(st.lists(free_text, min_size=1, max_size=5), st.data())
def test_a_word_from_any_session_finds_that_session(texts: list[str], data: st.DataObject) -> None:
    sessions = [Session(network_id=1, learned=text, id=i + 1) for i, text in enumerate(texts)]
    index = SearchIndex([Network(name="N", id=1)], sessions, [])
    chosen = data.draw(st.integers(0, len(texts) - 1))
    words = texts[chosen].split()
    assume(words)
    word = data.draw(st.sampled_from(words))
    assume('"' not in word and fold(word).strip())
    ids = {h.record_id for h in index.search(word).hits}
    assert chosen + 1 in ids


# -- the search screen -------------------------------------------------------------------


async def test_search_screen_finds_a_word_with_and_without_accents(store: Store, make_app) -> None:
    ids = _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await pilot.pause()
        assert app.current_mode == "search"
        from textual.widgets import Input, OptionList, Static

        screen = app.screen
        assert screen.query_one("#search-input", Input).has_focus
        for query in ("ideeen", "IDEEËN"):
            screen.query_one("#search-input", Input).value = ""
            await pilot.press(*query)
            await pilot.pause(0.3)
            results = screen.query_one("#search-results", OptionList)
            assert results.option_count == 2, query
            shown = [str(results.get_option_at_index(i).prompt) for i in range(2)]
            assert "Je brengt sterke ideeën in." in shown[0]
            assert "We deelden ideeën." in shown[1]
            assert "Annelies Peeters" in shown[0]  # names are searched and shown in the app
            status = str(screen.query_one("#search-status", Static).render())
            assert "2 hits" in status
        assert ids["second"]


async def test_enter_on_hits_opens_the_journal_and_the_feedback_entry(
    store: Store, make_app
) -> None:
    ids = _fill(store)
    # An older entry, so the hit is not simply the first row of the feedback list.
    store.save_feedback(Feedback(date=date(2026, 6, 1), said="Nieuwer, zonder het woord."))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        from textual.widgets import DataTable, OptionList

        await pilot.press("slash", *"ideeen", "enter")
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        assert results.has_focus and results.highlighted == 0
        await pilot.press("down", "enter")  # the session
        await pilot.pause()
        from screens.journal import SessionJournalScreen

        assert isinstance(app.screen, SessionJournalScreen)
        assert app.screen.session_id == ids["second"]
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "search"
        await pilot.press("up", "enter")  # the feedback
        await pilot.pause()
        await pilot.pause()
        assert app.current_mode == "feedback"
        table = app.screen.query_one(DataTable)
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        assert key == str(ids["feedback"])


async def test_language_switch_keeps_query_and_results(store: Store, make_app) -> None:
    _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        from textual.widgets import Input, OptionList, Static

        await pilot.press("slash", *"evaluatie")
        await pilot.pause(0.3)
        await pilot.press("escape", "l")  # leave the field; l switches the language
        await pilot.pause()
        assert app.lang == "nl"
        screen = app.screen
        assert screen.query_one("#search-input", Input).value == "evaluatie"
        assert screen.query_one("#search-results", OptionList).option_count == 3
        assert "3 resultaten" in str(screen.query_one("#search-status", Static).render())
        # Escape goes back into the field; typing refines the search.
        await pilot.press("escape", *" goede")
        await pilot.pause(0.3)
        assert screen.query_one("#search-input", Input).value == "evaluatie goede"
        assert screen.query_one("#search-results", OptionList).option_count == 1
        # "/" outside the field selects the query: typing replaces it.
        await pilot.press("escape", "slash", *"casus")
        await pilot.pause(0.3)
        assert screen.query_one("#search-input", Input).value == "casus"


async def test_search_follows_changes_in_the_store(store: Store, make_app) -> None:
    _fill(store)
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        from textual.widgets import OptionList

        await pilot.press("slash", *"zeldzaam", "enter")
        await pilot.pause()
        assert app.screen.query_one("#search-results", OptionList).option_count == 0
        network = store.networks()[0]
        store.save_session(Session(network_id=network.id, learned="Een zeldzaam woord."))
        await pilot.press("escape", "d")
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert app.screen.query_one("#search-results", OptionList).option_count == 1
