"""The database on a PostgreSQL server: many bot processes on many hosts share it.

A `PostgresDatabase` answers the calls the stores make of a SQLite database
(`execute`, `query`, transactions through `storage.db.writing`) from a pool of
connections. It is one object per process and server, safe to share between
threads: a thread that begins a transaction holds one connection until it
commits or rolls back; a statement outside a transaction borrows one for itself.
"""

import atexit
import os
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from storage.dialect import Dialect, to_postgres
from storage.migrations import migrate

SCHEMES = ("postgresql://", "postgres://")
POOL_SIZE = 8

_password: str | None = None
_shared: dict[tuple[int, str], "PostgresDatabase"] = {}
_shared_lock = threading.Lock()


def is_postgres(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def use_password(password: str | None) -> None:
    """The server's password for this process, resolved from its secret reference by the
    caller. It is kept out of the URL, so a URL in a log, a message or a worker's
    arguments never carries it."""
    global _password
    _password = password


@dataclass
class Result:
    """What a statement gave back, read off the connection before it went back to the pool."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    rowcount: int = -1
    columns: tuple[str, ...] = ()

    def fetchone(self) -> tuple[Any, ...] | None:
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        return list(self.rows)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)


class PostgresDatabase:
    dialect: Dialect = "postgresql"

    def __init__(self, url: str, pool_size: int = POOL_SIZE) -> None:
        self.url = url
        self._local = threading.local()
        self._pool = ConnectionPool(
            url,
            kwargs=_connect_options(),
            min_size=1,
            max_size=pool_size,
            open=True,
            check=ConnectionPool.check_connection,
            name="mmbot",
        )

    # -- statements --------------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Result:
        held = getattr(self._local, "conn", None)
        if held is not None:
            return _run(held, sql, params)
        with self._pool.connection() as conn:
            return _run(conn, sql, params)

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        result = self.execute(sql, params)
        return (dict(zip(result.columns, row, strict=True)) for row in result.rows)

    def insert_row(self, table: str, row: dict[str, Any]) -> int:
        """Insert `row` into `table`; its new `id`."""
        columns = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" for _ in row)
        result = self.execute(
            f"insert into [{table}] ({columns}) values ({marks}) returning id", list(row.values())
        )
        return result.rows[0][0]

    def table_names(self) -> list[str]:
        rows = self.execute(
            "select table_name from information_schema.tables"
            " where table_schema = current_schema() order by table_name"
        ).rows
        return [name for (name,) in rows]

    # -- transactions ------------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        return getattr(self._local, "conn", None) is not None

    def begin(self) -> None:
        conn = self._pool.getconn()
        try:
            conn.execute("begin")
        except BaseException:
            self._pool.putconn(conn)
            raise
        self._local.conn = conn

    def commit(self) -> None:
        self._end("commit")

    def rollback(self) -> None:
        self._end("rollback")

    def _end(self, how: str) -> None:
        conn = self._local.conn
        self._local.conn = None
        try:
            if not conn.closed:
                conn.execute(how)
        finally:
            self._pool.putconn(conn)

    # -- waking workers ----------------------------------------------------------------

    def notify(self, channel: str) -> None:
        """Tell every listener on `channel`; inside a transaction, only once it commits."""
        self.execute(f"notify {channel}")

    def listener(self, channel: str) -> "Listener":
        return Listener(self.url, channel)

    def close(self) -> None:
        """Give back a connection this thread still holds; the pool lives as long as the
        process, shared by every user of this server in it."""
        if self.in_transaction:
            self.rollback()

    def shutdown(self) -> None:
        self._pool.close()


class Listener:
    """A connection of its own that waits for notifications on one channel."""

    def __init__(self, url: str, channel: str) -> None:
        self._conn = psycopg.connect(url, **_connect_options())
        self._conn.execute(f"listen {channel}")

    def wait(self, timeout: float) -> None:
        """Until a notification comes, or `timeout` seconds."""
        for _ in self._conn.notifies(timeout=timeout, stop_after=1):
            pass

    def close(self) -> None:
        self._conn.close()


def problem(url: str, timeout: float) -> str | None:
    """None when the server at `url` answers within `timeout` and takes writes (it is not
    a standby in recovery); otherwise why not. A connection of its own, not the pool's."""
    try:
        options = _connect_options() | {"connect_timeout": max(1, round(timeout))}
        with psycopg.connect(url, **options) as conn:
            conn.execute(f"set statement_timeout = {int(timeout * 1000)}")
            (standby,) = conn.execute("select pg_is_in_recovery()").fetchone()
    except psycopg.Error as error:
        return f"not reachable within {timeout:g}s: {str(error).strip().splitlines()[0]}"
    return "a read-only standby" if standby else None


def shared(url: str) -> PostgresDatabase:
    """This process's database on the server at `url`, migrated when first opened (a
    forked child makes its own)."""
    key = (os.getpid(), url)
    with _shared_lock:
        db = _shared.get(key)
        if db is None:
            db = PostgresDatabase(url)
            migrate(db)
            _shared[key] = db
        return db


def _connect_options() -> dict[str, Any]:
    options: dict[str, Any] = {"autocommit": True}
    if _password is not None:
        options["password"] = _password
    return options


def _run(conn: psycopg.Connection, sql: str, params: Sequence[Any]) -> Result:
    cursor = conn.execute(to_postgres(sql), list(params))
    if cursor.description is None:
        return Result(rowcount=cursor.rowcount)
    columns = tuple(column.name for column in cursor.description)
    return Result(cursor.fetchall(), cursor.rowcount, columns)


@atexit.register
def _close_pools() -> None:
    for (pid, _), db in list(_shared.items()):
        if pid == os.getpid():
            db.shutdown()
