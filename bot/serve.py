"""Running the bot: the Bolt app in this process, skills in worker processes.

`serve(settings)` starts `[jobs] workers` worker processes (spawned, so each has its
own interpreter, database connection and model copies), then serves Slack over
HTTP (`/slack/events`) or Socket Mode until stopped. A supervisor task restarts a
worker that died and puts jobs whose heartbeats went stale back in the queue, so
a job interrupted by a crash resumes; at start-up the same sweep picks up what a
previous run left behind. SIGTERM stops the listener (what it acked is already
recorded), stops the workers claiming, lets running jobs finish for `[jobs]
grace_seconds`, and has the workers put the rest back in the queue.

`/healthz`, `/readyz` and (with `[metrics] enabled`) `/metrics` are served beside
`/slack/events` in HTTP mode, on `[metrics] port` in Socket Mode (`bot.health`).
"""

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal

from aiohttp import web

from bot import metrics
from bot.app import build_app
from bot.config import Settings
from bot.health import Checks
from bot.jobs import SqlJobQueue, worker_name
from bot.retention import RetentionSchedule
from bot.schedule import DigestScheduler
from bot.slack.answered import answered
from bot.slack.intake import Intake
from bot.workdirs import metrics_dir, remove_orphans
from storage.db import thread_safe_database

log = logging.getLogger(__name__)
STALE_HEARTBEATS = 3
RETIRED = 75  # a worker's exit status when it asks to be replaced
INTERRUPT_SECONDS = 10  # for a worker told to put its job back before it is killed
SLACK_PATH = "/slack/events"


@web.middleware
async def timed_ack(request: web.Request, handler: Any) -> web.StreamResponse:
    """Observes how long the listener takes to answer Slack (`mmbot_ack_duration_seconds`)."""
    if request.path != SLACK_PATH:
        return await handler(request)
    started = time.perf_counter()
    try:
        return await handler(request)
    finally:
        metrics.ack(time.perf_counter() - started)


class StopFlag:
    """Tells workers to stop. A lock-free shared byte, not `multiprocessing.Event`: a worker
    killed while waiting on an Event leaves its condition variable waiting forever, and
    the parent hangs in `Event.set()`. Workers also stop when their parent is gone."""

    def __init__(self, context: Any) -> None:
        self._value = context.RawValue("b", 0)
        self._parent = os.getpid()

    def set(self) -> None:
        self._value.value = 1

    def is_set(self) -> bool:
        orphaned = os.getpid() != self._parent and os.getppid() != self._parent
        return bool(self._value.value) or orphaned

    def wait(self, seconds: float) -> bool:
        deadline = time.monotonic() + seconds
        while not self.is_set() and time.monotonic() < deadline:
            time.sleep(min(0.05, seconds))
        return self.is_set()


def worker_main(settings: Settings, db_path: str, stop: StopFlag, interrupt: StopFlag) -> None:
    from bot.log import configure_logging
    from bot.worker import Worker

    configure_logging(settings.logging.level, settings.logging.format)
    settings.storage.use_password()
    if settings.metrics.enabled:
        metrics.enable(metrics_dir(db_path), fresh=False)  # the folder the parent made
    # The parent decides when to stop (a service manager signals the whole group at once).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    worker = Worker(settings, db_path, worker_name())
    worker.run_forever(stop, interrupt)
    if worker.retiring is not None:
        # A skill thread left running cannot be joined; the supervisor starts a fresh worker.
        logging.shutdown()
        os._exit(RETIRED)


