"""The demo data set, `leernet --demo`, and the first-start welcome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Button, Static

from screens.welcome import WelcomeScreen
from store.db import Store
from store.demo_data import build_demo, copy_demo, packaged_demo_file
from store.models import (
    ACTION_STATUSES,
    FEEDBACK_ROLES,
    FEEDBACK_STATUSES,
    NETWORK_KINDS,
    SELFCHECK_MOMENTS,
    Network,
)
from store.schema import SCHEMA_VERSION, TABLES
from store.selfcheck import STATEMENTS
from tui import cli

# -- the demo file ---------------------------------------------------------------------


def test_demo_file_is_shipped_with_current_schema_and_every_table_filled() -> None:
    raw = json.loads(packaged_demo_file().read_text(encoding="utf-8"))
    assert set(raw) == set(TABLES)
    for table in TABLES:
        assert raw[table], f"table {table} is empty"
        assert all(doc_id.isdigit() for doc_id in raw[table])  # TinyDB layout
    assert list(raw["meta"].values()) == [{"schema_version": SCHEMA_VERSION}]


def test_demo_file_opens_with_the_store(tmp_path: Path) -> None:
    path = copy_demo(tmp_path)
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        counts = store.counts()
        assert all(counts[table] > 0 for table in TABLES), counts
        assert store.settings().person
        assert store.settings().welcomed


def test_demo_file_is_what_the_builder_writes(tmp_path: Path) -> None:
    """The committed JSON is regenerated, not hand-edited: rebuild it and compare."""
    rebuilt = tmp_path / "rebuilt.json"
    build_demo(rebuilt)
    assert json.loads(rebuilt.read_text(encoding="utf-8")) == json.loads(
        packaged_demo_file().read_text(encoding="utf-8")
    )


@pytest.fixture
def demo_store(tmp_path: Path):
    with Store.open(copy_demo(tmp_path)) as store:
        yield store


def test_demo_covers_every_kind_status_and_role(demo_store: Store) -> None:
    networks = demo_store.networks()
    assert {n.kind for n in networks} == set(NETWORK_KINDS)
    assert {n.status for n in networks} == {"active", "closed"}
    sessions = demo_store.sessions()
    assert 6 <= len(sessions) <= 8
    assert all(s.has_reflection() for s in sessions)
    assert all(getattr(s, name).strip() for s in sessions for name in s.REFLECTION_FIELDS)
    assert sum(s.private for s in sessions) == 1
    assert {a.status for s in sessions for a in s.actions} == set(ACTION_STATUSES)
    feedback = demo_store.feedback()
    assert {f.status for f in feedback} == set(FEEDBACK_STATUSES)
    assert {f.giver_role for f in feedback} == set(FEEDBACK_ROLES)
    assert all(f.giver_name for f in feedback)
    assert any(f.private for f in feedback) and not all(f.private for f in feedback)


def test_demo_links_point_at_existing_records(demo_store: Store) -> None:
    network_ids = {n.id for n in demo_store.networks()}
    session_ids = {s.id for s in demo_store.sessions()}
    assert all(s.network_id in network_ids for s in demo_store.sessions())
    for item in demo_store.feedback():
        assert item.network_id is None or item.network_id in network_ids
        assert item.session_id is None or item.session_id in session_ids
    for take in demo_store.selfchecks():
        assert take.network_id in network_ids


def test_demo_selfchecks_show_growth_before_during_after(demo_store: Store) -> None:
    takes = sorted(demo_store.selfchecks(), key=lambda take: take.date)
    assert [take.moment for take in takes] == list(SELFCHECK_MOMENTS)
    keys = {statement.key for statement in STATEMENTS}
    averages = []
    for take in takes:
        assert set(take.scores) == keys  # complete takes, current statement keys
        assert set(take.notes) <= keys
        averages.append(sum(take.scores.values()) / len(take.scores))
    assert averages == sorted(averages) and averages[0] < averages[-1]


def test_demo_reflections_name_nobody_from_the_feedback(demo_store: Store) -> None:
    """Reflections reach the team export: the people behind the feedback stay unnamed."""
    names = {part for f in demo_store.feedback() for part in f.giver_name.split()}
    for session in demo_store.sessions():
        text = " ".join(
            [getattr(session, name) for name in session.REFLECTION_FIELDS]
            + session.team_insights
            + [session.follow_up, session.evaluation_comment]
        )
        assert not [name for name in names if name in text], session.topic


# -- leernet --demo --------------------------------------------------------------------


def test_demo_flag_never_touches_the_users_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    own = tmp_path / "mine" / "leernet.json"
    own.parent.mkdir()
    with Store.open(own) as store:
        store.save_network(Network(name="Mijn eigen netwerk"))
    before = own.read_bytes()
    monkeypatch.setenv("LEERNET_DATA", str(own))
    seen: dict[str, object] = {}

    from tui.app import LeernetApp

    def fake_run(app: LeernetApp) -> None:
        # Instead of a terminal: check where the app is, and write there like a user would.
        seen["path"] = app.store.path
        seen["demo"] = app.demo
        seen["names"] = [n.name for n in app.store.networks()]
        app.store.save_network(Network(name="Typed during the demo"))

    monkeypatch.setattr(LeernetApp, "run", fake_run)
    other = tmp_path / "other.json"
    assert cli.main(["--demo"]) == 0
    assert cli.main(["--demo", "--data", str(other)]) == 0

    demo_path = seen["path"]
    assert isinstance(demo_path, Path)
    assert seen["demo"] is True
    assert "Ploegleiders textiel (Cobot)" in seen["names"]  # type: ignore[operator]
    assert own.parent not in demo_path.parents
    assert own.read_bytes() == before
    assert not other.exists()
    assert not demo_path.parent.exists()  # the throw-away copy is gone afterwards
    assert b"Typed during the demo" not in packaged_demo_file().read_bytes()


# -- first start ----------------------------------------------------------------------


async def test_first_start_welcomes_then_shows_first_steps(store: Store) -> None:
    from tui.app import LeernetApp

    app = LeernetApp(store=store, lang="en", welcome=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, WelcomeScreen)
        text = " ".join(str(w.render()) for w in app.screen.query(Static))
        assert "learning network" in text
        await pilot.click("#welcome-lang-nl")
        await pilot.pause()
        assert app.lang == "nl"
        assert app.screen.query_one("#welcome-start", Button).label.plain == "Aan de slag"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, WelcomeScreen)
        body = str(app.screen.query_one("#dashboard-content", Static).render())
        assert "zelftest" in body and "netwerk" in body
    assert store.settings().welcomed
    assert store.settings().lang == "nl"

    again = LeernetApp(store=store, lang="nl", welcome=True)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not isinstance(again.screen, WelcomeScreen)


async def test_welcome_is_not_shown_over_existing_data(store: Store) -> None:
    from tui.app import LeernetApp

    store.save_network(Network(name="Al bezig"))
    app = LeernetApp(store=store, lang="en", welcome=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.current_mode == "dashboard"
        assert not isinstance(app.screen, WelcomeScreen)


async def test_welcome_fits_80x24_in_both_languages(store: Store) -> None:
    from tui.app import LeernetApp

    for lang in ("nl", "en"):
        app = LeernetApp(store=store, lang=lang, welcome=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            dialog = app.screen.query_one("#welcome-dialog")
            start = app.screen.query_one("#welcome-start")
            assert dialog.region.bottom <= 24 and dialog.region.right <= 80
            assert start.region.height > 0 and start.region.bottom <= dialog.region.bottom


# -- theme ----------------------------------------------------------------------------


async def test_theme_choice_is_remembered_and_restored(store: Store, make_app) -> None:
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "gruvbox" in app.available_themes
        app.theme = "gruvbox"
        await pilot.pause()
    assert store.settings().theme == "gruvbox"

    reopened = make_app("en")
    async with reopened.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert reopened.theme == "gruvbox"


def test_demo_copy_is_owner_only_and_separate_from_the_package(tmp_path: Path) -> None:
    path = copy_demo(tmp_path)
    assert not path.is_symlink()
    assert path.stat().st_mode & 0o777 == 0o600
    path.write_text("{}", encoding="utf-8")
    assert packaged_demo_file().read_text(encoding="utf-8") != "{}"


# -- docs/data-format.md -----------------------------------------------------------------


def test_data_format_documents_every_field() -> None:
    from store.models import ActionItem, Feedback, SelfCheckTake, Session, Settings

    text = (Path(__file__).resolve().parents[1] / "docs" / "data-format.md").read_text(
        encoding="utf-8"
    )
    documents = [
        Network().to_doc(),
        Session().to_doc(),
        ActionItem().to_doc(),
        Feedback().to_doc(),
        SelfCheckTake().to_doc(),
        Settings().to_doc(),
        {"schema_version": SCHEMA_VERSION},
    ]
    missing = [key for doc in documents for key in doc if f"| `{key}` |" not in text]
    assert missing == []
    assert all(f"## `{table}`" in text for table in TABLES)
    assert all(f"`{statement.key}`" in text for statement in STATEMENTS)
    assert f'"schema_version": {SCHEMA_VERSION}' in text


async def test_welcome_keys_language_and_quit(store: Store) -> None:
    from tui.app import LeernetApp

    app = LeernetApp(store=store, lang="en", welcome=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("l")
        await pilot.pause()
        assert app.lang == "nl"
        assert isinstance(app.screen, WelcomeScreen)
        assert "lerend netwerk" in str(app.screen.query_one("#welcome-what", Static).render())
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    assert not store.settings().welcomed  # quitting is not "I have seen it"


# -- help -----------------------------------------------------------------------------


def test_every_screen_has_a_how_to_in_both_languages() -> None:
    import importlib
    import inspect
    import pkgutil

    import screens
    from screens.base import LeernetModal, LeernetScreen
    from tui.i18n import STRINGS

    lacking = []
    for info in pkgutil.iter_modules(screens.__path__):
        module = importlib.import_module(f"screens.{info.name}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, LeernetScreen):
                continue
            if cls is LeernetScreen:
                continue
            if cls.HELP_KEY not in STRINGS:
                lacking.append(cls.__name__)
    assert lacking == []
    assert WelcomeScreen.HELP_KEY in STRINGS and issubclass(WelcomeScreen, LeernetModal)


# -- README ---------------------------------------------------------------------------


def _readme_samples() -> list[str]:
    text = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    return text.split("```markdown\n")[1:]


@pytest.mark.parametrize(
    ("index", "argv"),
    [
        (0, ["--demo", "export", "--for", "team", "--network", "Cobot", "--lang", "en"]),
        (1, ["--demo", "export", "--for", "growth", "--lang", "en"]),
    ],
)
def test_readme_export_samples_are_what_the_demo_exports(
    index: int, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Every line of the README's samples (excerpts marked with …) is in the real export."""
    sample = _readme_samples()[index].split("```")[0]
    assert cli.main(argv) == 0
    exported = capsys.readouterr().out.splitlines()
    for line in sample.splitlines():
        if not line.strip() or "made on" in line:  # the day of export changes
            continue
        if "…" in line:
            assert any(line.split("…")[0].rstrip() in real for real in exported), line
        else:
            assert line in exported, line


