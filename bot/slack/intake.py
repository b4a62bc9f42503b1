"""The listeners' database: what Slack sends is recorded here before it is acknowledged.

Writes run on the event loop itself, grouped: every admission that arrives while a
transaction is being written waits for the next one, so under a burst fifty events
cost one commit, not fifty, and each still has its own savepoint (one that fails
takes nothing else with it). A caller's future resolves only after the commit, which
is what lets the listener ack only what is recorded.

Why not a database thread: the loop is busy parsing requests, and a second thread
that releases the GIL around every SQLite call waits up to a switch interval to get
it back each time; measured under a 2,000-event burst, batches of five took 25-50 ms
on a thread, and under a millisecond on the loop. The write lock is polled for
(never waited for inside SQLite, which would block the loop); reads, which can be
long (a digest), run on a thread with a connection of their own.
"""

import asyncio
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from bot.digest import channel_digest
from bot.jobs import Job, JobSpec, SqliteJobQueue
from bot.usage import UsageReport, usage_report
from storage.clock import now_text
from storage.db import open_database, writing
from storage.privacy import forget_user

LOCK_PATIENCE = 30.0
_Write = tuple[Callable[[Database], Any], asyncio.Future]


class Intake:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path
        self._db: Database | None = None
        self._reads = ThreadPoolExecutor(1, thread_name_prefix="intake-read")
        self._reader: Database | None = None
        self._pending: list[_Write] = []
        self._writer: asyncio.Task | None = None

    def open(self) -> None:
        """Open and migrate the database now rather than on the first event."""
        if self._db is None:
            self._db = open_database(self._db_path)
            # No waiting inside SQLite (see `_begin`), and no checkpoint on this connection:
            # copying the log into the database (with an fsync) is the workers' business.
            self._db.conn.execute("PRAGMA busy_timeout = 0")
            self._db.conn.execute("PRAGMA wal_autocheckpoint = 0")

    def close(self) -> None:
        self._reads.shutdown(wait=True)
        if self._db is not None:
            self._db.conn.close()
            self._db = None

    async def _write(self, function: Callable[[Database], Any]) -> Any:
        self.open()
        future = asyncio.get_running_loop().create_future()
        self._pending.append((function, future))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.ensure_future(self._write_pending())
        return await future

    async def _write_pending(self) -> None:
        while self._pending:
            await asyncio.sleep(0)  # requests read in this same turn of the loop join in
            batch, self._pending = self._pending, []
            try:
                await self._begin()
            except Exception as error:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(error)
                continue
            _write_together(self._db, batch)

    async def _begin(self) -> None:
        """Take the write lock, polling for it while another connection writes."""
        deadline = time.monotonic() + LOCK_PATIENCE
        pause = 0.0002
        while True:
            try:
                self._db.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.005)

    async def _read(self, function: Callable[[Database], Any]) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reads, lambda: function(self._reading()))

    def _reading(self) -> Database:
        if self._reader is None:
            self._reader = open_database(self._db_path)
        return self._reader

    # -- what the listeners ask for -----------------------------------------------------

    async def admit(self, body: dict[str, Any], kind: str, spec: JobSpec | None = None) -> None:
        """Record the event by its id and, the first time it is seen, enqueue `spec`, in one
        transaction, so an event is never recorded without its job. A retry from Slack (a
        known id) changes nothing."""
        event = body.get("event") or {}
        event_id = body.get("event_id")
        row = [
            event_id,
            kind,
            body.get("team_id"),
            event.get("channel") or event.get("channel_id"),
            event.get("user") or event.get("user_id"),
            now_text(),
        ]

        def record(db: Database) -> None:
            if event_id:
                cursor = db.conn.execute(
                    "insert or ignore into events (event_id, kind, team, channel, user,"
                    " received_at) values (?, ?, ?, ?, ?, ?)",
                    row,
                )
                if cursor.rowcount == 0:
                    return
            if spec is None:
                return
            job_id, _ = SqliteJobQueue(db).enqueue(spec)
            if event_id:
                db.conn.execute(
                    "update events set job_id = ? where event_id = ?", [job_id, event_id]
                )

        await self._write(record)

    async def enqueue(self, spec: JobSpec) -> tuple[int, bool]:
        return await self._write(lambda db: SqliteJobQueue(db).enqueue(spec))

    async def cancel(self, job_id: int, owner: str | None = None) -> str | None:
        """Cancel the job (only if it is `owner`'s, when given); its new status."""
        return await self._write(lambda db: SqliteJobQueue(db).cancel(job_id, owner))

    async def job(self, job_id: int) -> Job | None:
        return await self._read(lambda db: SqliteJobQueue(db).get(job_id))

    async def forget(self, user: str) -> dict[str, int]:
        return await self._write(lambda db: forget_user(db, user))

    async def usage(self, user: str, since: datetime) -> UsageReport:
        """`user`'s own jobs and model use since `since`, in every channel."""
        return await self._read(lambda db: usage_report(db, since, user=user))

    async def digest(self, channel: str, hours: int, sections: frozenset[str]) -> str:
        return await self._read(lambda db: channel_digest(db, channel, hours, sections))

    async def recent_jobs(self, user: str) -> list[Any]:
        return await self._read(lambda db: SqliteJobQueue(db).recent_for(user, 10))


def _write_together(db: Database, batch: list[_Write]) -> None:
    """Run each write in its own savepoint of the open transaction, commit, then settle
    the futures: none resolves before its write is committed."""
    outcomes: list[tuple[asyncio.Future, Any, BaseException | None]] = []
    try:
        for function, future in batch:
            try:
                with writing(db):
                    outcomes.append((future, function(db), None))
            except Exception as error:
                outcomes.append((future, None, error))
        db.conn.execute("COMMIT")
    except Exception as error:  # the commit itself failed: nothing was recorded
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        outcomes = [(future, None, error) for _, future in batch]
    for future, result, error in outcomes:
        if future.done():  # its request went away; the write stands
            continue
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(error)
