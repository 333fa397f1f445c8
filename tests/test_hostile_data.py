"""Odd but possible data fails closed: deep nesting and unknown format versions are
refused at load in one sentence; any truthy `private` is private."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest

from store.datafile import MAX_DEPTH_BELOW_DOCUMENT, ORJSON_DEPTH
from store.db import Store
from store.errors import DataFileCorrupt, NewerSchemaError
from store.export import export_markdown
from store.models import Network, Session


def nested(levels: int) -> bytes:
    """A leernet file with an unknown table whose one document holds `levels` lists."""
    return (
        b'{"meta": {"1": {"schema_version": 2}}, "networks": {"1": {"name": "N"}}, '
        b'"attachments": {"1": {"deep": ' + b"[" * levels + b"]" * levels + b"}}}"
    )


@pytest.mark.parametrize("levels", [300, 1000, 1024, 5000])
def test_deep_nesting_is_refused_at_load(data_path: Path, levels: int) -> None:
    content = nested(levels)
    data_path.write_bytes(content)
    with pytest.raises(DataFileCorrupt) as refused:
        Store.open(data_path)
    assert refused.value.reason == "too_deep"
    assert refused.value.recoverable  # it is leernet's file: recovery may restore a backup
    sentence = str(refused.value)
    assert str(data_path) in sentence and "nested more than" in sentence
    assert "\n" not in sentence
    assert data_path.read_bytes() == content


def test_deep_nesting_is_refused_by_the_lenient_parser_too(data_path: Path) -> None:
    # NaN sends the file to Python's own parser (orjson refuses it): the same limit holds.
    content = nested(300).replace(b'"name": "N"', b'"name": "N", "score": NaN')
    data_path.write_bytes(content)
    with pytest.raises(DataFileCorrupt) as refused:
        Store.open(data_path)
    assert refused.value.reason == "too_deep"


def test_the_limit_is_64_levels_below_a_document(data_path: Path) -> None:
    data_path.write_bytes(nested(MAX_DEPTH_BELOW_DOCUMENT))
    with Store.open(data_path) as opened:  # at the limit: read and written back
        opened.save_network(Network(name="Nog een"))
    assert json.loads(data_path.read_bytes())["attachments"]["1"]["deep"]
    data_path.write_bytes(nested(MAX_DEPTH_BELOW_DOCUMENT + 1))
    with pytest.raises(DataFileCorrupt):
        Store.open(data_path)


def test_orjson_refuses_what_its_documentation_says() -> None:
    """The depth check pads the bytes up to orjson's documented limit: pin that limit."""
    orjson.loads(b"[" * ORJSON_DEPTH + b"]" * ORJSON_DEPTH)
    with pytest.raises(orjson.JSONDecodeError):
        orjson.loads(b"[" * (ORJSON_DEPTH + 1) + b"]" * (ORJSON_DEPTH + 1))


@pytest.mark.parametrize(
    "version",
    ['"3"', '"2"', "2.0", "3.0", str(10**30), "true", "false", "null", "0", "-1", "[2]"],
)
def test_a_version_that_is_not_a_known_number_is_refused(data_path: Path, version: str) -> None:
    content = (
        '{"meta": {"1": {"schema_version": ' + version + '}}, "sessions": {"1": {"topic": "x"}}}'
    ).encode()
    data_path.write_bytes(content)
    with pytest.raises(NewerSchemaError) as refused:
        Store.open(data_path)
    assert str(data_path) in str(refused.value)
    assert data_path.read_bytes() == content  # never read as version 1 and migrated
    assert not (data_path.parent / "backups").exists()


@pytest.mark.parametrize("value", ["true", "1", "yes", "ja", 1, 2, "on", [1], {"a": 1}])
def test_any_truthy_private_is_private(data_path: Path, value: object) -> None:
    with Store.open(data_path) as opened:
        network = opened.save_network(Network(name="Preventie"))
    data = json.loads(data_path.read_bytes())
    session = {"network_id": network.id, "date": "2026-11-20", "private": False}
    data["sessions"] = {
        "1": {**session, "topic": "Open onderwerp", "team_insights": ["Open inzicht"]},
        "2": {**session, "topic": "Geheim", "team_insights": ["Geheim inzicht"], "private": value},
    }
    data["feedback"] = {"1": {"said": "Geheime feedback", "private": value}}
    data_path.write_text(json.dumps(data), encoding="utf-8")
    with Store.open(data_path) as opened:
        assert opened.session(2).private
        assert opened.feedback_item(1).private
        team = export_markdown(opened, "team", lang="en").markdown
        growth = export_markdown(opened, "growth", lang="en").markdown
    assert "Geheim" not in team and "Geheim" not in growth
    assert "Open inzicht" in team


@pytest.mark.parametrize("value", [False, 0, "", "false", "no", "False", None])
def test_only_a_clear_no_is_not_private(value: object) -> None:
    assert not Session.from_doc({"topic": "x", "private": value}).private
    assert not Session.from_doc({"topic": "x"}).private
