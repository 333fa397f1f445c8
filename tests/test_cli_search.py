"""`leernet search` on the command line, run as a user would (a subprocess)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cli_run import ROOT, leernet

from store.db import Store
from store.models import Feedback, Network, Session


@pytest.fixture
def filled(data_path: Path) -> Path:
    with Store.open(data_path) as store:
        safety = store.save_network(Network(name="Veiligheid op de vloer"))
        hr = store.save_network(Network(name="HR-netwerk"))
        store.save_network(Network(name="HR-academie"))
        session = store.save_session(
            Session(
                network_id=safety.id,
                number=3,
                date=date(2026, 2, 21),
                what_happened="We deelden\nIdeeën over de toolbox.",
            )
        )
        store.save_session(
            Session(
                network_id=hr.id,
                number=1,
                date=date(2026, 3, 1),
                learned="Nieuwe ideeën voor onboarding.",
            )
        )
        store.save_session(
            Session(
                network_id=hr.id,
                number=2,
                date=date(2026, 4, 1),
                learned="Privé: ideeën over mijn leidinggevende.",
                private=True,
            )
        )
        store.save_feedback(
            Feedback(
                date=date(2026, 2, 22),
                giver_name="Annelies Peeters",
                giver_role="facilitator",
                session_id=session.id,
                said="Sterke ideeen, Annelies zegt: breng ze in.",
            )
        )
    return data_path


def test_hits_one_per_line_newest_first(filled: Path) -> None:
    result = leernet("search", "ideeen", "--data", str(filled), "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        "2026-03-01\tHR-netwerk · session 1\tNieuwe ideeën voor onboarding.",
        "2026-02-22\tVeiligheid op de vloer · session 3 · feedback (facilitator)"
        "\tSterke ideeen, [facilitator] zegt: breng ze in.",
        "2026-02-21\tVeiligheid op de vloer · session 3\tWe deelden Ideeën over de toolbox.",
    ]
    # The private entry stays in the app; stderr says so, stdout stays clean.
    assert "private" in result.stderr
    assert "Privé" not in result.stdout
    assert "\033[" not in result.stdout  # no colour codes when piped


def test_accents_in_the_query_and_dutch_labels(filled: Path) -> None:
    result = leernet("search", "IDEEËN", "--data", str(filled), "--lang", "nl")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 3
    assert "sessie 3 · feedback (begeleider)" in result.stdout


def test_giver_names_are_not_searched(filled: Path) -> None:
    # "Annelies" occurs in the text the giver said, so that entry is found by its text,
    # but "Peeters" only in the (private) name.
    result = leernet("search", "Peeters", "--data", str(filled))
    assert result.returncode == 0
    assert result.stdout == ""


def test_no_giver_name_is_printed_or_found(filled: Path) -> None:
    # The giver's first name is in the text they said: replaced by the role, like the
    # growth export does, and no longer findable.
    result = leernet("search", "Annelies", "--data", str(filled), "--lang", "nl")
    assert result.returncode == 0
    assert result.stdout == ""
    everything = leernet("search", "ideeen", "--data", str(filled), "--lang", "nl")
    assert "Annelies" not in everything.stdout and "Peeters" not in everything.stdout
    assert "[begeleider] zegt" in everything.stdout
    assert "1 privé-item komt ook overeen" in everything.stderr  # the count stays


def test_full_shows_names_and_private_entries(filled: Path) -> None:
    result = leernet("search", "ideeen", "--full", "--data", str(filled), "--lang", "en")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0] == (
        "2026-04-01\tHR-netwerk · session 2 · private\tPrivé: ideeën over mijn leidinggevende."
    )
    assert "feedback (facilitator, Annelies Peeters)\tSterke ideeen, Annelies zegt" in result.stdout
    assert "private" not in result.stderr  # nothing left out
    by_name = leernet("search", "Peeters", "--full", "--data", str(filled))
    assert "Annelies Peeters" in by_name.stdout


def test_network_filter_case_and_accent_free_and_partial(filled: Path) -> None:
    result = leernet("search", "ideeen", "--network", "veiligheid", "--data", str(filled))
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == 2
    assert all("Veiligheid op de vloer" in line for line in result.stdout.splitlines())
    exact = leernet("search", "ideeen", "--network", "hr-NETWERK", "--data", str(filled))
    assert exact.stdout.splitlines()[0].startswith("2026-03-01\tHR-netwerk")


def _one_sentence_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


def test_unknown_network_is_one_sentence(filled: Path) -> None:
    line = _one_sentence_error(
        leernet("search", "ideeen", "--network", "Bestaat niet", "--data", str(filled))
    )
    assert line.startswith("leernet: ")
    assert "Bestaat niet" in line
    assert "Veiligheid op de vloer" in line  # it lists what does exist


def test_ambiguous_network_is_one_sentence(filled: Path) -> None:
    line = _one_sentence_error(
        leernet("search", "x", "--network", "HR-", "--data", str(filled), "--lang", "en")
    )
    assert "HR-academie" in line and "HR-netwerk" in line


def test_no_hits_exit_zero_message_on_stderr(filled: Path) -> None:
    result = leernet("search", "zzzqqq", "--data", str(filled), "--lang", "en")
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr.strip() == "Nothing found for “zzzqqq”."


def test_missing_data_file_is_one_sentence_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nothing-here.json"
    line = _one_sentence_error(leernet("search", "x", "--data", str(missing)))
    assert str(missing) in line
    assert not missing.exists()


def test_search_command_never_loads_textual(filled: Path) -> None:
    code = (
        "import sys; from tui.cli import main; "
        f"rc = main(['search', 'ideeen', '--data', {str(filled)!r}]); "
        "sys.exit(10 + rc if 'textual' in sys.modules else rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "ideeën" in result.stdout.lower()


def test_empty_text_is_one_sentence(filled: Path) -> None:
    line = _one_sentence_error(leernet("search", "  ", "--data", str(filled), "--lang", "en"))
    assert "Give a word" in line
