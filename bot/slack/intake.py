"""The listeners' database: what Slack sends is recorded here before it is acknowledged.

One connection on one thread, so the event loop never blocks on SQLite. Writes that
arrive together share one transaction (group commit): under a burst, fifty events
waiting for the database cost one commit, not fifty, and each still has its own
savepoint, so one that fails takes nothing else with it. A caller's future resolves
only after the commit, which is what lets the listener ack only what is recorded.
"""

import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from bot.digest import channel_digest
from bot.jobs import Job, JobSpec, SqliteJobQueue
from storage.clock import now_text
from storage.db import open_database, writing
from storage.privacy import forget_user

MAX_BATCH = 256


@dataclass
class _Call:
    function: Callable[[Database], Any]
    write: bool
    future: Future = field(default_factory=Future)


class Intake:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path
        self._calls: queue.SimpleQueue[_Call | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._serve, name="intake-db", daemon=True)

    def open(self) -> None:
        """Open and migrate the database now rather than on the first event."""
        if not self._thread.is_alive():
            self._thread.start()
        self._submit(lambda db: None, write=False).result()

    def close(self) -> None:
        """Finish what was submitted, then stop the thread."""
        if self._thread.is_alive():
            self._calls.put(None)
            self._thread.join()

    def _submit(self, function: Callable[[Database], Any], *, write: bool) -> Future:
        call = _Call(function, write)
        self._calls.put(call)
        return call.future

    async def _run(self, function: Callable[[Database], Any], *, write: bool = True) -> Any:
        return await asyncio.wrap_future(self._submit(function, write=write))

    def _serve(self) -> None:
        db = open_database(self._db_path)
        while True:
            batch: list[_Call | None] = [self._calls.get()]
            while len(batch) < MAX_BATCH and batch[-1] is not None:
                try:
                    batch.append(self._calls.get_nowait())
                except queue.Empty:
                    break
            calls = [call for call in batch if call is not None]
            self._write_together(db, [call for call in calls if call.write])
            for call in calls:
                if not call.write:
                    _settle(call, db)
            if batch[-1] is None:
                db.conn.close()
                return

    def _write_together(self, db: Database, calls: list[_Call]) -> None:
        if not calls:
            return
        results: list[tuple[_Call, Any, BaseException | None]] = []
        try:
            with writing(db):
                for call in calls:
                    try:
                        with writing(db):
                            results.append((call, call.function(db), None))
                    except Exception as error:
                        results.append((call, None, error))
        except Exception as error:  # the commit itself failed: nothing was recorded
            for call in calls:
                call.future.set_exception(error)
            return
        for call, result, error in results:
            if error is None:
                call.future.set_result(result)
            else:
                call.future.set_exception(error)

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

        await self._run(record)

    async def enqueue(self, spec: JobSpec) -> tuple[int, bool]:
        return await self._run(lambda db: SqliteJobQueue(db).enqueue(spec))

    async def cancel(self, job_id: int, owner: str | None = None) -> str | None:
        """Cancel the job (only if it is `owner`'s, when given); its new status."""
        return await self._run(lambda db: SqliteJobQueue(db).cancel(job_id, owner))

    async def job(self, job_id: int) -> Job | None:
        return await self._run(lambda db: SqliteJobQueue(db).get(job_id), write=False)

    async def forget(self, user: str) -> dict[str, int]:
        return await self._run(lambda db: forget_user(db, user))

    async def usage(self, user: str) -> dict[str, Any]:
        def query(db: Database) -> dict[str, Any]:
            row = db.conn.execute(
                "select count(distinct job_id), coalesce(sum(cost_usd), 0) from audit"
                " where user = ? and ts >= ?",
                [user, now_text()[:7]],
            ).fetchone()
            return {"jobs": row[0], "cost_usd": row[1]}

        return await self._run(query, write=False)

    async def digest(self, channel: str, hours: int, sections: frozenset[str]) -> str:
        return await self._run(
            lambda db: channel_digest(db, channel, hours, sections), write=False
        )

    async def recent_jobs(self, user: str) -> list[Any]:
        return await self._run(lambda db: SqliteJobQueue(db).recent_for(user, 10), write=False)


def _settle(call: _Call, db: Database) -> None:
    try:
        call.future.set_result(call.function(db))
    except Exception as error:
        call.future.set_exception(error)
