"""`/healthz`, `/readyz` and `/metrics` for whoever runs the bot.

- `/healthz`: the listener is alive (200 "ok").
- `/readyz`: 200 only when (1) the database is writable: a `BEGIN IMMEDIATE; ROLLBACK` on
  a connection of its own gets the write lock within `DB_CHECK_SECONDS`; (2) every worker
  process is alive; (3) the queue is not stuck: it is stuck when its oldest job has waited
  `[metrics] stuck_queue_seconds` while no job runs. Otherwise 503 with a JSON body naming
  each check that failed and why (`{"ready": false, "failed": {"database": "..."}}`).
- `/metrics`: Prometheus' text format (`bot.metrics`), only when `[metrics] enabled`.

HTTP mode serves them beside `/slack/events`; Socket Mode, when metrics are enabled, on a
side port (`[metrics] host` and `port`).
"""

import asyncio
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from aiohttp import web

from bot import metrics
from bot.config import Settings
from storage import postgres

DB_CHECK_SECONDS = 1.0


def database_problem(db_path: str, timeout: float = DB_CHECK_SECONDS) -> str | None:
    """None when a write transaction can begin within `timeout`; otherwise why not."""
    if postgres.is_postgres(db_path):
        return postgres.problem(db_path, timeout)
    try:
        conn = sqlite3.connect(db_path, timeout=timeout, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as error:
        return f"not writable within {timeout:g}s: {error}"
    return None


@dataclass
class Checks:
    settings: Settings
    db_path: str
    #: None when every worker process runs; otherwise what is wrong with them.
    workers_problem: Callable[[], str | None]

    def failures(self, workers: str | None) -> dict[str, str]:
        """The checks that fail, by name (blocking: run it in a thread)."""
        failed: dict[str, str] = {}
        if (why := database_problem(self.db_path)) is not None:
            failed["database"] = why
        if workers is not None:
            failed["workers"] = workers
        try:
            state = metrics.queue_state(self.db_path)
        except sqlite3.Error as error:
            failed.setdefault("database", f"not readable: {error}")
        else:
            limit = self.settings.metrics.stuck_queue_seconds
            if state.running == 0 and state.oldest_wait_seconds > limit:
                failed["queue"] = (
                    f"the oldest of {state.queued} queued job(s) has waited "
                    f"{state.oldest_wait_seconds:.0f}s with no job running (limit {limit:g}s)"
                )
        return failed

    async def healthz(self, _request: web.Request) -> web.Response:
        return web.Response(text="ok")

    async def readyz(self, _request: web.Request) -> web.Response:
        workers = self.workers_problem()  # on the loop: the supervisor owns the processes
        failed = await asyncio.to_thread(self.failures, workers)
        if failed:
            return web.json_response({"ready": False, "failed": failed}, status=503)
        return web.json_response({"ready": True})

    async def metrics(self, _request: web.Request) -> web.Response:
        body, content_type = await asyncio.to_thread(metrics.exposition, self.db_path)
        response = web.Response(body=body)
        response.headers["Content-Type"] = content_type
        return response

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/healthz", self.healthz)
        app.router.add_get("/readyz", self.readyz)
        if self.settings.metrics.enabled:
            app.router.add_get("/metrics", self.metrics)