@dataclass
class Service:
    settings: Settings
    db_path: str
    port: int = 0
    processes: list[Any] = field(default_factory=list)
    #: False on a listener-only host: its workers run on other hosts.
    with_workers: bool = True

    def __post_init__(self) -> None:
        self._context = multiprocessing.get_context("spawn")
        self._stop = StopFlag(self._context)
        self._db = thread_safe_database(self.db_path)  # the sweep runs on pool threads
        self._interrupt = StopFlag(self._context)
        self.digests = DigestScheduler(self.settings, self.db_path)
        self.retention = RetentionSchedule(self.settings, self.db_path)
        self._runner: web.AppRunner | None = None
        self._socket: Any = None
        self._side_runner: web.AppRunner | None = None
        self.url = ""
        self.health_url = ""  # Socket Mode's side port, when metrics are enabled
        self.checks = Checks(self.settings, self.db_path, self.workers_problem)

    # -- workers ------------------------------------------------------------------------

    def start_workers(self) -> None:
        if self.settings.metrics.enabled:
            # A fresh folder for this start, named in the environment the workers inherit.
            metrics.enable(metrics_dir(self.db_path), fresh=True)
        for _ in range(self.settings.jobs.workers):
            self.processes.append(self._spawn())

    def _spawn(self) -> Any:
        process = self._context.Process(
            target=worker_main,
            args=(self.settings, self.db_path, self._stop, self._interrupt),
            daemon=True,
        )
        process.start()
        return process

    def sweep(self) -> None:
        """Replace dead workers; queue again the jobs whose worker stopped beating."""
        for index, process in enumerate(self.processes):
            if not process.is_alive() and not self._stop.is_set():
                log.warning(
                    "worker %s exited (%s); starting another", process.pid, process.exitcode
                )
                metrics.process_dead(process.pid)
                self.processes[index] = self._spawn()
        jobs = self.settings.jobs
        requeued = SqlJobQueue(self._db).requeue_stale(
            timedelta(seconds=jobs.heartbeat_seconds * STALE_HEARTBEATS), jobs.max_attempts
        )
        if requeued:
            log.info("resuming interrupted job(s) %s", requeued)
        for folder in remove_orphans(self.db_path):
            log.info("removed %s, left by a worker that is gone", folder)
        self.retention.run_if_due()

    def stop_workers(self, grace: float | None = None) -> None:
        """Stop claiming jobs; let running ones finish for `grace` seconds (default `[jobs]
        grace_seconds`), then have the workers put what is left back in the queue."""
        grace = self.settings.jobs.grace_seconds if grace is None else grace
        self._stop.set()
        self.digests.stop()
        deadline = time.monotonic() + grace
        for process in self.processes:
            process.join(timeout=max(0.0, deadline - time.monotonic()))
        running = [process for process in self.processes if process.is_alive()]
        if running:
            log.info("%d job(s) still running after %gs: putting them back", len(running), grace)
            self._interrupt.set()
            for process in running:
                process.join(timeout=INTERRUPT_SECONDS)
                if process.is_alive():
                    process.kill()  # stuck outside Python; its job resumes on the next start
                    process.join()
        for process in self.processes:
            metrics.process_dead(process.pid)
        metrics.disable()

    def workers_problem(self) -> str | None:
        """For /readyz: None when every worker process runs (or this host runs none)."""
        if self._stop.is_set():
            return "stopping"
        if not self.with_workers:
            return None
        dead = [process for process in self.processes if not process.is_alive()]
        if not self.processes or dead:
            return f"{len(dead)} of {len(self.processes)} worker process(es) not running"
        return None

    # -- Slack side ---------------------------------------------------------------------

    async def start_http(self, host: str = "127.0.0.1") -> str:
        app = build_app(self.settings, Intake(self.db_path))
        # Everything loaded so far lives as long as the process: keep the garbage collector
        # from walking it again and again while requests wait (a full collection of the
        # plugins, models' clients and Bolt takes tens of milliseconds).
        gc.freeze()
        web_app = app.web_app(path=SLACK_PATH)
        if metrics.enabled():
            web_app.middlewares.append(timed_ack)
        web_app.middlewares.append(
            answered(self.settings.slack.signing_secret.require("slack.signing_secret"), SLACK_PATH)
        )
        self.checks.add_routes(web_app)
        self._runner = web.AppRunner(web_app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, self.port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # the port when 0 was asked for
        self.url = f"http://{host}:{port}{SLACK_PATH}"
        return self.url

    async def start_socket_mode(self) -> None:
        """Connect over Socket Mode with the app-level token (no public URL needed)."""
        from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler

        app = build_app(self.settings, Intake(self.db_path))
        gc.freeze()
        token = self.settings.slack.app_token.require("slack.app_token")
        self._socket = AsyncSocketModeHandler(app, token)
        await self._socket.connect_async()
        if self.settings.metrics.enabled:
            await self._start_side_port()

    async def _start_side_port(self) -> None:
        """/healthz, /readyz and /metrics on `[metrics] host:port` (Socket Mode has no
        HTTP server of its own)."""
        side = web.Application()
        self.checks.add_routes(side)
        self._side_runner = web.AppRunner(side, access_log=None)
        await self._side_runner.setup()
        host = self.settings.metrics.host
        site = web.TCPSite(self._side_runner, host, self.settings.metrics.port)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        self.health_url = f"http://{host}:{port}"
        log.info("health and metrics at %s", self.health_url)

    async def supervise(self) -> None:
        while not self._stop.is_set():
            try:
                await asyncio.to_thread(self.sweep)
            except Exception:
                log.exception("the supervisor's sweep failed; trying again")
            await asyncio.sleep(self.settings.jobs.heartbeat_seconds)

    async def stop_http(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._socket is not None:
            await self._socket.close_async()
        if self._side_runner is not None:
            await self._side_runner.cleanup()


Role = Literal["all", "listener", "workers"]


def serve(
    settings: Settings, db_path: str, *, http: bool, host: str, port: int, role: Role = "all"
) -> None:
    """Run until interrupted: HTTP on `host:port`, or Socket Mode with the app token.

    With a database that many hosts share, a host can take one `role`: `listener`
    answers Slack and queues jobs (and posts the digests), `workers` runs jobs from the
    queue and never talks to Slack's Events API."""
    service = Service(settings, db_path, port, with_workers=role != "listener")
    service.sweep()
    if role != "listener":
        service.start_workers()
    if role != "workers":
        service.digests.start()

    async def main() -> None:
        stopping = asyncio.Event()
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
        supervisor = asyncio.create_task(service.supervise())
        try:
            if role == "workers":
                log.info("running %d worker(s); no Slack listener here", settings.jobs.workers)
            elif http:
                url = await service.start_http(host)
                log.info("listening for Slack at %s", url)
            else:
                await service.start_socket_mode()
                log.info("connected to Slack over Socket Mode")
            await stopping.wait()
        finally:
            supervisor.cancel()
            await service.stop_http()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    finally:
        service.stop_workers()


class BackgroundService:
    """The whole bot on a private event loop thread: for the tests and `mmbot demo`."""

    def __init__(self, settings: Settings, db_path: str, *, socket_mode: bool = False) -> None:
        self.service = Service(settings, db_path)
        self._socket_mode = socket_mode
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._supervisor: Any = None

    def __enter__(self) -> "BackgroundService":
        self.service.sweep()
        self.service.start_workers()
        self.service.digests.start()
        self._thread.start()
        start = self.service.start_socket_mode() if self._socket_mode else self.service.start_http()
        asyncio.run_coroutine_threadsafe(start, self._loop).result(30)
        self._supervisor = asyncio.run_coroutine_threadsafe(self.service.supervise(), self._loop)
        return self

    @property
    def url(self) -> str:
        return self.service.url

    def __exit__(self, *_: Any) -> None:
        self.service._stop.set()
        if self._supervisor is not None:
            self._supervisor.cancel()
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(self.service.stop_http(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self.service.stop_workers(grace=0)
