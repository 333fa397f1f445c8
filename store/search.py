"""Full-text search over the session journal and the feedback log.

Matching ignores case and accents: text and query are folded character by character
(NFKD, combining marks stripped, casefold), so `evaluatie` finds `Evaluatie` and
`ideeen` finds `ideeën`. Folding one character at a time keeps a map from every folded
position back to the original text, so a snippet shows what the user wrote.

Speed: `SearchIndex` folds every searchable text once (ASCII text, the common case,
takes a C-speed fast path) and answers each query with plain substring tests, no
regular expressions. A snippet is built only for the hits that are shown.

A query is words (all must occur, in any field of the entry) and "quoted phrases".

What leaves the app (the command line without `--full`) is searched and shown with every
known person replaced by a role (`redact`, the exports' rule from store/people.py), so a
name is neither printed nor findable; the app itself searches everything.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING

from store.models import Feedback, Network, Session
from store.people import Redactor, register

if TYPE_CHECKING:
    from store.db import Store

SESSION_FIELDS = (
    "topic",
    "work_form",
    "speaker",
    "what_happened",
    "brought_in",
    "learned",
    "will_try",
    "questions",
    "follow_up",
    "evaluation_comment",
)
FEEDBACK_FIELDS = ("said", "reaction", "plan")

# Between the fields of one entry in its joined text. It folds to itself, and is taken
# out of texts and queries, so a hit never spans two fields.
_SEPARATOR = "\x00"
SNIPPET_WIDTH = 72
SNIPPET_LEAD = 24  # characters of context before the hit


# -- folding ---------------------------------------------------------------------------


def _fold_once(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Mn"
    )


# ASCII whitespace that counts as a space (str.split() also splits on \x1c-\x1f, but
# those never appear in typed text; keeping the set small keeps the fast path fast).
_ASCII_SPACES = "\t\n\v\f\r"


def fold_char(ch: str) -> str:
    """One character folded: maybe empty (a lone accent), maybe longer (ß -> ss)."""
    cached = _FOLD_TABLE.get(ord(ch))
    if cached is not None:
        return cached
    if ch.isascii():
        folded = " " if ch in _ASCII_SPACES else ch.lower()
    else:
        folded = _fold_once(ch)
        # A few compatibility characters need more rounds to settle (fold is idempotent).
        for _ in range(3):
            again = _fold_once(folded)
            if again == folded:
                break
            folded = again
        if folded.isspace():
            folded = " "  # any whitespace (no-break space, line separator) is one space
    _FOLD_TABLE[ord(ch)] = folded
    return folded


class _FoldTable(dict[int, str]):
    """`str.translate` table that folds each new character once, then remembers it."""

    def __missing__(self, codepoint: int) -> str:
        return fold_char(chr(codepoint))


_FOLD_TABLE = _FoldTable()


class _NotLatin(Exception):
    """A character folds to something outside ASCII: take the general path."""


def _fold_to_ascii(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start : error.end]
    piece = fold_char(run) if len(run) == 1 else "".join(map(fold_char, run))
    if not piece.isascii():
        raise _NotLatin
    return piece, error.end


# Encoding to ASCII with this handler folds only the few non-ASCII characters of a
# mostly-ASCII text, in C between them: the common case (Dutch/English with accents).
codecs.register_error("leernet.fold", _fold_to_ascii)


def _latin1_table() -> bytes:
    """Byte -> folded byte for the 256 Latin-1 characters that fold to one ASCII one;
    the others (ß -> ss, æ, µ, ½) keep their byte, which sends the text the long way."""
    table = bytearray(range(256))
    for byte in range(256):
        folded = fold_char(chr(byte))
        if len(folded) == 1 and folded.isascii():
            table[byte] = ord(folded)
    return bytes(table)


_LATIN1_FOLD = _latin1_table()


def fold(text: str) -> str:
    """Case- and accent-free form of `text` used for matching; equals `fold_with_map`'s."""
    # Fastest, and the usual case (Dutch and English, é ë ï ö ü): every character is
    # Latin-1, so one byte-table pass in C folds the whole text.
    try:
        folded = text.encode("latin-1").translate(_LATIN1_FOLD)
    except UnicodeEncodeError:
        pass
    else:
        if folded.isascii():
            return folded.decode("ascii")
    # Mostly ASCII with other characters here and there (’ … €): those are folded one
    # by one by the error handler, the ASCII in between in C.
    try:
        text = text.encode("ascii", "leernet.fold").decode("ascii")
    except _NotLatin:
        return text.translate(_FOLD_TABLE)
    text = text.lower()
    for space in _ASCII_SPACES:
        if space in text:
            text = text.replace(space, " ")
    return text


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each folded character, the index of its original character."""
    parts: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = fold_char(ch)
        parts.append(folded)
        origin.extend([index] * len(folded))
    return "".join(parts), origin


def parse_query(query: str) -> list[str]:
    """Folded search terms: words, and "quoted phrases" kept whole; no duplicates."""
    terms: list[str] = []
    pieces = query.replace(_SEPARATOR, " ").split('"')
    for number, piece in enumerate(pieces):
        inside_quotes = number % 2 == 1 and number < len(pieces) - 1
        candidates = [piece] if inside_quotes else piece.split()
        for candidate in candidates:
            # A phrase keeps its inner spacing: it matches exactly that text.
            term = fold(candidate).strip()
            if term and term not in terms:
                terms.append(term)
    return terms


# -- snippets --------------------------------------------------------------------------


@dataclass(frozen=True)
class Snippet:
    """A short piece of the original text around a hit; `marks` are hit spans in `text`."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()


