"""The start snapshot: what the dashboard showed, so the next start paints it at once.

With 10,000 sessions, reading and parsing the data file and working out the dashboard
takes longer than starting Textual itself. The dashboard writes this small file beside the
data file (`leernet.start.json`) every time it works out its summary from the real data,
together with the data file's stamp (inode, size, modification time) and the day it was
made for. On the next start, when the stamp still matches the file and the day is today,
the app opens the store deferred, paints the dashboard from the snapshot, and loads the
data right after. Anything else (another day, a file changed by a restore, a hand edit or
a crash before the snapshot was rewritten, a damaged snapshot) simply means a normal start:
the snapshot is a shortcut, never a source of truth.

It holds the language, theme and welcome settings, the counts, the network names and the
sessions waiting for a reflection (id, network, date, number, topic): no reflections,
notes or feedback texts. Like everything beside the data file it is owner-only (0600).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import orjson

from store.atomic import atomic_write_bytes
from store.models import Network, Session, Settings, iso, parse_iso
from store.overview import NetworkProgress, Overview
from store.storage import FileStamp, file_stamp

FORMAT = 1


@dataclass(frozen=True)
class StartSnapshot:
    settings: Settings
    overview: Overview


def snapshot_path(data_path: Path) -> Path:
    return data_path.with_name(data_path.stem + ".start.json")


def read_snapshot(data_path: Path, today: date) -> StartSnapshot | None:
    """The snapshot if it describes the data file exactly as it is now, made today."""
    try:
        doc = orjson.loads(snapshot_path(data_path).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    stamp = file_stamp(data_path)
    try:
        if (
            doc["format"] != FORMAT
            or stamp is None
            or tuple(doc["stamp"]) != stamp
            or doc["today"] != today.isoformat()
        ):
            return None
        return StartSnapshot(Settings.from_doc(doc["settings"]), overview_from_doc(doc["overview"]))
    except (KeyError, TypeError, ValueError, AttributeError):
        return None  # written by another version, or edited: start the normal way


def snapshot_bytes(
    stamp: FileStamp | None, today: date, settings: Settings, overview: Overview
) -> bytes | None:
    """The snapshot of a file with `stamp` (None: no file on disk yet, nothing to match)."""
    if stamp is None:
        return None
    doc = {
        "format": FORMAT,
        "stamp": list(stamp),
        "today": today.isoformat(),
        # Only what the first screen needs: a half-done self-check (kept in the settings)
        # stays in the data file alone.
        "settings": {"lang": settings.lang, "theme": settings.theme, "welcomed": settings.welcomed},
        "overview": overview_to_doc(overview),
    }
    try:
        return orjson.dumps(doc)
    except (TypeError, orjson.JSONEncodeError):
        return None  # text orjson cannot hold (a lone surrogate): no snapshot this time


def write_snapshot(data_path: Path, payload: bytes) -> bool:
    """Replace the snapshot (atomically; no fsync: losing it only costs a slower start).
    Returns whether it was written; a disk that refuses is not an error worth showing."""
    try:
        atomic_write_bytes(snapshot_path(data_path), payload, durable=False)
    except OSError:
        return False
    return True


def overview_to_doc(overview: Overview) -> dict[str, Any]:
    return {
        "active": [
            {
                "network_id": progress.network.id,
                "network": progress.network.to_doc(),
                "held": progress.held,
                "planned": progress.planned,
                "next_date": iso(progress.next_date),
            }
            for progress in overview.active
        ],
        "networks": overview.networks,
        "network_names": [[key, name] for key, name in overview.network_names.items()],
        "unreflected": [
            {
                "id": s.id,
                "network_id": s.network_id,
                "date": iso(s.date),
                "number": s.number,
                "topic": s.topic,
            }
            for s in overview.unreflected
        ],
        "open_actions": overview.open_actions,
        "open_feedback": overview.open_feedback,
        "overdue_feedback": overview.overdue_feedback,
        "selfcheck_latest": overview.selfcheck_latest,
        "selfcheck_trend": overview.selfcheck_trend,
        "selfcheck_takes": overview.selfcheck_takes,
    }


def overview_from_doc(doc: dict[str, Any]) -> Overview:
    latest = doc["selfcheck_latest"]
    return Overview(
        active=[
            NetworkProgress(
                network=Network.from_doc(item["network"], int(item["network_id"])),
                held=int(item["held"]),
                planned=None if item["planned"] is None else int(item["planned"]),
                next_date=parse_iso(item["next_date"]),
            )
            for item in doc["active"]
        ],
        networks=int(doc["networks"]),
        network_names={int(key): str(name) for key, name in doc["network_names"]},
        unreflected=[Session.from_doc(item, int(item["id"])) for item in doc["unreflected"]],
        open_actions=int(doc["open_actions"]),
        open_feedback=int(doc["open_feedback"]),
        overdue_feedback=int(doc["overdue_feedback"]),
        selfcheck_latest=None if latest is None else float(latest),
        selfcheck_trend=[float(value) for value in doc["selfcheck_trend"]],
        selfcheck_takes=int(doc["selfcheck_takes"]),
    )
