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
long (a digest), run on a thread with a connection of their own. On PostgreSQL each
grouped batch is written on a thread instead: a server round trip would stall the loop.
"""

import asyncio
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any

from bot.digest import channel_digest
from bot.jobs import Job, JobSpec, SqlJobQueue
from bot.usage import UsageReport, usage_report
from storage.clock import now_text
from storage.db import AnyDatabase, open_database, writing
from storage.privacy import forget_user

LOCK_PATIENCE = 30.0
_Write = tuple[Callable[[AnyDatabase], Any], asyncio.Future]


class Intake:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path
        self._db: AnyDatabase | None = None
        self._reads = ThreadPoolExecutor(1, thread_name_prefix="intake-read")
        self._reader: AnyDatabase | None = None
        self._pending: list[_Write] = []
        self._writer: asyncio.Task | None = None

    def open(self) -> None:
        """Open and migrate the database now rather than on the first event."""
        if self._db is None:
            self._db = open_database(self._db_path)
            if self._db.dialect != "sqlite":
                return
            # No waiting inside SQLite (see `_begin`), and no checkpoint on this connection:
            # copying the log into the database (with an fsync) is the workers' business.
            self._db.conn.execute("PRAGMA busy_timeout = 0")
            self._db.conn.execute("PRAGMA wal_autocheckpoint = 0")

    def close(self) -> None:
        self._reads.shutdown(wait=True)
        if self._db is not None:
            self._db.close()
            self._db = None

    async def _write(self, function: Callable[[AnyDatabase], Any]) -> Any:
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
            if self._db.dialect == "postgresql":
                _settle(await asyncio.to_thread(_begin_and_write, self._db, batch))
                continue
            try:
                await self._begin()
            except Exception as error:
                _settle([(future, None, error) for _, future in batch])
                continue
            _settle(_write_together(self._db, batch))

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

    async def _read(self, function: Callable[[AnyDatabase], Any]) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._reads, lambda: function(self._reading()))

    def _reading(self) -> AnyDatabase:
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

        def record(db: AnyDatabase) -> None:
            if event_id:
                cursor = db.execute(
                    "insert into events (event_id, kind, team, channel, user,"
                    " received_at) values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing",
                    row,
                )
                if cursor.rowcount == 0:
                    return
            if spec is None:
                return
            job_id, _ = SqlJobQueue(db).enqueue(spec)
            if event_id:
                db.execute("update events set job_id = ? where event_id = ?", [job_id, event_id])

        await self._write(record)

    async def enqueue(self, spec: JobSpec) -> tuple[int, bool]:
        return await self._write(lambda db: SqlJobQueue(db).enqueue(spec))

    async def cancel(self, job_id: int, owner: str | None = None) -> str | None:
        """Cancel the job (only if it is `owner`'s, when given); its new status."""
        return await self._write(lambda db: SqlJobQueue(db).cancel(job_id, owner))

    async def job(self, job_id: int) -> Job | None:
        return await self._read(lambda db: SqlJobQueue(db).get(job_id))

    async def forget(self, user: str) -> dict[str, int]:
        return await self._write(lambda db: forget_user(db, user))

    async def usage(self, user: str, since: datetime) -> UsageReport:
        """`user`'s own jobs and model use since `since`, in every channel."""
        return await self._read(lambda db: usage_report(db, since, user=user))

    async def digest(self, channel: str, hours: int, sections: frozenset[str]) -> str:
        return await self._read(lambda db: channel_digest(db, channel, hours, sections))

    async def recent_jobs(self, user: str) -> list[Any]:
        return await self._read(lambda db: SqlJobQueue(db).recent_for(user, 10))


_Outcome = tuple[asyncio.Future, Any, BaseException | None]


def _begin_and_write(db: AnyDatabase, batch: list[_Write]) -> list[_Outcome]:
    """PostgreSQL's way, on a thread: a server round trip would stall the event loop, and
    the server, not a polled file lock, makes concurrent writers wait their turn."""
    try:
        db.begin()
    except Exception as error:
        return [(future, None, error) for _, future in batch]
    return _write_together(db, batch)


def _write_together(db: AnyDatabase, batch: list[_Write]) -> list[_Outcome]:
    """Run each write in its own savepoint of the open transaction and commit; what each
    write came to, for `_settle` to tell its caller only after the commit."""
    outcomes: list[_Outcome] = []
    try:
        for function, future in batch:
            try:
                with writing(db):
                    outcomes.append((future, function(db), None))
            except Exception as error:
                outcomes.append((future, None, error))
        db.commit()
    except Exception as error:  # the commit itself failed: nothing was recorded
        if db.in_transaction:
            db.rollback()
        outcomes = [(future, None, error) for _, future in batch]
    return outcomes


def _settle(outcomes: list[_Outcome]) -> None:
    """Resolve the callers' futures, on the event loop that owns them."""
    for future, result, error in outcomes:
        if future.done():  # its request went away; the write stands
            continue
        if error is None:
            future.set_result(result)
        else:
            future.set_exception(error)