def make_snippet(
    original: str, terms: list[str], width: int = SNIPPET_WIDTH, lead: int = SNIPPET_LEAD
) -> Snippet:
    """The part of `original` around the first term found, whitespace collapsed to one space.

    Every occurrence of any term inside the window is marked. With no term found the
    start of the text is shown.
    """
    if original.isascii():
        # ASCII folds one character to one character: positions stay where they are.
        folded, origin = fold(original), range(len(original))
    else:
        folded, origin = fold_with_map(original)

    def span_end(folded_end: int) -> int:
        last = origin[folded_end - 1] + 1
        # Accents typed as separate combining characters belong to the hit.
        while last < len(original) and not fold_char(original[last]):
            last += 1
        return last

    firsts = [(folded.find(term), term) for term in terms if term]
    firsts = [(position, term) for position, term in firsts if position != -1]
    if not firsts:
        return _collapse(original, 0, min(len(original), width), [])
    position, term = min(firsts)
    anchor, anchor_end = origin[position], span_end(position + len(term))
    begin = max(0, anchor - lead)
    if begin > 0:
        # Start at a word boundary when one is near, so the snippet does not open mid-word.
        space = original.find(" ", begin, anchor)
        if space != -1 and space - begin < lead // 2:
            begin = space + 1
    stop = min(len(original), max(begin + width, anchor_end))
    spans: list[tuple[int, int]] = []  # hits inside the window, original coordinates
    for term in terms:
        found = folded.find(term) if term else -1
        while found != -1 and origin[found] < stop:
            end = found + len(term)
            if span_end(end) > begin:
                spans.append((origin[found], span_end(end)))
            found = folded.find(term, end)
    return _collapse(original, begin, stop, spans)


def _collapse(original: str, begin: int, stop: int, spans: list[tuple[int, int]]) -> Snippet:
    """original[begin:stop] on one line, with "…" where text was cut; spans moved along."""
    out: list[str] = ["…"] if begin > 0 else []
    first = len(out)
    starts: dict[int, int] = {}  # original index of a shown character -> index in `out`
    pending_space = False
    for index in range(begin, stop):
        ch = original[index]
        if ch.isspace() or unicodedata.category(ch) == "Cc":
            pending_space = True
            continue
        if pending_space and len(out) > first:
            out.append(" ")
        pending_space = False
        starts[index] = len(out)
        out.append(ch)
    if stop < len(original):
        out.append("…")
    marks: list[tuple[int, int]] = []
    for start, end in spans:
        shown = [starts[i] for i in range(max(start, begin), min(end, stop)) if i in starts]
        if shown:
            marks.append((shown[0], shown[-1] + 1))
    return Snippet("".join(out), tuple(_merge(marks)))


