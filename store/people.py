"""The register of people, and the one rule that keeps their names out of what is shared.

leernet knows people from four places:

- feedback givers (name + role, in the feedback log);
- session speakers, typed in any order: `Name (role)`, `role (Name)`, `role, Name`,
  `Name, role`, `Name — role`, `Name - role` (`split_person` decides which part is the
  name by how it looks, see `name_likeness`);
- network organisers, read like a speaker; the name part counts as a person only when it
  looks like one (`looks_like_person`: two to four capitalised words, none of them a word
  of an organisation such as "sectorfonds" or "HR"), so `Cobot, sectorfonds textiel` or
  `Personeelsdienst (opleidingscoördinator)` stay as typed and `Marleen Osaert (HR)` is a
  person;
- the participants list of each network (`Network.participants`).

`register` collects them; `Redactor` replaces every known name in a text by the person's
role, in one pass over the text with one compiled pattern for all names. It is the only
redaction rule: the team and growth exports, the feedback log's growth view and
`leernet search` all use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from store.export_text import label, text
from store.models import FEEDBACK_ROLES, Feedback, Network, Session

# Dutch and other name particles: never a name on their own ("de" is also an article).
PARTICLES = frozenset(
    {"van", "de", "der", "den", "het", "ter", "ten", "te", "von", "le", "la", "du", "di", "da"}
)
# Words that say what someone does, not who they are: in `role (Name)` the part with one
# of these is the role. Lower case; a hyphenated word counts by its pieces (lean-coach).
ROLE_WORDS = frozenset(
    {
        "adviseur",
        "advisor",
        "begeleider",
        "ceo",
        "chair",
        "coach",
        "collega",
        "colleague",
        "consultant",
        "coordinator",
        "coördinator",
        "deelnemer",
        "directeur",
        "director",
        "docent",
        "expert",
        "facilitator",
        "gastspreker",
        "hr",
        "leidinggevende",
        "lector",
        "manager",
        "moderator",
        "opleidingscoördinator",
        "participant",
        "planner",
        "ploegleider",
        "professor",
        "speaker",
        "spreker",
        "teacher",
        "trainer",
        "voorzitter",
    }
)
# Words of organisations: an organiser holding one of these is not a person.
ORGANISATION_WORDS = frozenset(
    {
        "academie",
        "academy",
        "afdeling",
        "bedrijf",
        "bv",
        "center",
        "centre",
        "centrum",
        "company",
        "consulting",
        "department",
        "dienst",
        "federatie",
        "federation",
        "fonds",
        "foundation",
        "group",
        "groep",
        "hogeschool",
        "institute",
        "instituut",
        "netwerk",
        "network",
        "nv",
        "partners",
        "school",
        "sectorfonds",
        "stichting",
        "team",
        "universiteit",
        "university",
        "vereniging",
        "vzw",
    }
)
ORGANISATION_ENDINGS = ("dienst", "fonds", "academie", "school", "centrum", "vereniging")
# Ordinary Dutch and English words that are also names or name parts ("ik ben", "een
# peter of meter", "bakker", "de berg"): alone they are replaced only where written with
# a capital ("Ben", "BAKKER"), as a name is; in lower case they stay words. A curated
# list: a word-frequency list would catch more, at the cost of a dependency.
COMMON_WORDS = frozenset(
    [
        "amber",
        "an",
        "april",
        "art",
        "bakker",
        "bas",
        "ben",
        "berg",
        "bill",
        "bo",
        "bob",
        "boer",
        "bos",
        "brink",
        "cliff",
        "dawn",
        "dean",
        "dekker",
        "dijk",
        "don",
        "drew",
        "els",
        "faith",
        "frank",
        "grace",
        "groot",
        "guy",
        "haan",
        "hoek",
        "hof",
        "holly",
        "hoop",
        "hope",
        "iris",
        "ivo",
        "ivy",
        "jade",
        "jo",
        "job",
        "jong",
        "joy",
        "june",
        "kok",
        "klein",
        "lies",
        "lily",
        "lot",
        "max",
        "may",
        "meer",
        "mark",
        "nick",
        "pat",
        "peter",
        "pier",
        "post",
        "ray",
        "rob",
        "robin",
        "roos",
        "rose",
        "ruby",
        "sky",
        "smit",
        "storm",
        "sue",
        "summer",
        "veen",
        "visser",
        "vos",
        "ward",
        "wil",
        "will",
        "wit",
        "wolf",
        "zwart",
    ]
)
# A name part this short (in letters) is only replaced where written with a capital.
SHORT_PART = 2

_DASH_SPLIT = re.compile(r"\s+[—–-]\s+")
_PARENS = re.compile(r"^(?P<outer>[^()]*?)\s*\((?P<inner>[^()]*)\)\s*(?P<rest>.*)$")
_WORD_EDGES = ".,;:…'’\"()[]"


@dataclass(frozen=True)
class Person:
    """Someone leernet knows by name, and what replaces the name in shared text."""

    name: str
    replacement: str  # e.g. "[begeleider]"


# -- reading "Name (role)" in any order --------------------------------------------------


def _tokens(text: str) -> list[str]:
    return [w.strip(_WORD_EDGES) for w in text.split() if w.strip(_WORD_EDGES)]


def _is_role_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in ROLE_WORDS or any(piece in ROLE_WORDS for piece in lowered.split("-"))


def _capitalised(word: str) -> bool:
    """Starts with a capital and is not an acronym ("Koen", "O", not "HR" or "lean")."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def name_likeness(text: str) -> int:
    """How much `text` looks like a person's name: +1 per capitalised word, -1 per other
    word, -2 per role word ("trainer", "coach"); particles do not count."""
    score = 0
    for word in _tokens(text):
        if word.lower() in PARTICLES:
            continue
        if _is_role_word(word):
            score -= 2
        elif _capitalised(word):
            score += 1
        else:
            score -= 1
    return score if _tokens(text) else -99


