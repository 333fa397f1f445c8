"""The three exports on a fixture with private entries, named feedback and adversarial text."""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.db import Store
from store.export import (
    ExportResult,
    NetworkAmbiguous,
    NetworkNotFound,
    PeriodInvalid,
    default_file_name,
    export_markdown,
)
from store.export_scope import split_speaker
from store.export_text import LABEL_CODES, LABELS, TEXTS, label, text
from store.markdown import make_parser
from store.markdown_writer import has_text
from store.models import ActionItem, Feedback, Network, SelfCheckTake, Session, Settings
from store.people import Person, Redactor
from store.selfcheck import STATEMENT_KEYS

PARSER = make_parser()
TODAY = date(2026, 11, 27)

ADVERSARIAL = (
    "# Kop die geen kop is\n"
    "---\n"
    "| a | b |\n"
    "|---|---|\n"
    "1. eerste\n"
    "- streepje\n"
    "> citaat\n"
    "```\n"
    "<script>alert('x')</script>\n"
    "===\n"
    "*ster* _laag_ `code` [link](http://x)"
)

# Texts that must never leave the app except in the full export.
PRIVATE_TEXTS = ("GEHEIM-SESSIE", "GEHEIM-FEEDBACK", "GEHEIM-TWEEDE")
NAMES = ("Dirk", "Vanneste", "Nathalie", "Desmet", "Koen", "Verhaeghe", "Griet")


def build_store(store: Store) -> dict[str, int]:
    store.save_settings(Settings(person="Ann Peeters", lang="nl"))
    first = store.save_network(
        Network(
            name="Netwerk # één | test",
            kind="internal",
            organiser="Personeelsdienst",
            purpose="Samen leren over *overdracht*.",
            goals=["Overdracht korter maken", "# doel met kop"],
            start=date(2026, 2, 3),
            end=date(2026, 9, 8),
            planned_sessions=5,
            cadence_weeks=6,
        )
    )
    second = store.save_network(
        Network(
            name="Ploegleiders textiel",
            kind="external",
            start=date(2026, 9, 22),
            planned_sessions=6,
            cadence_weeks=8,
        )
    )
    public = store.save_session(
        Session(
            network_id=first.id,
            date=date(2026, 3, 17),
            number=1,
            topic="Stilstanden melden",
            speaker="Koen Verhaeghe (lean-coach)",
            minutes=120,
            what_happened="Koen Verhaeghe toonde zijn bord.",
            brought_in="Mijn meldprobleem.",
            learned=ADVERSARIAL + "\nDirk vond het bord te vol.",
            will_try="Meldformulier testen.",
            questions="Wie beslist bij een stilstand?",
            actions=[
                ActionItem(text="Meldformulier een maand testen", status="open"),
                ActionItem(
                    text="Drie vragen op het bord",
                    status="done",
                    closed_on=date(2026, 4, 1),
                    outcome="Werkt | goed",
                ),
                ActionItem(text="Wekelijks overleg", status="dropped"),
            ],
            evaluation=5,
            evaluation_comment="Heel concreet.",
            competencies=["communication", "problem_solving"],
            tags=["melden"],
            team_insights=["Een goede melding: welk getouw, wat zag je, wat probeerde je."],
        )
    )
    store.save_session(
        Session(
            network_id=first.id,
            date=date(2026, 6, 9),
            number=2,
            topic="Intervisie GEHEIM-SESSIE",
            minutes=90,
            learned="GEHEIM-SESSIE: over een operator.",
            team_insights=["GEHEIM-SESSIE inzicht"],
            actions=[ActionItem(text="GEHEIM-SESSIE actie")],
            evaluation=3,
            competencies=["self_reflection"],
            private=True,
        )
    )
    later = store.save_session(
        Session(
            network_id=second.id,
            date=date(2026, 11, 17),
            number=1,
            topic="Feedback geven",
            speaker="Ilse Wouters, trainer",
            minutes=210,
            learned="Kritiek één op één.",
            questions="Hoe geef ik feedback aan een collega?",
            actions=[ActionItem(text="Drie complimenten per week")],
            evaluation=4,
            competencies=["communication"],
            team_insights=["Kritiek één op één, niet aan het bord."],
        )
    )
    store.save_feedback(
        Feedback(
            date=date(2026, 3, 17),
            giver_name="Dirk Vanneste",
            giver_role="participant",
            network_id=first.id,
            session_id=public.id,
            said="Dirk zegt: meld sneller | graag.",
            reaction="Dat wist ik niet.",
            plan="Formulier testen.",
            status="applied",
        )
    )
    store.save_feedback(
        Feedback(
            date=date(2026, 6, 9),
            giver_name="Nathalie Desmet",
            giver_role="participant",
            network_id=first.id,
            said="GEHEIM-FEEDBACK over mijn lach.",
            status="open",
            private=True,
        )
    )
    store.save_feedback(
        Feedback(
            date=date(2026, 6, 23),
            giver_name="Griet Lambrecht",
            giver_role="manager",
            said="Laat je ploeg meer zelf oplossen.",
            plan="Eerst de ploeg laten voorstellen.",
            status="trying",
        )
    )
    store.save_feedback(
        Feedback(
            date=date(2026, 11, 17),
            giver_name="Bart",
            giver_role="expert",
            network_id=second.id,
            session_id=later.id,
            said="GEHEIM-TWEEDE",
            private=True,
        )
    )
    scores_before = dict.fromkeys(STATEMENT_KEYS, 2)
    scores_after = dict.fromkeys(STATEMENT_KEYS, 4)
    scores_after["give_direction"] = 1
    store.save_selfcheck(
        SelfCheckTake(
            date=date(2026, 1, 20),
            moment="before",
            scores=scores_before,
            notes={"seek_chances": "x"},
        )
    )
    store.save_selfcheck(SelfCheckTake(date=date(2026, 10, 6), moment="after", scores=scores_after))
    return {"first": first.id, "second": second.id}  # type: ignore[dict-item]


