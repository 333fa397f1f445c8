"""`Store`: the one door to the data file. Returns dataclasses, never TinyDB's dicts.

TinyDB shares document objects with its query cache (tinydb#516), so everything that
leaves this module is a freshly built dataclass; everything that enters is serialised
with `to_doc()`. One Store per file per process: the file is locked while open.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from tinydb import TinyDB
from tinydb.table import Table

from store.backups import DailyBackup, write_migration_backup
from store.datafile import refuse_if_foreign
from store.errors import DataFileCorrupt, DataPathError, WriteFailed
from store.lock import DataFileLock
from store.models import Feedback, Network, Record, SelfCheckTake, Session, Settings, _int
from store.record_cache import RecordCache
from store.schema import SCHEMA_VERSION, TABLES, check_version, migrate
from store.session_facts import FactsCache, SessionFacts
from store.storage import AtomicJSONStorage, FileStamp

R = TypeVar("R", bound=Record)


def check_data_path(path: Path, *, writable: bool = True) -> None:
    """Refuse paths that can never hold a data file, with one sentence."""
    if path.is_dir():
        raise DataPathError(
            f"{path} is a folder; give the path of a file, e.g. {path / 'leernet.json'}.", path
        )
    parent = path.parent
    if not parent.exists():
        raise DataPathError(f"The folder {parent} does not exist.", path)
    if not parent.is_dir():
        raise DataPathError(f"{parent} is not a folder.", path)
    if writable and not os.access(parent, os.W_OK | os.X_OK):
        raise DataPathError(f"The folder {parent} is not writable.", path)


class Store:
    """Open with `Store.open(path)`; close with `close()` (or use it as a context manager)."""

    # Keep converted records between reads (the app reads the same tables again and
    # again). The one-shot command line turns this off: it reads each table once.
    keep_records = True

    def __init__(
        self,
        path: Path,
        *,
        create_parent: bool = False,
        read_only: bool = False,
        deferred: bool = False,
        early_settings: Settings | None = None,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if create_parent and not read_only:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        check_data_path(self.path, writable=not read_only)
        # A reader takes no lock: writes replace the file atomically, so it always reads
        # one whole version, even while the app has the file open (export, search).
        self._lock = DataFileLock(self.path)
        if not read_only:
            refuse_if_foreign(self.path)  # before the lock file goes beside it
            self._lock.acquire()
        try:
            self._storage = AtomicJSONStorage(
                self.path,
                before_write=None if read_only else DailyBackup(self.path),
                read_only=read_only,
                deferred=deferred,
                after_load=self._prepare if deferred else None,
            )
            self._records = RecordCache(keep=self.keep_records)  # handed out as copies
            self._facts = FactsCache()
            self._db = TinyDB(storage=lambda: self._storage)  # type: ignore[arg-type,return-value]
            if not deferred:
                self._prepare()
        except BaseException:
            self._lock.release()
            raise
        # Until a deferred file is loaded, settings() answers from the start snapshot.
        self._early_settings = early_settings if deferred else None
        self._listeners: list[Callable[[str], None]] = []

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create_parent: bool = False,
        read_only: bool = False,
        deferred: bool = False,
        early_settings: Settings | None = None,
    ) -> Store:
        """Open (and lock) the data file. `deferred=True` leaves reading it for later: the
        first call that needs the data loads it, or `load()` does, e.g. on a worker thread
        right after the first screen is painted."""
        return cls(
            Path(path),
            create_parent=create_parent,
            read_only=read_only,
            deferred=deferred,
            early_settings=early_settings,
        )

    @property
    def loaded(self) -> bool:
        return self._storage.loaded

    def load(self) -> None:
        """Read the data file now if that was deferred (safe from any thread; a second
        caller waits for the first). Raises DataFileCorrupt."""
        self._storage.load()

    @property
    def file_stamp(self) -> FileStamp | None:
        """The data file as last read or written: what a start snapshot is checked against."""
        return self._storage.stamp

    def _prepare(self) -> None:
        data = self._storage.read()
        version = check_version(data, self.path)  # a newer file is refused, never rewritten
        if data and version == SCHEMA_VERSION and data.get("meta"):
            return
        if self.read_only:
            if data and version < SCHEMA_VERSION:
                migrate(data, version)  # in memory only: a reader never writes
            return
        if data and version < SCHEMA_VERSION:
            # The exact old bytes go to backups/ first; no backup, no migration.
            write_migration_backup(self.path, self._storage.last_good_bytes, version)
            migrate(data, version)
        # One atomic write: migrated content and its new version stamp land together.
        stamped = dict(data or {})
        stamped["meta"] = {"1": {"schema_version": SCHEMA_VERSION}}
        self._storage.write(stamped)

    # -- lifecycle -------------------------------------------------------------------

    def close(self) -> None:
        self._db.close()
        self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def on_change(self, listener: Callable[[str], None]) -> None:
        """Call `listener(table_name)` after every successful write."""
        self._listeners.append(listener)

    @property
    def kept_aside(self) -> list[Path]:
        """Versions of the file someone else wrote while it was open, kept as
        `<name>.changed-<date-time>` before leernet saved over them (oldest first)."""
        return list(self._storage.kept_aside)

    @property
    def backup_problem(self) -> str:
        """Why today's backup could not be written ("" when fine); saving goes on."""
        hook = self._storage.before_write
        error = getattr(hook, "last_error", None)
        return (error.strerror or str(error)) if error else ""

    @property
    def schema_version(self) -> int:
        docs = self._db.table("meta").all()
        return docs[0].get("schema_version", SCHEMA_VERSION) if docs else SCHEMA_VERSION

    # -- generic record access -----------------------------------------------------

    @contextmanager
    def _writing(self, table: str) -> Iterator[None]:
        try:
            yield
        except WriteFailed:
            # Memory was reloaded from disk by the storage: drop TinyDB's caches too.
            self._db.clear_cache()
            self._records.clear()
            for name in TABLES:
                self._db.table(name)._next_id = None  # noqa: SLF001 - TinyDB has no API
            raise
        for listener in list(self._listeners):
            listener(table)

    def _all(self, cls: type[R], where: Callable[[R], bool] | None = None) -> list[R]:
        raw = self._db.table(cls.table)._read_table()  # noqa: SLF001 - skip Document copies
        return self._records.records(cls, raw, where)

    def _get(self, cls: type[R], doc_id: int) -> R | None:
        raw = self._db.table(cls.table)._read_table()  # noqa: SLF001 - skip Document copies
        doc = raw.get(str(doc_id))
        if not isinstance(doc, dict):
            return None
        return self._records.record(cls, doc_id, doc)

    def _save(self, record: R) -> R:
        table = self._db.table(record.table)
        doc = record.to_doc()  # type: ignore[attr-defined]
        with self._writing(record.table):
            if record.id is not None and table.contains(doc_id=record.id):
                # One write that puts a *new* dict in the table. Documents are never
                # changed in place: the record cache (store/record_cache.py) relies on
                # "same object, same content". TinyDB's update() can only change in place.
                self._replace_doc(table, record.id, doc)
            else:
                record.id = table.insert(doc)
        return self._get(type(record), record.id)  # type: ignore[return-value]

    def _replace_doc(self, table: Table, doc_id: int, doc: dict[str, Any]) -> None:
        """Put `doc` in place of document `doc_id`, in a new table dict, and write.

        What TinyDB's `_update_table` does, without turning all 10,000 ids into ints and
        back (two dict comprehensions per save): a plain copy of the table dict.
        """
        tables = self._storage.read()
        if tables is None:  # pragma: no cover - a record with an id implies a file
            tables = {}
        docs = dict(tables.get(table.name, {}))
        docs[str(doc_id)] = doc
        tables[table.name] = docs
        self._storage.write(tables)
        table.clear_cache()

    def _delete(self, cls: type[Record], doc_id: int) -> None:
        table = self._db.table(cls.table)
        if table.contains(doc_id=doc_id):
            with self._writing(cls.table):
                table.remove(doc_ids=[doc_id])

    # -- networks --------------------------------------------------------------------

    def networks(self) -> list[Network]:
        return self._all(Network)

    def network(self, network_id: int) -> Network | None:
        return self._get(Network, network_id)

    def save_network(self, network: Network) -> Network:
        return self._save(network)

    def delete_network(self, network_id: int) -> None:
        self._delete(Network, network_id)

    # -- sessions --------------------------------------------------------------------

    def sessions(
        self, network_id: int | None = None, *, where: Callable[[Session], bool] | None = None
    ) -> list[Session]:
        """Sessions (of one network), optionally only those for which `where` holds.

        Filters are applied before copying, so asking for a few of 10,000 sessions is
        cheap. `where` must only look at the session it is given, never change it.
        """
        if network_id is None:
            return self._all(Session, where)
        # One network's sessions: picked from the documents first (with the same reading
        # of `network_id` as Session.from_doc), so only those are converted.
        raw = self._db.table(Session.table)._read_table()  # noqa: SLF001
        out = []
        for doc_id, doc in raw.items():
            if isinstance(doc, dict) and _int(doc.get("network_id")) == network_id:
                session = self._records.record(Session, int(doc_id), doc)
                if where is None or where(session):
                    out.append(session)
        return out

    def session_facts(self) -> tuple[SessionFacts, ...]:
        """For summaries over all sessions (store/session_facts.py): id, network, date,
        reflected or not, open actions; read from the documents without converting them."""
        raw = self._db.table(Session.table)._read_table()  # noqa: SLF001
        return self._facts.facts(raw)

    def session_total(self, count: Callable[[Session], int]) -> int:
        """The sum of `count(session)` over all sessions, without copying them (e.g. open
        actions). `count` must only look at the session it is given, never change it."""
        raw = self._db.table(Session.table)._read_table()  # noqa: SLF001
        return self._records.total(Session, raw, count)

    def session(self, session_id: int) -> Session | None:
        return self._get(Session, session_id)

    def save_session(self, session: Session) -> Session:
        return self._save(session)

    def delete_session(self, session_id: int) -> None:
        self._delete(Session, session_id)

    # -- feedback --------------------------------------------------------------------

    def feedback(self) -> list[Feedback]:
        return self._all(Feedback)

    def feedback_item(self, feedback_id: int) -> Feedback | None:
        return self._get(Feedback, feedback_id)

    def save_feedback(self, item: Feedback) -> Feedback:
        return self._save(item)

    def delete_feedback(self, feedback_id: int) -> None:
        self._delete(Feedback, feedback_id)

    # -- self-check takes ------------------------------------------------------------

    def selfchecks(self) -> list[SelfCheckTake]:
        return self._all(SelfCheckTake)

    def selfcheck(self, take_id: int) -> SelfCheckTake | None:
        return self._get(SelfCheckTake, take_id)

    def save_selfcheck(self, take: SelfCheckTake) -> SelfCheckTake:
        return self._save(take)

    def delete_selfcheck(self, take_id: int) -> None:
        self._delete(SelfCheckTake, take_id)

    # -- settings --------------------------------------------------------------------

    def start_settings(self) -> Settings:
        """The settings the first screen needs (language, theme, welcomed): while a deferred
        file is not read yet, those the start snapshot kept; otherwise `settings()`."""
        if self._early_settings is not None and not self.loaded:
            return Settings.from_doc(self._early_settings.to_doc())  # a copy, as always
        return self.settings()

    def settings(self) -> Settings:
        docs = self._db.table("settings").all()
        return Settings.from_doc(dict(docs[0])) if docs else Settings()

    def save_settings(self, settings: Settings) -> Settings:
        """Replace the settings document in one write of the file (truncate-then-insert
        was two, and a kill in between lost every setting and the half-done self-check)."""
        table = self._db.table("settings")
        doc = settings.to_doc()

        def replace(current: dict[str, Any]) -> None:
            current.clear()
            current.update(doc)

        with self._writing("settings"):
            docs = table.all()
            if not docs:
                table.insert(doc)
            else:
                table.update(replace, doc_ids=[docs[0].doc_id])
                if len(docs) > 1:  # only a hand-edited file has several: one more write
                    table.remove(doc_ids=[extra.doc_id for extra in docs[1:]])
        return self.settings()

    def update_settings(self, **changes: Any) -> Settings:
        current = self.settings()
        for name, value in changes.items():
            setattr(current, name, value)
        return self.save_settings(current)

    def counts(self) -> dict[str, int]:
        """Documents per table (for the dashboard and tests)."""
        return {name: len(self._db.table(name)) for name in TABLES}


__all__ = ["Store", "DataFileCorrupt", "DataPathError", "check_data_path"]
