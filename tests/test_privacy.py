"""The privacy test data set: every way a name can be typed, and where it may not go.

`build_privacy_store` names people in every place leernet knows them from and in every
form the issue found leaking: speakers typed role-first, a network named after a person,
a free competency, KOEN / koen / Koens / Greta's, a short part (Bo of Bo Li), a Zoë typed
as e + U+0308, an organiser who is a person, and network participants. Not one name may
reach a team or growth export or `leernet search`; the full export keeps all of them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from cli_run import leernet

from store.db import Store
from store.export import export_markdown
from store.markdown import make_parser
from store.models import ActionItem, Feedback, Network, Participant, Session, Settings

TODAY = date(2026, 11, 27)
ZOE = "Zoe\u0308"  # decomposed: e + combining diaeresis

# Everyone in the data set, and every word of their names that may not be shown.
PEOPLE = {
    "Koen Vermeulen": ("Koen", "Vermeulen"),  # giver; a network is named after him
    "Greta Peeters": ("Greta", "Peeters"),  # giver
    "Nathalie Desmet": ("Nathalie", "Desmet"),  # giver, named nowhere else
    "Rita Ramaekers": ("Rita", "Ramaekers"),  # speaker typed role-first: trainer (Name)
    "Stan Kools": ("Stan", "Kools"),  # speaker typed "role, Name"
    "Marleen Osaert": ("Marleen", "Osaert"),  # organiser
    "Bo Li": ("Bo", "Li"),  # participant, short parts
    "Zoë Jacobs": ("Zoë", "Jacobs"),  # participant, typed decomposed in texts
    "Yusuf Aydin": ("Yusuf", "Aydin"),  # participant
    "Lotte Claes": ("Lotte", "Claes"),  # participant, only in texts no export shows
}


def build_privacy_store(store: Store) -> None:
    store.save_settings(Settings(person="Sofie Claeys", lang="nl"))
    koen_net = store.save_network(
        Network(
            name="Intervisie bij Koen Vermeulen",
            kind="internal",
            organiser="Marleen Osaert (HR)",
            purpose="Marleen Osaert startte het; Greta's vraag staat centraal.",
            goals=["Leren van Bo Li", f"{ZOE} Jacobs volgen in haar aanpak"],
            participants=[
                Participant("Bo Li", "planner"),
                Participant("Zoë Jacobs", "kwaliteit"),
                Participant("Yusuf Aydin", "onderhoud"),
                Participant("Lotte Claes", "operator"),
            ],
            start=date(2026, 2, 1),
        )
    )
    cobot = store.save_network(
        Network(
            name="Ploegleiders textiel (Cobot)",
            kind="external",
            organiser="Cobot, sectorfonds textiel",
            purpose="Ploegleiders wisselen cases uit.",
            start=date(2026, 9, 1),
        )
    )
    first = store.save_session(
        Session(
            network_id=koen_net.id,
            date=date(2026, 3, 3),
            number=1,
            topic="Casus van Yusuf",
            work_form="Rollenspel met Lotte Claes",
            speaker="trainer (Rita Ramaekers)",
            minutes=120,
            what_happened="Lotte vertelde over haar ploeg.",
            brought_in="Mijn vraag aan Greta.",
            learned=(
                "KOEN toonde het bord. koen vond het goed. Koens aanpak werkt, Greta's tip "
                f"ook. Bo zei niets. {ZOE} vatte samen. Rita legde uit."
            ),
            will_try="Lotte's checklist proberen.",
            questions="Wat zou Marleen doen?",
            follow_up="Claes belde terug.",
            actions=[
                ActionItem(text="Vraag het aan Yusuf", status="open", key="a1"),
                ActionItem(
                    text="Bel Koen", status="done", outcome="Rita Ramaekers hielp", key="a2"
                ),
            ],
            evaluation=4,
            evaluation_comment="Rita was sterk.",
            competencies=["communication", "mentoring by Koen Vermeulen"],
            tags=["koen", "Lotte"],
            team_insights=["Stan Kools: altijd eerst luisteren."],
        )
    )
    store.save_session(
        Session(
            network_id=cobot.id,
            date=date(2026, 9, 15),
            number=1,
            topic="Inwerken",
            speaker="lean coach, Stan Kools",
            minutes=90,
            learned="Stan toonde zijn bord.",
            questions="Hoe werkt men in in drie ploegen?",
        )
    )
    store.save_feedback(
        Feedback(
            date=date(2026, 3, 3),
            giver_name="Koen Vermeulen",
            giver_role="facilitator",
            network_id=koen_net.id,
            session_id=first.id,
            said="Koen zegt: stel meer vragen, zoals Greta doet.",
            plan="Vragen voorbereiden met Bo.",
            status="trying",
        )
    )
    store.save_feedback(
        Feedback(
            date=date(2026, 4, 1),
            giver_name="Greta Peeters",
            giver_role="manager",
            said="Laat je ploeg meer zelf oplossen.",
            status="open",
        )
    )
    store.save_feedback(
        Feedback(
            date=date(2026, 5, 1),
            giver_name="Nathalie Desmet",
            giver_role="colleague",
            network_id=cobot.id,
            said="Je uitleg was helder.",
            status="applied",
        )
    )


@pytest.fixture
def privacy_store(store: Store) -> Store:
    build_privacy_store(store)
    return store


@pytest.fixture
def privacy_file(data_path: Path) -> Path:
    with Store.open(data_path) as opened:
        build_privacy_store(opened)
    return data_path


def rendered(markdown: str) -> str:
    """What a reader sees, line by line (escapes resolved)."""
    pieces = []
    for token in make_parser().parse(markdown):
        if token.type == "inline":
            pieces.append("".join(child.content for child in token.children or []))
    return "\n".join(pieces)


def leaked(output: str) -> list[str]:
    """Every name word found in `output`: whole words, any case, after NFC."""
    seen = unicodedata.normalize("NFC", output)
    return [
        word
        for words in PEOPLE.values()
        for word in words
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", seen, re.IGNORECASE)
    ]


@pytest.mark.parametrize("audience", ["team", "growth"])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_not_one_name_in_team_or_growth(privacy_store: Store, audience: str, lang: str) -> None:
    markdown = export_markdown(privacy_store, audience, lang=lang, today=TODAY).markdown
    assert leaked(markdown) == []
    # An organisation as organiser is no person: it stays (the growth export shows it).
    if audience == "growth":
        assert "Cobot, sectorfonds textiel" in markdown
        assert "Ploegleiders textiel (Cobot)" in markdown


def test_what_the_team_reads_instead(privacy_store: Store) -> None:
    markdown = rendered(export_markdown(privacy_store, "team", lang="nl", today=TODAY).markdown)
    assert "Intervisie bij [begeleider]" in markdown.splitlines()  # the heading
    assert "een externe spreker (trainer)" in markdown  # role-first: the role, not Rita
    assert "een externe spreker (lean coach)" in markdown
    assert "[begeleider] toonde het bord. [begeleider] vond het goed." in markdown
    assert "[begeleider]'s aanpak werkt, [leidinggevende]'s tip ook." in markdown
    assert "[planner] zei niets. [kwaliteit] vatte samen." in markdown


def test_what_the_manager_reads_instead(privacy_store: Store) -> None:
    markdown = rendered(export_markdown(privacy_store, "growth", lang="nl", today=TODAY).markdown)
    assert "Georganiseerd door: [HR]" in markdown
    assert "Mentoring by [begeleider]" in markdown  # the free competency
    # Beside his feedback the network no longer names him.
    assert "Intervisie bij [begeleider]" in markdown


def test_every_name_in_the_full_export(privacy_store: Store) -> None:
    markdown = export_markdown(privacy_store, "full", lang="nl", today=TODAY).markdown
    seen = unicodedata.normalize("NFC", markdown)
    for name in PEOPLE:
        assert name in seen, name
    assert set(leaked(markdown)) == {w for words in PEOPLE.values() for w in words}


def test_the_count_of_names_is_the_people_replaced(privacy_store: Store) -> None:
    # What each export shows (store/export_scope.SHOWN) names these people:
    # team: Koen (network name, texts), Marleen and Greta (purpose, texts), Bo and Zoë
    # (what I learned), Rita and Stan (speakers, texts), Yusuf (topic, action) = 8;
    # not Nathalie (feedback only) nor Lotte (work form, tags, other prompts: not shown).
    team = export_markdown(privacy_store, "team", lang="en", today=TODAY)
    assert team.omissions.names == {
        "koen vermeulen",
        "marleen osaert",
        "greta peeters",
        "bo li",
        "zoë jacobs",
        "rita ramaekers",
        "stan kools",
        "yusuf aydin",
    }
    assert team.left_out("en").endswith("8 names replaced by a role.")
    # growth: the same eight and Nathalie, whose feedback is shown by role; not Lotte.
    growth = export_markdown(privacy_store, "growth", lang="en", today=TODAY)
    assert growth.omissions.names == team.omissions.names | {"nathalie desmet"}
    assert growth.left_out("en").endswith("9 names replaced by a role.")


def test_the_command_line_export_and_its_count(privacy_file: Path) -> None:
    for audience, count in (("team", 8), ("growth", 9)):
        result = leernet("export", "--for", audience, "--data", str(privacy_file))
        assert result.returncode == 0, result.stderr
        assert leaked(result.stdout) == []
        assert f"{count} namen vervangen door een rol." in result.stderr
    full = leernet("export", "--for", "full", "--data", str(privacy_file))
    assert all(name in unicodedata.normalize("NFC", full.stdout) for name in PEOPLE)


def test_search_prints_no_name_of_the_data_set(privacy_file: Path) -> None:
    for query in ("bord", "Koen", "Greta", "Rita", "vragen", "Casus", "Zoë", "Bo"):
        result = leernet("search", query, "--data", str(privacy_file))
        assert result.returncode == 0, result.stderr
        assert leaked(result.stdout) == [], query
    found = leernet("search", "bord", "--data", str(privacy_file))
    assert "Intervisie bij [begeleider]" in found.stdout
    assert "[begeleider] toonde het bord" in found.stdout
    named = leernet("search", "Koen", "--full", "--data", str(privacy_file))
    assert "Koen Vermeulen" in named.stdout