@pytest.fixture
def filled(store: Store) -> Store:
    build_store(store)
    return store


def export(store: Store, audience: str, lang: str = "nl", **kwargs) -> ExportResult:
    return export_markdown(store, audience, lang=lang, today=TODAY, **kwargs)


def headings(markdown: str) -> list[tuple[int, str]]:
    tokens = PARSER.parse(markdown)
    return [
        (int(tok.tag[1]), tokens[i + 1].content)
        for i, tok in enumerate(tokens)
        if tok.type == "heading_open"
    ]


def plain_headings(markdown: str) -> list[tuple[int, str]]:
    """Headings as rendered text (escapes resolved)."""
    tokens = PARSER.parse(markdown)
    out = []
    for i, tok in enumerate(tokens):
        if tok.type == "heading_open":
            children = tokens[i + 1].children or []
            out.append((int(tok.tag[1]), "".join(c.content for c in children)))
    return out


def tables(markdown: str) -> list[list[int]]:
    """Per table, the number of cells in each row (header first)."""
    out: list[list[int]] = []
    row: int | None = None
    for tok in PARSER.parse(markdown):
        if tok.type == "table_open":
            out.append([])
        elif tok.type == "tr_open":
            row = 0
        elif tok.type in ("th_open", "td_open"):
            row = (row or 0) + 1
        elif tok.type == "tr_close":
            out[-1].append(row or 0)
    return out


def rendered_text(markdown: str) -> str:
    """Everything a reader sees, as plain text (to search for leaks)."""
    pieces = []
    for tok in PARSER.parse(markdown):
        if tok.type == "inline":
            pieces += [c.content for c in tok.children or [] if c.content]
    return "\n".join(pieces)


# -- team ------------------------------------------------------------------------------


def test_team_has_exactly_the_intended_headings(filled: Store) -> None:
    result = export(filled, "team")
    assert plain_headings(result.markdown) == [
        (1, "Uit mijn lerend netwerk — voor het teamoverleg"),
        (2, "Netwerk # één | test"),
        (3, "Wat ik leerde"),
        (3, "Meteen toepasbaar"),
        (3, "Voorstel: dit wil ik in ons team uitproberen"),
        (3, "Wat ik al uitprobeerde"),
        (3, "Vragen voor het team"),
        (2, "Ploegleiders textiel"),
        (3, "Wat ik leerde"),
        (3, "Meteen toepasbaar"),
        (3, "Voorstel: dit wil ik in ons team uitproberen"),
        (3, "Vragen voor het team"),
        (2, "Om te bespreken"),
    ]
    assert tables(result.markdown) == []


