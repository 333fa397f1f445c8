"""The register of people and the one redaction rule (store/people.py)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.models import Feedback, Network, Participant, Session
from store.people import (
    COMMON_WORDS,
    PARTICLES,
    Person,
    Redactor,
    looks_like_person,
    organiser_person,
    register,
    split_person,
)


def contains_word(text: str, word: str) -> bool:
    """`word` as a whole word in `text`, any case, after NFC (how a reader would see it)."""
    text = unicodedata.normalize("NFC", text)
    word = unicodedata.normalize("NFC", word)
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE) is not None


# -- reading names in any order ---------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "name", "role"),
    [
        ("Koen Verhaeghe (lean-coach)", "Koen Verhaeghe", "lean-coach"),
        ("trainer (Rita Ramaekers)", "Rita Ramaekers", "trainer"),
        ("lean coach, Stan Kools", "Stan Kools", "lean coach"),
        ("Ilse Wouters, trainer", "Ilse Wouters", "trainer"),
        ("Ilse Wouters — trainer communicatie", "Ilse Wouters", "trainer communicatie"),
        ("externe expert - Dirk van den Berg", "Dirk van den Berg", "externe expert"),
        ("HR (Marleen Osaert)", "Marleen Osaert", "HR"),
        ("  Jan  ", "Jan", ""),
        ("Trainer (Rita Ramaekers)", "Rita Ramaekers", "Trainer"),
    ],
)
def test_split_person_reads_any_order(typed: str, name: str, role: str) -> None:
    assert split_person(typed) == (name, role)


def test_organisers_that_are_organisations_stay() -> None:
    assert organiser_person("Cobot, sectorfonds textiel") is None
    assert organiser_person("Personeelsdienst (opleidingscoördinator)") is None
    assert organiser_person("HR Academy") is None
    assert organiser_person("VDAB") is None
    assert organiser_person("Marleen Osaert (HR)") == ("Marleen Osaert", "HR")
    assert organiser_person("HR, Marleen Osaert") == ("Marleen Osaert", "HR")
    assert organiser_person("Marleen O. (HR)") == ("Marleen O.", "HR")
    assert looks_like_person("Dirk van den Berg")
    assert not looks_like_person("Team Gent")


def test_register_holds_givers_participants_speakers_and_organisers() -> None:
    networks = [
        Network(
            name="N",
            organiser="Marleen Osaert (HR)",
            participants=[Participant("Bo Li", "planner"), Participant("Yusuf Aydin")],
            id=1,
        ),
        Network(name="M", organiser="Cobot, sectorfonds textiel", id=2),
    ]
    sessions = [Session(speaker="trainer (Rita Ramaekers)")]
    feedback = [Feedback(giver_name="Greta Peeters", giver_role="manager")]
    people = register(networks, sessions, feedback, "nl")
    assert people == [
        Person("Greta Peeters", "[leidinggevende]"),
        Person("Bo Li", "[planner]"),
        Person("Yusuf Aydin", "[deelnemer]"),
        Person("Rita Ramaekers", "[spreker]"),
        Person("Marleen Osaert", "[HR]"),
    ]
    assert register(networks, sessions, feedback, "en")[3] == Person("Rita Ramaekers", "[speaker]")


# -- the rule ----------------------------------------------------------------------------

PEOPLE = [
    Person("Koen Vermeulen", "[begeleider]"),
    Person("Greta Peeters", "[leidinggevende]"),
    Person("Bo Li", "[planner]"),
    Person("Zoë Jacobs", "[kwaliteit]"),
    Person("Dirk van den Berg", "[deelnemer]"),
    Person("An", "[collega]"),
    Person("Ben", "[collega]"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KOEN zei het", "[begeleider] zei het"),
        ("dat vond koen ook", "dat vond [begeleider] ook"),
        ("Koens idee", "[begeleider]'s idee"),
        ("Koen's idea", "[begeleider]'s idea"),
        ("Greta's tip", "[leidinggevende]'s tip"),
        ("Greta’s tip", "[leidinggevende]'s tip"),
        ("Bo zei niets, bo is geen naam", "[planner] zei niets, bo is geen naam"),
        ("bo li kwam", "[planner] kwam"),
        ("Bo\n  Li kwam", "[planner] kwam"),
        ("Zoe\u0308 vatte samen", "[kwaliteit] vatte samen"),
        ("Zoë vatte samen", "[kwaliteit] vatte samen"),
        ("Het boek van Jacobs", "Het boek van [kwaliteit]"),
        ("Koen Vermeulen en Vermeulen", "[begeleider] en [begeleider]"),
        ("Dirk en Berg, van de berg", "[deelnemer] en [deelnemer], van de berg"),
        ("ik ben er, Ben niet", "ik ben er, [collega] niet"),
        ("An kwam; Anna niet; an apple", "[collega] kwam; Anna niet; an apple"),
        ("Koenraad en Bolivia en Greetje", "Koenraad en Bolivia en Greetje"),
        ("**Koen** zei", "**[begeleider]** zei"),
    ],
)
def test_redactor_cases(text: str, expected: str) -> None:
    assert Redactor(PEOPLE)(text) == expected


def test_a_text_without_names_comes_back_as_it_was() -> None:
    redact = Redactor(PEOPLE)
    decomposed = "ide\u0301e zonder naam"  # not NFC: must come back untouched
    assert redact(decomposed) is decomposed
    assert redact("") == ""
    assert redact.found == set()


def test_found_counts_people_only_where_asked() -> None:
    redact = Redactor(PEOPLE)
    redact("Greta zei het", count=False)
    assert redact.found == set()
    redact("Koen en Bo Li en Koens idee")
    assert redact.found == {"koen vermeulen", "bo li"}


def test_one_pass_a_replacement_is_not_replaced_again() -> None:
    redact = Redactor([Person("Koen Maes", "[Maes]")])
    assert redact("Koen") == "[Maes]"


def test_first_person_wins_a_shared_part() -> None:
    redact = Redactor([Person("Koen Maes", "[a]"), Person("Koen Peeters", "[b]")])
    assert redact("Koen, Maes, Peeters") == "[a], [a], [b]"


# -- properties ----------------------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzéëöü"
NAME_PART = (
    st.text(alphabet=LETTERS, min_size=3, max_size=9)
    .filter(lambda w: w not in PARTICLES and w not in COMMON_WORDS)
    .map(str.capitalize)
)
FILLER = st.lists(
    st.one_of(
        st.text(alphabet=LETTERS + "0123456789", min_size=1, max_size=8),
        st.sampled_from(["de", "van", "an", "en", ",", ".", ":", "-", "(", ")", "*", "\n"]),
    ),
    max_size=12,
)
VARIANT = st.sampled_from(
    [
        lambda n: n,
        str.upper,
        str.lower,
        lambda n: n + "s",
        lambda n: n + "'s",
        lambda n: n + "’s",
        lambda n: unicodedata.normalize("NFD", n),
    ]
)


@given(
    first=NAME_PART,
    last=NAME_PART,
    before=FILLER,
    after=FILLER,
    which=st.sampled_from(["whole", "first", "last"]),
    variant=VARIANT,
)
def test_a_known_name_anywhere_in_any_text_is_removed(
    first: str, last: str, before: list[str], after: list[str], which: str, variant
) -> None:
    name = {"whole": f"{first} {last}", "first": first, "last": last}[which]
    text = " ".join([*before, variant(name), *after])
    result = Redactor([Person(f"{first} {last}", "[rol]")])(text)
    assert not contains_word(result, first), (text, result)
    assert not contains_word(result, last), (text, result)
    assert "[rol]" in result


@given(
    first=NAME_PART,
    last=NAME_PART,
    words=st.lists(st.text(alphabet="0123456789 .,;:!?()-*\n", max_size=8), max_size=10),
)
def test_text_without_the_name_is_unchanged(first: str, last: str, words: list[str]) -> None:
    text = " ".join(words)
    assert Redactor([Person(f"{first} {last}", "[rol]")])(text) == text


@given(text=st.text(max_size=120), name=st.text(max_size=30), role=st.text(max_size=10))
def test_any_text_and_any_name_never_break(text: str, name: str, role: str) -> None:
    result = Redactor([Person(name, role)])(text)
    assert isinstance(result, str)
    if not name.strip():
        assert result == text
