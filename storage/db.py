"""Opening the database, migrated to the current schema: by default one SQLite file in
WAL mode; with a `postgresql://` location, a server that many hosts share
(`storage.postgres`). Both answer the calls the stores make: `execute`, `query`,
`insert_row`, and transactions through `writing`."""

import itertools
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import Table

from storage import postgres
from storage.dialect import Dialect
from storage.migrations import migrate

DEFAULT_PATH = "mmbot.db"
ENV_PATH = "MMBOT_DB"


def default_path() -> Path:
    return Path(os.environ.get(ENV_PATH) or DEFAULT_PATH)


class SqliteDatabase(Database):
    """sqlite-utils' database with the few calls it shares with `PostgresDatabase`."""

    dialect: Dialect = "sqlite"

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        self.conn.execute("COMMIT")

    def rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    def insert_row(self, table: str, row: dict) -> int:
        """Insert `row` into `table`; its new `id`."""
        return self[table].insert(row).last_pk

    def notify(self, channel: str) -> None:
        """Nothing: a SQLite file's workers look for work every moment they are idle."""

    def close(self) -> None:
        self.conn.close()


AnyDatabase = SqliteDatabase | postgres.PostgresDatabase


def open_database(path: str | Path | None = None) -> AnyDatabase:
    """Open (creating if needed) and migrate the database at `path`: a file, or a
    `postgresql://` URL (the process's one pool for that server, migrated on first use).

    WAL lets the Slack listener read while workers write; `synchronous=NORMAL`
    in WAL mode keeps every committed transaction through a crash of the
    process (only a power loss can take the last few back).
    """
    if postgres.is_postgres(path):
        return postgres.shared(str(path))
    path = Path(path) if path is not None else default_path()
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    db = SqliteDatabase(conn)
    if str(path) != ":memory:":
        _use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(db)
    return db


def _use_wal(conn: sqlite3.Connection, patience: float = 30.0) -> None:
    """Switch a new database file to WAL, once. Connections opening a fresh file at the
    same moment can find it locked by each other's switch, and SQLite reports that at once
    instead of waiting: such a connection tries again until another has made the switch."""
    deadline = time.monotonic() + patience
    while conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        try:
            conn.execute("PRAGMA journal_mode = wal")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


class ThreadLocalDatabase:
    """One database file, a connection of its own for each thread that uses it.

    Stands in for a `Database` wherever a process's threads all write, as a worker's
    do (the job thread, the heartbeat, a skill's parallel model calls): transactions
    on a shared connection interleave (one thread's `BEGIN IMMEDIATE` meets another's
    open transaction) and a thread's "locked" can then decide a job's outcome. Each
    thread's connection opens on first use and closes when the thread ends.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._local = threading.local()
        open_database(self.path)

    def _database(self) -> AnyDatabase:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = open_database(self.path)
        return db

    def __getattr__(self, name: str) -> object:
        return getattr(self._database(), name)

    def __getitem__(self, table: str) -> Table:
        return self._database()[table]


def thread_safe_database(location: str | Path) -> "AnyDatabase | ThreadLocalDatabase":
    """A database every thread of the process may write through: PostgreSQL's pool is one
    already; a SQLite file needs a connection per thread."""
    if postgres.is_postgres(location):
        return open_database(location)
    return ThreadLocalDatabase(location)


@contextmanager
def writing(db: AnyDatabase) -> Iterator[AnyDatabase]:
    """A write transaction that takes the write lock as it begins (`BEGIN IMMEDIATE`).

    A deferred transaction (`BEGIN`, as `Database.atomic` issues) that reads before it
    writes, as sqlite-utils' `insert` does when it looks at the table, fails at once with
    "database is locked" if another connection wrote in between: SQLite cannot wait its
    way out of that, whatever `busy_timeout` says. Taking the lock first makes writers
    queue for it instead. On PostgreSQL it is a transaction on one pooled connection.
    Inside a transaction already, it is a savepoint.
    """
    if db.in_transaction:
        name = f"mmbot_{next(_savepoints)}"
        db.execute(f"savepoint {name}")
        try:
            yield db
        except BaseException:
            db.execute(f"rollback to savepoint {name}")
            db.execute(f"release savepoint {name}")
            raise
        db.execute(f"release savepoint {name}")
        return
    db.begin()
    try:
        yield db
    except BaseException:
        if db.in_transaction:
            db.rollback()
        raise
    db.commit()


_savepoints = itertools.count()