def test_team_leaves_out_private_feedback_scores_and_names(filled: Store) -> None:
    result = export(filled, "team")
    seen = rendered_text(result.markdown)
    for secret in PRIVATE_TEXTS:
        assert secret not in result.markdown
    for name in (*NAMES, "Ilse", "Wouters", "Ann Peeters"[:0] or "Lambrecht"):
        assert name not in result.markdown, name
    assert "Dat wist ik niet" not in seen  # feedback reaction
    assert "Laat je ploeg" not in seen  # feedback
    assert "Gemiddelde" not in seen and "Zelftest" not in seen
    # What the team should get:
    assert "Een goede melding: welk getouw" in seen
    assert "Meldformulier een maand testen" in seen
    assert "Wie beslist bij een stilstand?" in seen
    assert "een externe spreker (lean-coach)" in seen
    assert "een externe spreker (trainer)" in seen
    # The user's unclosed code fence holds the rest of their text (as in the preview).
    assert "[deelnemer] vond het bord te vol." in result.markdown
    assert "Wekelijks overleg" not in seen  # a dropped action is no proposal
    assert result.left_out("nl") == (
        "Weggelaten: 1 privésessie, 4 feedbackpunten en 2 zelftests. "
        "3 namen vervangen door een rol."
    )
    assert result.left_out("en") == (
        "Left out: 1 private session, 4 feedback items and 2 self-checks. "
        "3 names replaced by a role."
    )


def test_team_keeps_adversarial_text_in_its_place(filled: Store) -> None:
    """The user's Markdown is kept, but their heading is bold text, their table is one line
    a row, their HTML is text, and their list is nested in the item it belongs to."""
    result = export(filled, "team")
    tokens = PARSER.parse(result.markdown)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert "Kop die geen kop is" not in headings
    assert not [t for t in tokens if t.type.startswith(("table", "html"))]
    inlines = [t.content for t in tokens if t.type == "inline"]
    assert "**Kop die geen kop is**" in inlines
    assert "a · b" in inlines
    fence = next(t for t in tokens if t.type == "fence")
    assert fence.content.startswith("<script>alert('x')</script>\n===\n*ster*")
    nested = [t for t in tokens if t.type == "list_item_open" and t.markup in ("*", ".")]
    assert nested and all(t.level > 1 for t in nested)


def test_team_with_nothing_to_share_says_so(store: Store) -> None:
    result = export(store, "team", lang="en")
    assert "Nothing to share for this period yet." in result.markdown
    assert plain_headings(result.markdown) == [
        (1, "From my learning network — for the team meeting")
    ]


# -- growth ----------------------------------------------------------------------------


def test_growth_has_exactly_the_intended_structure(filled: Store) -> None:
    result = export(filled, "growth", lang="en")
    assert plain_headings(result.markdown) == [
        (1, "My participation in learning networks — for the growth conversation"),
        (2, "Participation"),
        (2, "Netwerk # één | test"),
        (3, "My learning goals"),
        (3, "What I did and learned"),
        (3, "Actions"),
        (2, "Ploegleiders textiel"),
        (3, "My learning goals"),
        (3, "What I did and learned"),
        (3, "Actions"),
        (2, "Self-check: first and latest"),
        (2, "Feedback I received"),
        (3, "From participants (1)"),
        (3, "From my manager (1)"),
        (2, "Competencies I developed"),
        (2, "Evaluation of the sessions"),
        (2, "What I need"),
    ]
    assert tables(result.markdown) == [
        [5, 5, 5, 5],  # participation: header, two networks, total
        [4, 4, 4, 4],  # actions of the first network (three)
        [4, 4],  # actions of the second network
        [4] * 12,  # self-check: header, ten statements, average
        [3, 3, 3],  # competencies
        [5, 5, 5],  # evaluations (two networks: with a network column)
    ]


def test_growth_leaves_out_private_entries_and_names(filled: Store) -> None:
    result = export(filled, "growth")
    seen = rendered_text(result.markdown)
    for secret in PRIVATE_TEXTS:
        assert secret not in result.markdown
    for name in (*NAMES, "Lambrecht", "Bart", "Ilse", "Wouters"):
        assert name not in result.markdown, name
    assert "[deelnemer] zegt: meld sneller | graag." in seen
    assert "Laat je ploeg meer zelf oplossen." in seen
    assert "Ann Peeters" in seen  # the person exporting is named in the header
    assert result.left_out("nl").startswith("Weggelaten: 1 privésessie en 2 privéfeedbackpunten.")