def _two_parts(text: str) -> tuple[str, str] | None:
    match = _PARENS.match(text)
    if match and not match.group("rest"):
        return match.group("outer"), match.group("inner")
    if "," in text:
        first, _, second = text.partition(",")
        return first, second
    pieces = _DASH_SPLIT.split(text, maxsplit=1)
    if len(pieces) == 2:
        return pieces[0], pieces[1]
    return None


def split_person(text: str) -> tuple[str, str]:
    """(name, role) of a speaker or organiser as typed, in any order.

    "Koen Verhaeghe (lean-coach)", "trainer (Rita Ramaekers)", "lean coach, Stan Kools",
    "Ilse Wouters — trainer": the part that looks more like a name (`name_likeness`) is the
    name; on a tie the first part is. Without a second part the whole text is the name:
    the safe side.
    """
    text = " ".join(text.split())
    parts = _two_parts(text)
    if parts is None:
        return text, ""
    first, second = (p.strip() for p in parts)
    if not first or not second:
        return (first or second), ""
    if name_likeness(second) > name_likeness(first):
        return second, first
    return first, second


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words (particles aside), no digits, none a word of an
    organisation or a role: "Marleen Osaert", not "Cobot", "HR Academy" or "Team Gent"."""
    words = [w for w in _tokens(name) if w.lower() not in PARTICLES]
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        lowered = word.lower()
        if (
            not _capitalised(word)
            or any(ch.isdigit() for ch in word)
            or lowered in ORGANISATION_WORDS
            or lowered.endswith(ORGANISATION_ENDINGS)
            or _is_role_word(word)
        ):
            return False
    return True


def organiser_person(organiser: str) -> tuple[str, str] | None:
    """(name, role) when the organiser field names a person, else None."""
    name, role = split_person(organiser)
    return (name, role) if name and looks_like_person(name) else None


# -- the register ---------------------------------------------------------------------


def register(
    networks: Iterable[Network],
    sessions: Iterable[Session],
    feedback: Iterable[Feedback],
    lang: str,
) -> list[Person]:
    """Every person the data names, with their replacement in `lang`; the first mention
    of a name wins.

    Private entries count too: a name is no less private because the entry is left out.
    Givers become their role's label in brackets ("[begeleider]"), speakers "[spreker]",
    participants and organisers their own role in brackets ("[HR]"), or "[deelnemer]" /
    "[begeleider]" when they have none (an organiser leads the network).
    """
    giver_label = {code: label("role", code, lang) for code in FEEDBACK_ROLES}
    speaker_label = text("speaker.redacted", lang)
    organiser_label = label("role", "facilitator", lang)
    participant_label = label("role", "participant", lang)
    people: list[Person] = []
    for item in feedback:
        if item.giver_name.strip():
            role = giver_label.get(item.giver_role, item.giver_role)
            people.append(Person(item.giver_name, f"[{role}]"))
    networks = list(networks)
    for network in networks:
        for participant in network.participants:
            if participant.name.strip():
                role = " ".join(participant.role.split()) or participant_label
                people.append(Person(participant.name, f"[{role}]"))
    for session in sessions:
        if session.speaker.strip():
            name, _role = split_person(session.speaker)
            people.append(Person(name, speaker_label))
    for network in networks:
        found = organiser_person(network.organiser)
        if found:
            name, role = found
            people.append(Person(name, f"[{role or organiser_label}]"))
    return people


# -- the rule -------------------------------------------------------------------------

# After a name: a possessive ('s, ’s, s or a lone apostrophe), then no letter, digit or
# combining mark (an accent typed as its own character belongs to the word).
_AFTER = r"(?P<possessive>['’]s|['’]|s)?(?![\w\u0300-\u036f])"


def normal(text: str) -> str:
    """NFC with single spaces, lower case: how names are compared."""
    return " ".join(unicodedata.normalize("NFC", text).split()).lower()


def _trie_pattern(keys: Iterable[str]) -> str:
    """One regular expression matching any of `keys`, the longest first, shared prefixes
    factored out (so a few thousand names cost about as much as a few)."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + pattern(child)
            for ch, child in sorted(node.items(), reverse=True)
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if ends:
            return f"(?:{body})?"
        return body

    return pattern(trie)