def _merge(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# -- the index -------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    """One entry that matches: where it is, and a snippet of the best matching field."""

    kind: str  # "session" | "feedback"
    record_id: int
    date: date | None
    network_id: int | None
    network_name: str
    session_id: int | None  # the session itself, or the one the feedback is linked to
    session_number: int | None
    field: str  # which field the snippet comes from, e.g. "learned", "action", "said"
    snippet: Snippet
    giver_role: str = ""  # feedback only
    giver_name: str = ""  # feedback only, and only when names are included
    private: bool = False


@dataclass
class SearchResults:
    hits: list[SearchHit]
    total: int  # every matching entry, also those past the limit
    private_skipped: int = 0  # matching private entries left out (command line)


@dataclass
class _Entry:
    kind: str
    record_id: int
    date: date | None
    network_id: int | None
    session_id: int | None
    session_number: int | None
    private: bool
    texts: list[tuple[str, str]]  # (field name, original text)
    joined: str = ""  # folded texts joined by _SEPARATOR
    giver_role: str = ""
    giver_name: str = ""


class SearchIndex:
    """Folded text of every session and feedback entry, built once, queried many times."""

    def __init__(
        self,
        networks: Iterable[Network],
        sessions: Iterable[Session],
        feedback: Iterable[Feedback],
        *,
        include_names: bool = True,
        redact: Redactor | None = None,
    ) -> None:
        self.redact = redact
        self.network_names = {
            n.id: redact(n.name) if redact else n.name for n in networks if n.id is not None
        }
        self.include_names = include_names
        self.entries: list[_Entry] = []
        self._session_info: dict[int, tuple[int | None, int | None]] = {}
        for session in sessions:
            self.add_session(session)
        for item in feedback:
            self.add_feedback(item)

    @classmethod
    def from_store(
        cls, store: Store, *, include_names: bool = True, shared_lang: str | None = None
    ) -> SearchIndex:
        """The index of the whole store; with `shared_lang`, as it may leave the app:
        every known person replaced by a role in that language (see `redact_people`)."""
        networks = store.networks()
        index = cls(networks, [], [], include_names=include_names)
        speakers: list[Session] = []

        def visit(session: Session) -> bool:
            # The store hands its own records to `where` before copying; the index only
            # reads them (strings are immutable), and keeping none saves 10,000 copies.
            index.add_session(session)
            if session.speaker.strip():
                speakers.append(Session(speaker=session.speaker))
            return False

        store.sessions(where=visit)
        feedback = store.feedback()
        for item in feedback:  # feedback after sessions: it borrows their place
            index.add_feedback(item)
        if shared_lang is not None:
            # The register wants every speaker: known only after the pass over the sessions.
            index.redact_people(Redactor(register(networks, speakers, feedback, shared_lang)))
        return index

    def redact_people(self, redact: Redactor) -> None:
        """Replace every known person in the indexed texts and network names by a role;
        entries added from now on are replaced as they come in."""
        self.redact = redact
        self.network_names = {key: redact(name) for key, name in self.network_names.items()}
        for entry in self.entries:
            if _redact_texts(entry, redact):
                entry.joined = fold(_SEPARATOR.join(text for _name, text in entry.texts))

    def add_session(self, session: Session) -> None:
        if session.id is None:
            return
        self._session_info[session.id] = (session.network_id, session.number)
        self._add(
            _Entry(
                kind="session",
                record_id=session.id,
                date=session.date,
                network_id=session.network_id,
                session_id=session.id,
                session_number=session.number,
                private=session.private,
                texts=_session_texts(session),
            )
        )

    def add_feedback(self, item: Feedback) -> None:
        """Add after the sessions: a linked entry takes its session's network and number."""
        if item.id is None:
            return
        linked = item.session_id if item.session_id in self._session_info else None
        network_id, number = (
            self._session_info.get(linked, (None, None)) if linked else (None, None)
        )
        texts = [(name, getattr(item, name)) for name in FEEDBACK_FIELDS]
        if self.include_names and item.giver_name:
            texts.append(("giver_name", item.giver_name))
        self._add(
            _Entry(
                kind="feedback",
                record_id=item.id,
                date=item.date,
                network_id=item.network_id if item.network_id is not None else network_id,
                session_id=linked,
                session_number=number,
                private=item.private,
                texts=texts,
                giver_role=item.giver_role,
                giver_name=item.giver_name if self.include_names else "",
            )
        )

    def _add(self, entry: _Entry) -> None:
        entry.texts = [
            (name, text.replace(_SEPARATOR, " ") if _SEPARATOR in text else text)
            for name, text in entry.texts
            if text and not text.isspace()
        ]
        if self.redact is not None:
            _redact_texts(entry, self.redact)
        # One fold per entry, not per field: far fewer calls at 10,000 sessions.
        entry.joined = fold(_SEPARATOR.join(text for _name, text in entry.texts))
        self.entries.append(entry)

    def search(
        self,
        query: str,
        *,
        network_id: int | None = None,
        limit: int | None = None,
        include_private: bool = True,
        snippet_width: int = SNIPPET_WIDTH,
    ) -> SearchResults:
        """Entries holding every term, newest first; snippets for the first `limit`."""
        terms = parse_query(query)
        if not terms:
            return SearchResults([], 0)
        matched: list[_Entry] = []
        private_skipped = 0
        for entry in self.entries:
            if network_id is not None and entry.network_id != network_id:
                continue
            joined = entry.joined
            if all(term in joined for term in terms):
                if entry.private and not include_private:
                    private_skipped += 1
                    continue
                matched.append(entry)
        matched.sort(key=_newest_first, reverse=True)
        shown = matched if limit is None else matched[:limit]
        return SearchResults(
            [self._hit(entry, terms, snippet_width) for entry in shown],
            len(matched),
            private_skipped,
        )

    def _hit(self, entry: _Entry, terms: list[str], width: int) -> SearchHit:
        name, text = _best_text(entry, terms)
        return SearchHit(
            kind=entry.kind,
            record_id=entry.record_id,
            date=entry.date,
            network_id=entry.network_id,
            network_name=self.network_names.get(entry.network_id, ""),
            session_id=entry.session_id,
            session_number=entry.session_number,
            field=name,
            snippet=make_snippet(text, terms, width, min(SNIPPET_LEAD, width // 3)),
            giver_role=entry.giver_role,
            giver_name=entry.giver_name,
            private=entry.private,
        )


def place_text(hit: SearchHit, t: Callable[..., str], *, named: bool = False) -> str:
    """Where a hit lives, e.g. "Veiligheid · session 3 · feedback (facilitator)".

    `t` translates the keys `search.place.session`, `search.place.feedback` and
    `search.role.<role>` (the caller's language). `named` (the command line's `--full`)
    adds the giver's name, when the hit has one, and marks a private entry.
    """
    parts = [hit.network_name] if hit.network_name else []
    if hit.session_number is not None:
        parts.append(t("search.place.session", number=hit.session_number))
    if hit.kind == "feedback":
        role = t(f"search.role.{hit.giver_role}")
        if named and hit.giver_name:
            parts.append(t("search.place.feedback_from", role=role, name=hit.giver_name))
        else:
            parts.append(t("search.place.feedback", role=role))
    if named and hit.private:
        parts.append(t("search.private"))
    return " · ".join(parts) or "–"


def _redact_texts(entry: _Entry, redact: Redactor) -> bool:
    """Replace known people in the entry's texts; whether any text may have changed.

    The speaker names someone by definition: it is replaced on its own, so an entry
    whose other texts hold no name is passed over in one look.
    """
    others = _SEPARATOR.join(text for name, text in entry.texts if name != "speaker")
    if redact.may_name(others):
        entry.texts = [(name, redact(text)) for name, text in entry.texts]
        return True
    if any(name == "speaker" for name, _text in entry.texts):
        entry.texts = [
            (name, redact(text) if name == "speaker" else text) for name, text in entry.texts
        ]
        return True
    return False


_session_fields = attrgetter(*SESSION_FIELDS)  # all of them in one C call


def _session_texts(session: Session) -> list[tuple[str, str]]:
    texts = list(zip(SESSION_FIELDS, _session_fields(session), strict=True))
    texts.extend(("action", action.text) for action in session.actions)
    texts.extend(("team_insight", insight) for insight in session.team_insights)
    if session.tags:
        texts.append(("tags", ", ".join(session.tags)))
    return texts


def _newest_first(entry: _Entry) -> tuple[bool, date, int, int]:
    # Undated entries last; on one date sessions before feedback, then the newest id.
    return (
        entry.date is not None,
        entry.date or date.min,
        1 if entry.kind == "session" else 0,
        entry.record_id,
    )


def _best_text(entry: _Entry, terms: list[str]) -> tuple[str, str]:
    """The field holding the most distinct terms (the earliest field on a tie)."""
    best_index, best_count = 0, -1
    pieces = entry.joined.split(_SEPARATOR)
    for index, piece in enumerate(pieces):
        count = sum(1 for term in terms if term in piece)
        if count > best_count:
            best_index, best_count = index, count
    return entry.texts[best_index]


def search(
    store: Store,
    query: str,
    *,
    network_id: int | None = None,
    include_names: bool = True,
    include_private: bool = True,
    limit: int | None = None,
) -> SearchResults:
    """One search over the store (the index is built for this call only)."""
    index = SearchIndex.from_store(store, include_names=include_names)
    return index.search(query, network_id=network_id, limit=limit, include_private=include_private)