def test_growth_self_check_table_shows_change_per_statement(filled: Store) -> None:
    markdown = export(filled, "growth", lang="en").markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    assert "| Wanting to learn | 2 | 4 | +2 |" in rows
    assert "| Giving direction | 2 | 1 | -1 |" in rows
    assert "| **Average** | 2.0 | 3.7 | +1.7 |" in rows
    progress = next(line for line in markdown.splitlines() if line.startswith("**Most progress:**"))
    assert "Wanting to learn" in progress and "Giving direction" not in progress


def test_growth_participation_counts_public_sessions_and_hours(filled: Store) -> None:
    markdown = export(filled, "growth").markdown
    # The private session counts for attendance and time, without anything it holds.
    assert "| Netwerk # één \\| test | intern, loopt | 2 van 5 | 2 | 3,5 uur |" in markdown
    assert "| **Totaal** |  | 3 | 3 | 7 uur |" in markdown
    assert "Inclusief 1 sessie die ik privé hield: geteld, niet beschreven." in markdown
    assert "GEHEIM" not in markdown


# -- full ------------------------------------------------------------------------------


def test_full_holds_everything_and_says_it_is_personal(filled: Store) -> None:
    result = export(filled, "full")
    seen = rendered_text(result.markdown)
    for secret in PRIVATE_TEXTS:
        assert secret in seen
    for name in ("Dirk Vanneste", "Nathalie Desmet", "Koen Verhaeghe (lean-coach)", "Griet"):
        assert name in seen
    assert "Persoonlijk — niet delen." in seen
    assert result.left_out("nl") == "Volledig: bevat privénotities en namen. Niet delen."
    levels = [level for level, _ in plain_headings(result.markdown)]
    assert levels == [1, 2, 3, 3, 2, 3, 2, 3, 3, 3, 3, 2]


# -- filters ---------------------------------------------------------------------------


def test_network_and_period_filters(filled: Store) -> None:
    only = export(filled, "team", network="ploegleiders")
    assert [h for h in plain_headings(only.markdown) if h[0] == 2][0] == (2, "Ploegleiders textiel")
    assert "Netwerk # één" not in rendered_text(only.markdown)
    spring = export(filled, "growth", since=date(2026, 3, 1), until=date(2026, 6, 30))
    seen = rendered_text(spring.markdown)
    assert "Periode: 1 maart 2026 – 30 juni 2026" in seen
    assert "Stilstanden melden" in seen and "Feedback geven" not in seen
    assert "Zelftest" in seen and "Nog geen zelftest in deze periode." in seen


def test_reversed_period_unknown_network_and_audience_are_refused(filled: Store) -> None:
    with pytest.raises(PeriodInvalid):
        export(filled, "team", since=date(2026, 5, 1), until=date(2026, 4, 1))
    with pytest.raises(NetworkNotFound):
        export(filled, "team", network="bestaat niet")
    filled.save_network(Network(name="Ploegleiders hout"))
    with pytest.raises(NetworkAmbiguous):
        export(filled, "team", network="ploegleiders")
    assert export(filled, "team", network="Ploegleiders textiel").markdown
    with pytest.raises(ValueError):
        export(filled, "everyone")


def test_default_file_name() -> None:
    assert default_file_name("team", TODAY) == "leernet-team-2026-11-27.md"


# -- names -----------------------------------------------------------------------------


def test_split_speaker() -> None:
    assert split_speaker("Koen Verhaeghe (lean-coach)") == ("Koen Verhaeghe", "lean-coach")
    assert split_speaker("Ilse Wouters, trainer") == ("Ilse Wouters", "trainer")
    assert split_speaker("  Jan  ") == ("Jan", "")
    assert split_speaker("trainer (Rita Ramaekers)") == ("Rita Ramaekers", "trainer")
    assert split_speaker("lean coach, Stan Kools") == ("Stan Kools", "lean coach")


def test_name_redactor_whole_names_and_parts() -> None:
    redact = Redactor([Person("Dirk van den Berg", "[deelnemer]"), Person("An", "[collega]")])
    assert redact("dirk van den berg zei") == "[deelnemer] zei"
    # Parts in any case now ("dirk"), but a part that is a word ("berg") only with its
    # capital; the particles stay.
    assert redact("Dirk en Berg, van de berg; dirk") == (
        "[deelnemer] en [deelnemer], van de berg; [deelnemer]"
    )
    assert redact("An kwam; Anna niet; an apple") == "[collega] kwam; Anna niet; an apple"
    assert redact.found == {"dirk van den berg", "an"}


# -- the words ---------------------------------------------------------------------------