class Redactor:
    """Replaces the names of known people in text by their role, in one pass per text.

    - A name matches in any case, on NFC-normalised text (a "Zoë" typed as e + U+0308
      matches), as a whole word, with a possessive ("Koens", "Koen's", "Greta's": the
      replacement then gets "'s"). Spacing inside a name may differ ("Bo  Li").
    - Each part of a name matches alone too ("Koen", "Verhaeghe"), except particles
      ("van", "de") and one-letter parts (initials). Parts of two letters ("Bo") and short
      common words that are also names ("Will", "Roos", see COMMON_WORDS) match only where
      written with a capital: in lower case they are words ("an", "will").
    - Over-redacting a word that happens to be a name is the safe side.

    `found` collects the names (in `normal` form) of the people replaced in calls with
    `count=True`; the exports count those for "N names replaced by a role".
    """

    def __init__(self, people: Iterable[Person]) -> None:
        # matched key (normal form) -> (replacement, whose name, needs a capital)
        self.keys: dict[str, tuple[str, str, bool]] = {}
        for person in people:
            whole = normal(person.name)
            if not whole:
                continue
            words = [w.strip(_WORD_EDGES) for w in whole.split()]
            words = [w for w in words if w]
            if len(whole.split()) > 1:
                self.keys.setdefault(whole, (person.replacement, whole, False))
            for word in words:
                letters = sum(ch.isalpha() for ch in word)
                if word in PARTICLES or letters <= 1:
                    continue
                capital_only = letters <= SHORT_PART or word in COMMON_WORDS
                self.keys.setdefault(word, (person.replacement, whole, capital_only))
        self.found: set[str] = set()
        self._lower: re.Pattern[str] | None = None
        self._any_case: re.Pattern[str] | None = None
        if self.keys:
            pattern = rf"(?<![\w\u0300-\u036f])(?P<name>{_trie_pattern(self.keys)}){_AFTER}"
            # Matched against the text in lower case: a case-sensitive pattern is about a
            # third faster than re.IGNORECASE. The rare text whose lower case has another
            # length ("İ") takes the IGNORECASE pattern.
            self._lower = re.compile(pattern)
            self._any_case = re.compile(pattern, re.IGNORECASE)
        # A cheap first look: most texts hold no name, and a plain search for the first
        # word of each name finds that out faster than the pattern (10 MB of session
        # texts of benchmarks/generate.py: 0.20 s against 0.36 s; the export takes 0.14 s
        # for the first look on whole sessions). A capital-only part is looked for as
        # written.
        lower_words: set[str] = set()
        capital_words: set[str] = set()
        for key, (_replacement, _person, capital_only) in self.keys.items():
            first = key.split(" ")[0]
            if capital_only:
                capital_words.update((first[:1].upper() + first[1:], first.upper()))
            else:
                lower_words.add(first)
        # The end of a word is checked (cheap: after the match), its start not: a
        # look-behind would make the search try every position.
        self._quick_lower = (
            re.compile(f"(?:{_trie_pattern(lower_words)}){_AFTER}") if lower_words else None
        )
        self._quick_capital = (
            re.compile(f"(?:{_trie_pattern(capital_words)}){_AFTER}") if capital_words else None
        )

    def may_name(self, value: str) -> bool:
        """False when `value` certainly holds no known name (True may be a false alarm)."""
        if not value or self._lower is None:
            return False
        text = value if value.isascii() else unicodedata.normalize("NFC", value)
        return self._may_name(text, text.lower())

    def _may_name(self, text: str, lowered: str) -> bool:
        return bool(
            (self._quick_lower is not None and self._quick_lower.search(lowered))
            or (self._quick_capital is not None and self._quick_capital.search(text))
        )

    def __call__(self, value: str, *, count: bool = True) -> str:
        if not value or self._lower is None or self._any_case is None:
            return value
        text = value if value.isascii() else unicodedata.normalize("NFC", value)
        lowered = text.lower()
        if not self._may_name(text, lowered):
            return value
        if len(lowered) != len(text):
            matches = self._any_case.finditer(text)
        else:
            matches = self._lower.finditer(lowered)
        pieces: list[str] = []
        last = 0
        for match in matches:
            start, end = match.span()
            entry = self.keys.get(normal(match.group("name")))
            if entry is None:  # cannot happen: every alternative is a key
                continue
            replacement, person, capital_only = entry
            if capital_only and not text[start].isupper():
                continue  # "an", "will": a word, not a name
            if count:
                self.found.add(person)
            pieces += [text[last:start], replacement, "'s" if match.group("possessive") else ""]
            last = end
        if not pieces:
            return value  # no name: exactly as it was, in its own normal form
        pieces.append(text[last:])
        return "".join(pieces)


def people_named(people: Sequence[Person]) -> set[str]:
    """The names (normal form) of a register, e.g. to count who was withheld."""
    return {normal(p.name) for p in people if normal(p.name)}