async def test_welcome_lines_do_not_wrap_at_80_columns(store: Store) -> None:
    from tui.app import LeernetApp

    for lang in ("nl", "en"):
        app = LeernetApp(store=store, lang=lang, welcome=True)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            what = app.screen.query_one("#welcome-what", Static)
            assert what.region.height == 3, lang  # the three lines, none wrapped
            assert app.screen.query_one("#welcome-demo", Static).region.height == 1, lang


def test_demo_without_its_data_file_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import store.demo_data

    monkeypatch.setattr(store.demo_data, "packaged_demo_file", lambda: tmp_path / "gone.json")
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert cli.main(["--demo"]) == cli.EXIT_USER_ERROR
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("leernet: The demo data cannot be copied")
    assert not list(tmp_path.glob("leernet-demo-*"))  # no empty folder left behind


def test_demo_export_on_the_command_line_leaves_own_data_alone(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    own = tmp_path / "leernet.json"
    with Store.open(own) as store:
        store.save_network(Network(name="Mijn eigen netwerk"))
    before = own.read_bytes()
    env = {**os.environ, "LEERNET_DATA": str(own), "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "tui.cli", "--demo", "export", "--for", "team", "--lang", "nl"],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Ploegleiders textiel (Cobot)" in result.stdout
    assert "Mijn eigen netwerk" not in result.stdout
    assert "Nathalie" not in result.stdout  # a feedback giver: never in the team export
    assert own.read_bytes() == before
    assert not list(tmp_path.glob("leernet-demo-*"))  # the copy is cleaned up