def _fields(value: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(value) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_export_text_has_both_languages(key: str) -> None:
    nl, en = TEXTS[key]
    assert nl.strip() and en.strip()
    assert _fields(nl) == _fields(en)


def test_every_code_has_a_label_in_both_languages() -> None:
    for table, codes in LABEL_CODES.items():
        assert set(LABELS[table]) == set(codes), table
        for code in codes:
            assert label(table, code, "nl").strip() and label(table, code, "en").strip()


def test_both_languages_give_the_same_structure(filled: Store) -> None:
    for audience in ("team", "growth", "full"):
        nl = export(filled, audience, lang="nl").markdown
        en = export(filled, audience, lang="en").markdown
        assert [lvl for lvl, _ in headings(nl)] == [lvl for lvl, _ in headings(en)]
        assert tables(nl) == tables(en)
        assert text("team.title", "en") not in nl


# -- property: any user text keeps the structure ----------------------------------------


@dataclass
class MemoryStore:
    """Just what export_markdown reads, in memory (fast enough for hypothesis)."""

    nets: list[Network]
    sess: list[Session]
    fb: list[Feedback] = field(default_factory=list)
    takes: list[SelfCheckTake] = field(default_factory=list)
    person: str = ""

    def networks(self) -> list[Network]:
        return list(self.nets)

    def sessions(self) -> list[Session]:
        return list(self.sess)

    def feedback(self) -> list[Feedback]:
        return list(self.fb)

    def selfchecks(self) -> list[SelfCheckTake]:
        return list(self.takes)

    def settings(self) -> Settings:
        return Settings(person=self.person)


def memory_store(t: str) -> MemoryStore:
    """Every free-text field holds `t`; names stay fixed."""
    network = Network(name=t, organiser=t, purpose=t, goals=[t, t], start=date(2026, 1, 1), id=1)
    session = Session(
        network_id=1,
        date=date(2026, 2, 1),
        number=1,
        topic=t,
        work_form=t,
        speaker=f"Koen Verhaeghe ({t})",
        minutes=60,
        what_happened=t,
        brought_in=t,
        learned=t,
        will_try=t,
        questions=t,
        follow_up=t,
        actions=[
            ActionItem(text=t, status="open", key="a"),
            ActionItem(text=t, status="done", outcome=t, key="b"),
        ],
        evaluation=4,
        evaluation_comment=t,
        competencies=["communication", t],
        tags=[t],
        team_insights=[t, t],
        id=1,
    )
    hidden = Session(network_id=1, date=date(2026, 3, 1), learned=t, private=True, id=2)
    feedback = Feedback(
        date=date(2026, 2, 2),
        giver_name="Dirk Vanneste",
        giver_role="colleague",
        network_id=1,
        said=t,
        reaction=t,
        plan=t,
        id=1,
    )
    take = SelfCheckTake(
        date=date(2026, 1, 5),
        scores=dict.fromkeys(STATEMENT_KEYS, 3),
        notes=dict.fromkeys(STATEMENT_KEYS, t),
        id=1,
    )
    return MemoryStore([network], [session, hidden], [feedback], [take, take], person=t)


def structure(markdown: str) -> list[tuple[str, str]]:
    """Our skeleton: headings, tables and rows, our lists (`-`) and their items. The
    user's own lists (`*`, `1.`), quotes and code stay inside their place: left out."""
    return [
        (tok.type, tok.tag)
        for tok in PARSER.parse(markdown)
        if tok.type.startswith(("heading", "table", "thead", "tbody", "tr", "th", "td"))
        or (tok.type.startswith(("bullet_list", "list_item")) and tok.markup == "-")
    ]


visible_text = st.one_of(
    st.text(min_size=1),
    st.lists(st.sampled_from(list("#|*>`<-=+_~[]!&:.\\ \n\r\t019ab") + ["```", "---", "1. "])).map(
        "".join
    ),
).filter(has_text)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visible_text, st.sampled_from(["team", "growth", "full"]))
def test_any_user_text_never_changes_the_structure(t: str, audience: str) -> None:
    plain = export_markdown(memory_store("x"), audience, lang="en", today=TODAY).markdown  # type: ignore[arg-type]
    wild = export_markdown(memory_store(t), audience, lang="en", today=TODAY).markdown  # type: ignore[arg-type]
    assert structure(wild) == structure(plain)


