"""Hostile and odd input: huge text, control characters, other scripts, odd files and paths.

Every case ends in a clear message or tolerant loading, never a traceback, never data
loss: what a file holds is either read (and kept on the next save) or the file is left
exactly as it was.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import orjson
import pytest
from cli_run import assert_one_sentence_error, leernet
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.db import Store
from store.errors import DataFileCorrupt, DataPathError
from store.models import ActionItem, Feedback, Network, Session

ROOT = Path(__file__).resolve().parents[1]

CONTROL = "".join(chr(c) for c in range(0x00, 0x20)) + "\x7f\x85\u200b\u2028\u2029\ufeff"
CONTROL_TEXT = f"begin{CONTROL}\x1b[31mrood\x1b[0m einde"
WORLD_TEXT = "مرحبا بالعالم · שלום עולם · 👩🏽‍🔧 🇧🇪 · ﷺ · e\u0301 · 𝔘𝔫𝔦𝔠𝔬𝔡𝔢"
CRLF_TEXT = "Eerste regel\r\nTweede regel\r\n\r\n- een punt\r\n"


def reopen(path: Path) -> Store:
    return Store.open(path)


def write_json(path: Path, data: object) -> bytes:
    raw = json.dumps(data, ensure_ascii=False).encode("utf-8")
    path.write_bytes(raw)
    return raw


# -- text --------------------------------------------------------------------------------


def test_one_megabyte_reflection(data_path: Path) -> None:
    big = ("Een lange reflectie over risicoanalyse. " * 26_000)[:1_000_000]
    with Store.open(data_path) as store:
        started = time.perf_counter()
        saved = store.save_session(Session(topic="Lang", learned=big, what_happened=big[:5000]))
        assert time.perf_counter() - started < 2
    with reopen(data_path) as store:
        assert store.session(saved.id).learned == big


@pytest.mark.parametrize("text", [CONTROL_TEXT, WORLD_TEXT, CRLF_TEXT])
def test_odd_text_round_trips_exactly(data_path: Path, text: str) -> None:
    with Store.open(data_path) as store:
        network = store.save_network(Network(name=text, goals=[text, "gewoon"]))
        session = store.save_session(
            Session(
                network_id=network.id,
                topic=text,
                learned=text,
                tags=[text],
                actions=[ActionItem(text=text)],
            )
        )
        item = store.save_feedback(Feedback(said=text, giver_name=text, plan=text))
    raw = data_path.read_bytes()
    raw.decode("utf-8")  # the file itself is clean UTF-8
    assert b"\x00" not in raw and b"\x1b" not in raw  # control characters are escaped
    with reopen(data_path) as store:
        assert store.network(network.id).name == text
        assert store.network(network.id).goals == [text, "gewoon"]
        again = store.session(session.id)
        assert (again.topic, again.learned, again.tags) == (text, text, [text])
        assert again.actions[0].text == text
        assert store.feedback_item(item.id).said == text


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=300))
def test_any_text_round_trips(tmp_path: Path, text: str) -> None:
    path = tmp_path / f"prop-{os.getpid()}-{time.perf_counter_ns()}.json"
    with Store.open(path) as store:
        saved = store.save_feedback(Feedback(said=text, reaction=text[::-1]))
    with reopen(path) as store:
        again = store.feedback_item(saved.id)
        assert (again.said, again.reaction) == (text, text[::-1])


async def test_the_app_shows_odd_text_without_breaking(store: Store, make_app) -> None:
    """Control characters, escape sequences, RTL text and a long note in the feedback log.

    (100 kB here: the log's detail pane lays out the whole text, so 1 MB takes several
    seconds to show; the store itself handles 1 MB above.)"""
    store.save_feedback(Feedback(said=CONTROL_TEXT, giver_name=WORLD_TEXT))
    store.save_feedback(Feedback(said="x" * 100_000, plan=CRLF_TEXT))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("down", "up")
        await pilot.pause()
        assert app.is_running
        assert app.return_code is None
    assert sorted(len(f.said) for f in store.feedback()) == [len(CONTROL_TEXT), 100_000]


def test_windows_line_endings_in_the_file_itself(data_path: Path) -> None:
    content = {"meta": {"1": {"schema_version": 2}}, "feedback": {"1": {"said": "Hallo"}}}
    data_path.write_bytes(json.dumps(content, indent=2).replace("\n", "\r\n").encode())
    with reopen(data_path) as store:
        assert store.feedback_item(1).said == "Hallo"


def test_file_saved_with_a_byte_order_mark(data_path: Path) -> None:
    content = {"meta": {"1": {"schema_version": 2}}, "networks": {"1": {"name": "Met BOM"}}}
    data_path.write_bytes(b"\xef\xbb\xbf" + json.dumps(content).encode())
    with reopen(data_path) as store:
        assert store.network(1).name == "Met BOM"


# -- odd content of a data file ------------------------------------------------------


def test_wrong_types_in_one_document_load_tolerantly(data_path: Path) -> None:
    write_json(
        data_path,
        {
            "meta": {"1": {"schema_version": 2}},
            "networks": {
                "1": {"name": "Goed", "goals": ["a", "b"]},
                "2": {"name": 42, "goals": "Eén doel", "planned_sessions": "zes", "status": 7},
            },
            "sessions": {
                "1": {"topic": "Sessie", "actions": "Probeer dit", "tags": "losse tag"},
                "2": {"topic": ["geen", "tekst"], "actions": [5, None, {"text": 3}], "date": 20},
            },
        },
    )
    with reopen(data_path) as store:
        good, odd = sorted(store.networks(), key=lambda n: n.id)
        assert good.goals == ["a", "b"]
        assert odd.goals == ["Eén doel"]  # a string where a list belongs: kept as one item
        assert (odd.name, odd.planned_sessions, odd.status) == ("", None, "active")
        first = store.session(1)
        assert [a.text for a in first.actions] == ["Probeer dit"]
        assert first.tags == ["losse tag"]
        second = store.session(2)
        assert second.topic == "" and second.date is None
        # Saving the good network leaves the odd one as it was on disk.
        good.name = "Nog steeds goed"
        store.save_network(good)
    on_disk = json.loads(data_path.read_text(encoding="utf-8"))
    assert on_disk["networks"]["2"]["goals"] == "Eén doel"
    assert on_disk["networks"]["2"]["planned_sessions"] == "zes"


def test_unknown_fields_and_tables_are_kept_on_save(data_path: Path) -> None:
    write_json(
        data_path,
        {
            "meta": {"1": {"schema_version": 2, "written_by": "leernet 9"}},
            "settings": {"1": {"lang": "nl", "font": "groot"}},
            "sessions": {
                "1": {
                    "topic": "Oud",
                    "mood_color": "groen",
                    "actions": [{"text": "Doe X", "key": "k1", "priority": "hoog"}],
                }
            },
            "attachments": {"1": {"file": "foto.jpg"}},
        },
    )
    with reopen(data_path) as store:
        session = store.session(1)
        session.topic = "Nieuw"
        store.save_session(session)
        store.update_settings(person="Sam")
    on_disk = json.loads(data_path.read_text(encoding="utf-8"))
    doc = on_disk["sessions"]["1"]
    assert (doc["topic"], doc["mood_color"]) == ("Nieuw", "groen")
    assert doc["actions"][0]["priority"] == "hoog"
    assert on_disk["settings"]["1"]["font"] == "groot"
    assert on_disk["attachments"] == {"1": {"file": "foto.jpg"}}


def test_missing_tables_are_simply_empty(data_path: Path) -> None:
    write_json(data_path, {"meta": {"1": {"schema_version": 2}}, "networks": {"1": {"name": "N"}}})
    with reopen(data_path) as store:
        assert store.sessions() == [] and store.feedback() == [] and store.selfchecks() == []
        store.save_feedback(Feedback(said="eerste"))
        assert store.network(1).name == "N"
    on_disk = json.loads(data_path.read_text(encoding="utf-8"))
    assert on_disk["networks"]["1"]["name"] == "N"


def test_odd_numbers_and_escapes_from_other_tools_load(data_path: Path) -> None:
    data_path.write_bytes(
        b'{"meta": {"1": {"schema_version": 2}}, "sessions": {"1": '
        b'{"topic": "a\\ud800b", "minutes": NaN, "number": 123456789012345678901234567890}}}'
    )
    with reopen(data_path) as store:
        session = store.session(1)
        assert session.topic == "a\ufffdb"
        assert session.minutes is None and session.number is None
        store.save_session(session)
        store.save_feedback(Feedback(said="daarna"))
    on_disk = orjson.loads(data_path.read_bytes())  # what we wrote back is strict JSON
    assert on_disk["sessions"]["1"]["topic"] == "a\ufffdb"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"networks": {"1": {"name": "caf\xe9"}}}', "encoding"),  # Latin-1, not UTF-8
        (b'{"networks": {"1": {"name": "\xff\xfe\xfd"}}}', "encoding"),
        (b'{"networks": {"1": {"name": "half', "invalid_json"),
        (b"[" * 5000 + b"]" * 5000, "foreign"),  # nested beyond any parser's depth, not ours
        (b'{"sessions": "text"}', "structure"),
        (b'{"sessions": {"1": ["a", "list"]}}', "structure"),
        (b'{"sessions": {"first": {}}}', "structure"),
        (b'"just a string"', "foreign"),  # JSON, but not leernet's: never touched
        (b"null", "foreign"),
        (b'{"name": "leernet", "version": "1.0"}', "foreign"),  # someone's package.json
    ],
)
def test_unreadable_files_are_refused_and_left_untouched(
    data_path: Path, content: bytes, reason: str
) -> None:
    data_path.write_bytes(content)
    with pytest.raises(DataFileCorrupt) as problem:
        Store.open(data_path)
    assert problem.value.reason == reason
    assert str(data_path) in str(problem.value)
    assert data_path.read_bytes() == content
    assert not (data_path.parent / "backups").exists()


def test_empty_and_blank_files_start_fresh_when_there_is_no_backup(data_path: Path) -> None:
    for blank in (b"", b"  \n\r\n\t"):
        data_path.write_bytes(blank)
        with reopen(data_path) as store:
            assert store.networks() == []
        assert json.loads(data_path.read_text(encoding="utf-8"))["meta"]


# -- odd data paths -------------------------------------------------------------------


def test_data_path_that_is_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "leernet.json"
    folder.mkdir()
    with pytest.raises(DataPathError) as problem:
        Store.open(folder)
    assert "is a folder" in str(problem.value)
    assert list(folder.iterdir()) == []


def test_data_path_that_is_a_symlink_to_a_folder(tmp_path: Path) -> None:
    (tmp_path / "real-folder").mkdir()
    link = tmp_path / "leernet.json"
    link.symlink_to(tmp_path / "real-folder")
    with pytest.raises(DataPathError) as problem:
        Store.open(link)
    assert "is a folder" in str(problem.value)
    assert link.is_symlink()


def test_symlinked_data_file_is_written_through_the_link(tmp_path: Path) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    real = synced / "leernet.json"
    link = tmp_path / "leernet.json"
    link.symlink_to(real)  # dangling until the first write
    with Store.open(link) as store:
        store.save_network(Network(name="Via de link"))
    assert link.is_symlink()  # the link stays a link
    assert json.loads(real.read_text(encoding="utf-8"))["networks"]["1"]["name"] == "Via de link"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_cli_missing_folder_is_one_sentence() -> None:
    line = assert_one_sentence_error(leernet("--data", "/nonexistent/dir/x.json"))
    assert "/nonexistent/dir" in line and "does not exist" in line


def test_cli_folder_and_symlink_to_folder_are_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    link = tmp_path / "link.json"
    link.symlink_to(folder)
    for path in (folder, link):
        line = assert_one_sentence_error(leernet("--data", str(path), "search", "x"))
        assert "is a folder" in line


def test_cli_invalid_utf8_file_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "leernet.json"
    path.write_bytes(b'{"networks": {"1": {"name": "caf\xe9"}}}')
    line = assert_one_sentence_error(leernet("--data", str(path), "search", "x"))
    assert "not UTF-8" in line
    assert path.read_bytes() == b'{"networks": {"1": {"name": "caf\xe9"}}}'


def test_a_hand_edit_while_the_app_runs_is_kept_aside(data_path: Path) -> None:
    with Store.open(data_path) as store:
        store.save_network(Network(name="In de app"))
        edited = data_path.read_text(encoding="utf-8").replace("In de app", "Met de hand")
        time.sleep(0.01)
        data_path.write_text(edited, encoding="utf-8")  # an editor writes in place
        store.save_feedback(Feedback(said="daarna in de app"))
        [kept] = [p for p in data_path.parent.iterdir() if ".changed-" in p.name]
        assert kept.read_text(encoding="utf-8") == edited
        assert store._storage.kept_aside == [kept]  # noqa: SLF001
        store.save_feedback(Feedback(said="nog eens"))  # our own writes are not "changes"
        assert len([p for p in data_path.parent.iterdir() if ".changed-" in p.name]) == 1
    with reopen(data_path) as store:
        assert store.network(1).name == "In de app"
        assert len(store.feedback()) == 2


def test_garbage_written_over_the_file_while_the_app_runs_is_kept(data_path: Path) -> None:
    with Store.open(data_path) as store:
        store.save_network(Network(name="Goed"))
        data_path.write_bytes(b"\x00\x01 garbage from a broken sync tool")
        store.save_network(Network(name="Ook goed"))
    [kept] = [p for p in data_path.parent.iterdir() if ".changed-" in p.name]
    assert kept.read_bytes() == b"\x00\x01 garbage from a broken sync tool"
    with reopen(data_path) as store:
        assert sorted(n.name for n in store.networks()) == ["Goed", "Ook goed"]


def test_odd_characters_in_the_data_file_name(tmp_path: Path) -> None:
    from store.backups import list_backups, today
    from store.recovery import latest_good_backup

    path = tmp_path / "mijn [werk] * 😀.json"
    with Store.open(path) as store:
        store.save_feedback(Feedback(said="een"))
        store.save_feedback(Feedback(said="twee"))  # the day's copy
    (tmp_path / ".mijn [werk] * 😀.json.abc.tmp").write_bytes(b"{")
    (tmp_path / ".other.json.abc.tmp").write_bytes(b"{")  # not ours: left alone
    with Store.open(path) as store:
        assert len(store.feedback()) == 2
    leftovers = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp"))
    assert leftovers == [".other.json.abc.tmp"]
    daily = [b.name for b in list_backups(path) if b.kind == "daily"]
    assert daily == [f"mijn [werk] * 😀-{today().isoformat()}.json"]
    assert latest_good_backup(path) is not None


async def test_the_app_says_where_a_version_written_meanwhile_is_kept(
    store: Store, data_path: Path, make_app
) -> None:
    store.save_network(Network(name="Eerst"))
    app = make_app("en")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        data_path.write_bytes(data_path.read_bytes().replace(b"Eerst", b"Anders"))
        store.save_feedback(Feedback(said="na de wijziging"))  # as a screen would
        await pilot.pause()
        [kept] = store.kept_aside
        messages = [n.message for n in app._notifications]
        assert (
            f"The data file was changed outside leernet; that version is kept as {kept.name}."
            in messages
        )
        store.save_feedback(Feedback(said="nog een"))
        await pilot.pause()
        assert len([n for n in app._notifications if "changed outside" in n.message]) == 1
