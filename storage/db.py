"""Opening the database: one file, WAL mode, migrated to the current schema."""

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.db import Table

from storage.migrations import migrate

DEFAULT_PATH = "mmbot.db"
ENV_PATH = "MMBOT_DB"


def default_path() -> Path:
    return Path(os.environ.get(ENV_PATH) or DEFAULT_PATH)


def open_database(path: str | Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    WAL lets the Slack listener read while workers write; `synchronous=NORMAL`
    in WAL mode keeps every committed transaction through a crash of the
    process (only a power loss can take the last few back).
    """
    path = Path(path) if path is not None else default_path()
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
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

    def _database(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = open_database(self.path)
        return db

    def __getattr__(self, name: str) -> object:
        return getattr(self._database(), name)

    def __getitem__(self, table: str) -> Table:
        return self._database()[table]


@contextmanager
def writing(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock as it begins (`BEGIN IMMEDIATE`).

    A deferred transaction (`BEGIN`, as `Database.atomic` issues) that reads before it
    writes, as sqlite-utils' `insert` does when it looks at the table, fails at once with
    "database is locked" if another connection wrote in between: SQLite cannot wait its
    way out of that, whatever `busy_timeout` says. Taking the lock first makes writers
    queue for it instead. Inside a transaction already, it is a savepoint.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