# -- the demo data: a realistic year, read as the team and the manager would ------------


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Store]:
    from store.demo_data import copy_demo

    opened = Store.open(copy_demo(tmp_path))
    yield opened
    opened.close()


def test_demo_exports_keep_private_things_and_names_inside(demo: Store) -> None:
    private_sessions = [s for s in demo.sessions() if s.private]
    private_feedback = [f for f in demo.feedback() if f.private]
    assert private_sessions and private_feedback  # the demo has both
    givers = {f.giver_name for f in demo.feedback()}
    speakers = {split_speaker(s.speaker)[0] for s in demo.sessions() if s.speaker}
    for audience in ("team", "growth"):
        for lang in ("nl", "en"):
            markdown = export(demo, audience, lang=lang).markdown
            seen = rendered_text(markdown)
            for session in private_sessions:
                assert session.topic not in seen
                assert session.learned.splitlines()[0] not in seen
            for item in private_feedback:
                assert item.said.splitlines()[0] not in seen
            for name in givers | speakers:
                for part in name.split():
                    assert part not in seen, (audience, lang, part)
    team = rendered_text(export(demo, "team").markdown)
    for item in demo.feedback():
        assert item.said.splitlines()[0] not in team
    full = rendered_text(export(demo, "full").markdown)
    assert all(s.topic in full for s in private_sessions)
    assert all(f.giver_name in full for f in demo.feedback())


def test_demo_growth_export_reads_as_a_conversation_piece(demo: Store) -> None:
    markdown = export(demo, "growth", lang="nl").markdown
    assert [h for h in plain_headings(markdown) if h[0] == 2] == [
        (2, "Deelname"),
        (2, "Van garen tot klant"),
        (2, "Ploegleiders textiel (Cobot)"),
        (2, "Zelftest: eerste en laatste keer"),
        (2, "Feedback die ik kreeg"),
        (2, "Competenties die ik ontwikkelde"),
        (2, "Evaluatie van de sessies"),
        (2, "Wat ik nodig heb"),
    ]
    assert "| Van garen tot klant | intern, afgesloten | 5 van 5 | 5 | 12 uur |" in markdown
    assert "| **Gemiddelde** | 2,9 | 4,1 | +1,2 |" in markdown


# -- the full export escapes every text once (texts are escaped in batches there) ---------


def test_full_export_keeps_markdown_and_escapes_the_rest(store: Store) -> None:
    network = store.save_network(Network(name="Net"))
    store.save_session(
        Session(
            network_id=network.id,
            date=date(2026, 10, 1),
            topic="T",
            work_form="#1 _x_",
            speaker="A*B",
            learned="1. first\n\nnext <b>",
            actions=[ActionItem(text="*do*", outcome="- done")],
            team_insights=["a|b"],
        )
    )
    store.save_feedback(Feedback(date=date(2026, 10, 2), giver_name="Jo", said="- ja & <b>"))
    markdown = export(store, "full").markdown
    # The user's Markdown is kept (emphasis, lists), what could break out is escaped.
    assert "- **Werkvorm:** \\#1 _x_\n- **Spreker:** A\\*B\n" in markdown
    assert "**Wat heb ik geleerd?**\n1. first\n\nnext \\<b>\n" in markdown
    assert "- \\[open\\] *do*\n\n  →\n  * done\n" in markdown
    assert "\n- a\\|b\n" in markdown
    assert "**Gezegd:**\n* ja & \\<b>\n" in markdown


@settings(
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.text(max_size=30), st.text(max_size=30), st.text(max_size=30))
def test_full_export_texts_match_one_by_one_escaping(
    store: Store, speaker: str, learned: str, said: str
) -> None:
    """Whatever the texts, the batch-escaped full export holds them as escaped one by one."""
    from store.markdown_writer import bullet_block, led_block, strong

    for session in store.sessions():
        store.delete_session(session.id)
    for item in store.feedback():
        store.delete_feedback(item.id)
    store.save_session(Session(date=date(2026, 10, 1), speaker=speaker, learned=learned))
    store.save_feedback(Feedback(date=date(2026, 10, 2), said=said))
    markdown = export(store, "full").markdown
    for lead, value in (("Spreker:", speaker), ("Wat heb ik geleerd?", learned), ("Gezegd:", said)):
        block = led_block(strong(lead), value)
        if not block:
            assert f"**{lead}**" not in markdown
            continue
        expected = bullet_block(block) if lead == "Spreker:" else block
        assert f"\n{expected}\n" in markdown
