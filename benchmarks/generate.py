"""Generate a realistic synthetic leernet data file, and the same entries as a jrnl journal.

    python benchmarks/generate.py --sessions 10000 --seed 1 -o /tmp/bench/leernet.json \
        --jrnl /tmp/bench/jrnl

The leernet file has the documented shape (TinyDB tables `meta`, `settings`, `networks`,
`sessions`, `feedback`, `selfchecks`): every document is built as a `store.models`
dataclass and written with its own `to_doc()`, serialised by `store.storage.serialise`.
Going through `Store.save_session` would rewrite the whole file once per session, which
is quadratic; building the tables and writing them once gives the same bytes.

Sessions carry the five reflection prompts (about 1 KB together), in Dutch or English
with accents, some Markdown, action items, competencies and tags. Feedback and
self-check takes come along in realistic proportions.

`--jrnl DIR` also writes `DIR/journal.txt` (jrnl's plain-text format, one entry per
session and per feedback item, the same text) and `DIR/config/jrnl/jrnl.yaml` pointing
at it. Run jrnl with `XDG_CONFIG_HOME=DIR/config`, `XDG_DATA_HOME=DIR/data` and
`HOME=DIR/home` so nothing of the user's own jrnl is touched (see `jrnl_env`).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from a source tree
    sys.path.insert(0, str(ROOT))

from store.atomic import atomic_write_bytes  # noqa: E402
from store.models import (  # noqa: E402
    COMPETENCIES,
    FEEDBACK_ROLES,
    FEEDBACK_STATUSES,
    SELFCHECK_MOMENTS,
    ActionItem,
    Feedback,
    Network,
    SelfCheckTake,
    Session,
    Settings,
)
from store.schema import SCHEMA_VERSION  # noqa: E402
from store.selfcheck import STATEMENT_KEYS  # noqa: E402
from store.storage import serialise  # noqa: E402

# The word the search benchmark looks for: in roughly one session in thirty.
SEARCH_WORD = "veiligheidscultuur"
SEARCH_WORD_RATE = 0.035

SESSIONS_PER_NETWORK = 12
FEEDBACK_PER_SESSION = 0.3
TAKES_PER_NETWORK = 2

# -- vocabulary: short building blocks, combined into sentences ----------------------

NL_SUBJECTS = (
    "Een collega uit de planning",
    "De facilitator",
    "Iemand van een andere organisatie",
    "Onze externe spreker",
    "De preventieadviseur",
    "Een teamleider uit de productie",
    "De HR-medewerker",
    "Ik",
    "We",
    "De coördinator",
    "Een nieuwe deelnemer",
)
NL_VERBS = (
    "vertelde over",
    "bracht een casus in over",
    "stelde een vraag over",
    "deelde een aanpak voor",
    "gaf feedback op",
    "legde uit hoe het zit met",
    "twijfelde hardop over",
    "gaf een voorbeeld van",
    "was enthousiast over",
    "liet zien hoe ze omgaan met",
)
NL_OBJECTS = (
    "het onthaal van nieuwe medewerkers",
    "de ploegenwissel en de overdracht",
    "het verzuimbeleid",
    "een moeilijk gesprek met een medewerker",
    "de financiële impact van opleidingen",
    "de coördinatie tussen afdelingen",
    "het idee van een reünie voor oud-deelnemers",
    "de rol van de leidinggevende bij het groeigesprek",
    "werkdruk en energie in het team",
    "het beïnvloeden van beslissingen zonder formele macht",
    "de begeleiding van geïnteresseerde stagiairs",
    "de risicoanalyse op de werkvloer",
    "een café-gesprek met het managementteam",
    "de planning van de zomerperiode",
)
NL_TAILS = (
    "Dat zette me aan het denken.",
    "Daar wil ik meer over weten.",
    "Dit herken ik uit mijn eigen team.",
    "Hier zit een **belangrijke** les in.",
    "Ik ga dit volgende week uitproberen.",
    "Niet alles is zomaar over te nemen.",
    "Het was een eyeopener, écht waar.",
    "Dat is één van de dingen die blijven hangen.",
    "We spraken af om dit in de volgende sessie op te volgen.",
)
EN_SUBJECTS = (
    "A colleague from planning",
    "The facilitator",
    "Someone from another organisation",
    "Our guest speaker",
    "The prevention adviser",
    "A production team leader",
    "The HR officer",
    "I",
    "We",
    "The coordinator",
    "A new participant",
)
EN_VERBS = (
    "talked about",
    "brought in a case about",
    "asked a question about",
    "shared an approach to",
    "gave feedback on",
    "explained how they handle",
    "had doubts about",
    "gave an example of",
    "was enthusiastic about",
    "showed how they deal with",
)
EN_OBJECTS = (
    "onboarding new employees",
    "the shift handover",
    "the absence policy",
    "a difficult conversation with a team member",
    "the financial side of training",
    "coordination between departments",
    "a reunion for former participants",
    "the manager's role in the growth conversation",
    "workload and energy in the team",
    "influencing decisions without formal power",
    "coaching interested interns",
    "the risk analysis on the shop floor",
    "an informal café talk with management",
    "planning the summer period",
)
EN_TAILS = (
    "That made me think.",
    "I want to know more about that.",
    "I recognise this from my own team.",
    "There is an **important** lesson here.",
    "I will try this next week.",
    "Not everything carries over as it is.",
    "It was an eye-opener, really.",
    "That is one of the things that stays with me.",
    "We agreed to follow this up next session.",
)
NL_ACTIONS = (
    "Agendapunt over {o} op het volgende teamoverleg",
    "Met mijn leidinggevende praten over {o}",
    "Een checklist maken voor {o}",
    "Een collega uit het netwerk bellen over {o}",
    "Uitproberen: korte check-in bij de start van de dienst",
)
EN_ACTIONS = (
    "Put {o} on the agenda of the next team meeting",
    "Talk to my manager about {o}",
    "Make a checklist for {o}",
    "Call a colleague from the network about {o}",
    "Try out: a short check-in at the start of the shift",
)
TOPICS_NL = (
    "Kennismaking en verwachtingen",
    "Verzuim en re-integratie",
    "Feedback geven en ontvangen",
    "Veiligheid op de werkvloer",
    "Verandering begeleiden",
    "Werkdruk en veerkracht",
    "Onthaal en inwerken",
    "Slotsessie: evaluatie en vervolg",
)
TOPICS_EN = (
    "Getting to know each other",
    "Absence and return to work",
    "Giving and receiving feedback",
    "Safety on the shop floor",
    "Leading change",
    "Workload and resilience",
    "Onboarding",
    "Closing session: evaluation and follow-up",
)
WORK_FORMS = ("intervisie", "casusbespreking", "workshop", "lezing", "bedrijfsbezoek", "")
TAGS = ("veiligheid", "feedback", "verzuim", "onthaal", "werkdruk", "coaching", "planning")
NETWORK_NAMES = (
    "Lerend netwerk preventieadviseurs",
    "HR-netwerk regio Gent",
    "Teamleiders productie",
    "Planners in de zorg",
    "Sectorfonds welzijn: leiderschap",
    "Learning network prevention advisers",
    "Kwaliteitscoördinatoren",
)
ORGANISERS = ("Sectorfonds", "Beroepsvereniging", "Interne academie", "VDAB", "Cobot")
FIRST_NAMES = ("An", "Bram", "Céline", "Dries", "Eline", "Frédéric", "Gökhan", "Hanne", "Zoë")


@dataclass
class Generated:
    """The tables of one synthetic data file, as documents keyed by id (TinyDB's shape)."""

    data: dict[str, dict[str, Any]]

    @property
    def sessions(self) -> int:
        return len(self.data["sessions"])


class TextMaker:
    """Sentences in one language from the vocabulary above (fast: plain random.choice)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def sentence(self, lang: str) -> str:
        choice = self.rng.choice
        if lang == "nl":
            text = (
                f"{choice(NL_SUBJECTS)} {choice(NL_VERBS)} {choice(NL_OBJECTS)}. {choice(NL_TAILS)}"
            )
        else:
            text = (
                f"{choice(EN_SUBJECTS)} {choice(EN_VERBS)} {choice(EN_OBJECTS)}. {choice(EN_TAILS)}"
            )
        if self.rng.random() < SEARCH_WORD_RATE / 12:  # ~12 sentences per session
            text += f" Het ging ook over {SEARCH_WORD}."
        return text

    def paragraph(self, lang: str, sentences: int) -> str:
        parts = [self.sentence(lang) for _ in range(sentences)]
        if self.rng.random() < 0.25:  # some Markdown lists
            return "\n".join(f"- {part}" for part in parts)
        return " ".join(parts)

    def obj(self, lang: str) -> str:
        return self.rng.choice(NL_OBJECTS if lang == "nl" else EN_OBJECTS)


def build(sessions: int, seed: int) -> Generated:
    """Build the tables for `sessions` sessions, deterministically from `seed`."""
    rng = random.Random(seed)
    text = TextMaker(rng)
    network_count = max(1, -(-sessions // SESSIONS_PER_NETWORK))
    networks: dict[str, Any] = {}
    network_lang: dict[int, str] = {}
    network_start: dict[int, date] = {}
    today = date(2026, 11, 1)
    for index in range(1, network_count + 1):
        lang = "nl" if rng.random() < 0.75 else "en"
        cadence = rng.choice((4, 6, 8))
        # Spread networks over the past years; the newest ones are still active.
        start = today - timedelta(days=int(rng.random() * 365 * 12) + 30)
        status = "active" if index > network_count - 3 else "closed"
        network = Network(
            name=f"{rng.choice(NETWORK_NAMES)} {index}",
            kind=rng.choice(("internal", "external")),
            organiser=rng.choice(ORGANISERS),
            purpose=text.sentence(lang),
            goals=[text.obj(lang) for _ in range(rng.randint(1, 3))],
            start=start,
            end=start + timedelta(weeks=cadence * SESSIONS_PER_NETWORK),
            planned_sessions=SESSIONS_PER_NETWORK,
            cadence_weeks=cadence,
            status=status,
            id=index,
        )
        networks[str(index)] = network.to_doc()
        network_lang[index] = lang
        network_start[index] = start

    session_docs: dict[str, Any] = {}
    session_meta: list[tuple[int, int, date, str]] = []  # (id, network, date, lang)
    for index in range(1, sessions + 1):
        network_id = (index - 1) // SESSIONS_PER_NETWORK + 1
        number = (index - 1) % SESSIONS_PER_NETWORK + 1
        lang = network_lang[network_id]
        cadence = networks[str(network_id)]["cadence_weeks"]
        when = network_start[network_id] + timedelta(weeks=cadence * (number - 1))
        topics = TOPICS_NL if lang == "nl" else TOPICS_EN
        action_texts = NL_ACTIONS if lang == "nl" else EN_ACTIONS
        actions = [
            ActionItem(
                text=rng.choice(action_texts).format(o=text.obj(lang)),
                status=rng.choices(("open", "done", "dropped"), (2, 5, 1))[0],
                key=f"{index:06d}{slot:06d}",
            )
            for slot in range(rng.choice((0, 1, 1, 2, 3)))
        ]
        session = Session(
            network_id=network_id,
            date=when,
            number=number,
            topic=rng.choice(topics),
            work_form=rng.choice(WORK_FORMS),
            speaker=rng.choice(FIRST_NAMES) if rng.random() < 0.2 else "",
            minutes=rng.choice((90, 120, 150, 180)),
            what_happened=text.paragraph(lang, 3),
            brought_in=text.paragraph(lang, 1),
            learned=text.paragraph(lang, 3),
            will_try=text.paragraph(lang, 1),
            questions=text.paragraph(lang, 1),
            actions=actions,
            follow_up=text.sentence(lang) if number > 1 and rng.random() < 0.5 else "",
            evaluation=rng.randint(2, 5),
            evaluation_comment=text.sentence(lang) if rng.random() < 0.6 else "",
            feeling=rng.randint(1, 5) if rng.random() < 0.5 else None,
            competencies=rng.sample(COMPETENCIES, rng.randint(0, 3)),
            tags=rng.sample(TAGS, rng.choice((0, 0, 1, 2))),
            team_insights=[text.sentence(lang)] if rng.random() < 0.4 else [],
            private=rng.random() < 0.1,
            id=index,
        )
        session_docs[str(index)] = session.to_doc()
        session_meta.append((index, network_id, when, lang))

    feedback_docs: dict[str, Any] = {}
    for index in range(1, int(sessions * FEEDBACK_PER_SESSION) + 1):
        session_id, network_id, when, lang = rng.choice(session_meta)
        item = Feedback(
            date=when,
            giver_name=rng.choice(FIRST_NAMES),
            giver_role=rng.choice(FEEDBACK_ROLES),
            network_id=network_id,
            session_id=session_id,
            said=text.paragraph(lang, 2),
            reaction=text.sentence(lang),
            plan=text.sentence(lang),
            status=rng.choice(FEEDBACK_STATUSES),
            private=rng.random() < 0.1,
            id=index,
        )
        feedback_docs[str(index)] = item.to_doc()

    take_docs: dict[str, Any] = {}
    take_id = 0
    for network_id in range(1, network_count + 1):
        for moment in SELFCHECK_MOMENTS[:TAKES_PER_NETWORK]:
            take_id += 1
            take = SelfCheckTake(
                date=network_start[network_id] + timedelta(days=take_id % 7),
                moment=moment,
                network_id=network_id,
                scores={key: rng.randint(1, 5) for key in STATEMENT_KEYS},
                notes={STATEMENT_KEYS[0]: text.sentence(network_lang[network_id])},
                id=take_id,
            )
            take_docs[str(take_id)] = take.to_doc()

    settings = Settings(lang="nl", person="Zoë Peeters", welcomed=True)
    data = {
        "meta": {"1": {"schema_version": SCHEMA_VERSION}},
        "settings": {"1": settings.to_doc()},
        "networks": networks,
        "sessions": session_docs,
        "feedback": feedback_docs,
        "selfchecks": take_docs,
    }
    return Generated(data)


def write_leernet(generated: Generated, path: Path) -> int:
    """Write the data file (atomically, mode 0600); returns its size in bytes."""
    payload = serialise(generated.data)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, payload)
    return len(payload)


# -- jrnl --------------------------------------------------------------------------

JRNL_TIMEFORMAT = "%Y-%m-%d %H:%M"


def jrnl_entries(generated: Generated) -> list[tuple[str, str, str]]:
    """(timestamp, title, body) per session and feedback item, oldest first."""
    data = generated.data
    names = {int(k): v["name"] for k, v in data["networks"].items()}
    entries: list[tuple[str, str, str]] = []
    for doc in data["sessions"].values():
        title = f"{doc['topic']} ({names.get(doc['network_id'], '')}, sessie {doc['number']})"
        parts = [
            doc["what_happened"],
            doc["brought_in"],
            doc["learned"],
            doc["will_try"],
            doc["questions"],
        ]
        parts += [f"- [{a['status']}] {a['text']}" for a in doc["actions"]]
        if doc["evaluation_comment"]:
            parts.append(doc["evaluation_comment"])
        if doc["tags"]:
            parts.append(" ".join(f"@{tag}" for tag in doc["tags"]))
        entries.append((f"{doc['date']} 19:00", _jrnl_title(title), _jrnl_body(parts)))
    for doc in data["feedback"].values():
        title = f"Feedback van {doc['giver_name']} ({doc['giver_role']})"
        parts = [doc["said"], doc["reaction"], doc["plan"]]
        entries.append((f"{doc['date']} 20:00", _jrnl_title(title), _jrnl_body(parts)))
    entries.sort(key=lambda entry: entry[0])
    return entries


def _jrnl_title(title: str) -> str:
    # jrnl ends a title at the first sentence end; keep the whole heading as the title.
    return title.replace(".", "").replace("?", "").replace("!", "")


def _jrnl_body(parts: list[str]) -> str:
    # A body line starting with "[" could look like an entry header to jrnl: indent it.
    lines = "\n\n".join(p for p in parts if p).splitlines()
    return "\n".join(f" {line}" if line.startswith("[") else line for line in lines)


def jrnl_version() -> str:
    try:
        from importlib.metadata import version

        return version("jrnl")
    except Exception:  # noqa: BLE001 - jrnl not installed: the config still works
        return "4.6"


def write_jrnl(generated: Generated, folder: Path) -> Path:
    """Write `folder/journal.txt` and a jrnl config beside it; returns the journal path."""
    folder = folder.resolve()
    for sub in ("config/jrnl", "data", "home"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    journal = folder / "journal.txt"
    with journal.open("w", encoding="utf-8") as handle:
        for stamp, title, body in jrnl_entries(generated):
            handle.write(f"[{stamp}] {title}\n{body}\n\n")
    # Block-style YAML written by hand (scalars quoted JSON-style, which YAML accepts):
    # jrnl treats a config that parses as JSON as a jrnl 1.x file and asks to upgrade it.
    q = json.dumps
    config = "\n".join(
        [
            f"version: {q(jrnl_version())}",
            "journals:",
            "  default:",
            f"    journal: {q(str(journal))}",
            'editor: ""',
            "encrypt: false",
            "template: false",
            "default_hour: 9",
            "default_minute: 0",
            f"timeformat: {q(JRNL_TIMEFORMAT)}",
            'tagsymbols: "#@"',
            "highlight: false",
            "linewrap: 79",
            'indent_character: "|"',
            "colors:",
            *(f"  {part}: none" for part in ("body", "date", "tags", "title")),
            "",
        ]
    )
    (folder / "config/jrnl/jrnl.yaml").write_text(config, encoding="utf-8")
    return journal


def jrnl_env(folder: Path, base: dict[str, str]) -> dict[str, str]:
    """The environment that makes jrnl use the config in `folder` and nothing of the user."""
    folder = folder.resolve()
    env = dict(base)
    env.update(
        HOME=str(folder / "home"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CACHE_HOME=str(folder / "home/.cache"),
        EDITOR="",
        VISUAL="",
        NO_COLOR="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
    )
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, required=True, help="number of sessions")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same file)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="leernet data file")
    parser.add_argument("--jrnl", type=Path, help="folder for the same entries as a jrnl journal")
    args = parser.parse_args(argv)
    if args.sessions < 0:
        parser.error("--sessions must be 0 or more")
    generated = build(args.sessions, args.seed)
    size = write_leernet(generated, args.output)
    print(f"{args.output}: {generated.sessions} sessions, {size / 1e6:.1f} MB")
    if args.jrnl:
        journal = write_jrnl(generated, args.jrnl)
        print(f"{journal}: {journal.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
