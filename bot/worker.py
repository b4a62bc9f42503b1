"""A worker process: claims jobs from the queue and carries each from Slack files to a
threaded answer.

For every job: `:eyes:` on the message, one progress message in the thread
(updated at most about once a second, with a Cancel button), the files checked
for size and fetched, the skill run, the answer posted exactly once (the message
carries the job id in its metadata, so a worker resuming a job after a crash finds
an answer already posted instead of posting twice), files uploaded, and
`:white_check_mark:` or `:warning:`. Heartbeats go from a second thread on its own
database connection; a `cancelling` status seen there stops the skill at its next
progress report. Every thread of the worker (the job, the heartbeat, a skill's
parallel model calls) writes on a connection of its own (`ThreadLocalDatabase`).
"""

import contextlib
import functools
import logging
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
)

from bot import metrics
from bot.config import Settings
from bot.errors import InputError, UserFacingError
from bot.jobs import CANCELLED, CANCELLING, DONE, FAILED, NEW_JOBS, Job, SqlJobQueue
from bot.log import log_context
from bot.plugins import get_registry
from bot.providers import Router
from bot.providers.shared_limiter import SharedRateLimiter
from bot.runner import Who, input_files, run_skill
from bot.skill_choice import choose_skill
from bot.skills import split_words
from bot.slack import files as slack_files
from bot.slack import render
from bot.slack.pacing import ChannelPacer
from bot.watchdog import (
    Interrupted,
    LimitExceeded,
    release_free_memory,
    resident_mb,
    run_watched,
)
from bot.workdirs import job_folder
from storage.audit import AuditLog
from storage.db import open_database, thread_safe_database, writing
from storage.pii.entities import use_models, warm_up

log = logging.getLogger(__name__)
RESULT_EVENT = "mmbot_result"
PROGRESS_INTERVAL = 1.0
#: How long a job's last word waits for a progress update still being written: well
#: under the supervisor's wait for an interrupted worker (`serve.INTERRUPT_SECONDS`).
CLOSE_WAIT_SECONDS = 5.0
SLACK_OUTAGE_SECONDS = 300.0
_TRANSIENT_ERRORS = frozenset(
    {"internal_error", "fatal_error", "service_unavailable", "request_timeout", "ratelimited"}
)


class HandOver(Exception):
    """The job's skill, chosen only now from its files, is one this host leaves to others."""

    def __init__(self, skill: str) -> None:
        super().__init__(skill)
        self.skill = skill


class JobCancelled(UserFacingError):
    pass


def _through_outage(call: Callable[[], str], landed: Callable[[], str | None], what: str) -> str:
    """`call()`'s result (for a post, its ts), trying again while Slack answers with server
    errors or cannot be reached, for up to `SLACK_OUTAGE_SECONDS`. Before each new try,
    `landed()` asks Slack whether the failed one was made after all (a 500 can come after
    the work is done), so an outage delays a reply but neither loses nor doubles it.
    Rate limits are waited out by the client itself (`Retry-After`)."""
    deadline = time.monotonic() + SLACK_OUTAGE_SECONDS
    pause = 1.0
    while True:
        try:
            return call()
        except (SlackApiError, OSError) as error:
            metrics.slack_api_error(_error_code(error))
            if not _transient(error) or time.monotonic() + pause > deadline:
                raise
            log.warning("Slack failed while posting %s (%s); trying again", what, _reason(error))
        time.sleep(pause)
        pause = min(pause * 2, 30.0)
        with contextlib.suppress(SlackApiError, OSError):
            if (found := landed()) is not None:
                return found


def _check_allowed(skill: str, channel: Any) -> None:
    allowed = channel.allowed_skills if channel else None
    if allowed is not None and skill not in allowed:
        listed = ", ".join(allowed) or "none"
        raise InputError(f"{skill} is not allowed in this channel (allowed: {listed})")


def _transient(error: Exception) -> bool:
    if isinstance(error, SlackApiError):
        status = getattr(error.response, "status_code", 200)
        return status >= 500 or error.response.get("error") in _TRANSIENT_ERRORS
    return True


def _error_code(error: Exception) -> str:
    """A metric label: Slack's error code, or the class of what kept Slack out of reach."""
    if isinstance(error, SlackApiError):
        return str(error.response.get("error") or f"http_{error.response.status_code}")
    return type(error).__name__


class _CountedRateLimitRetries(RateLimitErrorRetryHandler):
    """Waits out Slack's rate limits (`Retry-After`), counting each wait."""

    def prepare_for_next_attempt(self, **kwargs: Any) -> None:
        metrics.slack_rate_limit_wait()
        super().prepare_for_next_attempt(**kwargs)


def _reason(error: Exception) -> str:
    if isinstance(error, SlackApiError):
        return f"{error.response.get('error')}, HTTP {error.response.status_code}"
    return type(error).__name__


def web_client(settings: Settings) -> WebClient:
    token = settings.slack.bot_token.require("slack.bot_token")
    return WebClient(
        token=token,
        base_url=settings.slack.api_url,
        retry_handlers=[
            _CountedRateLimitRetries(max_retry_count=3),
            ConnectionErrorRetryHandler(max_retry_count=2),
        ],
    )


@dataclass
class Worker:
    settings: Settings
    db_path: str
    name: str
    client: WebClient = field(init=False)

    def __post_init__(self) -> None:
        self.db = thread_safe_database(self.db_path)
        self.queue = SqlJobQueue(self.db)
        self.client = web_client(self.settings)
        self.router = Router(
            self.settings,
            db=self.db,
            limiter_factory=lambda name, limits: SharedRateLimiter(
                limits, self.db, f"provider:{name}"
            ),
        )
        self.pacer = ChannelPacer(self.db_path)
        self.registry = get_registry()
        self.retiring: str | None = None
        self.interrupt: Any = threading.Event()

    def run_forever(
        self, stop: threading.Event | Any, interrupt: Any = None, poll_seconds: float = 0.2
    ) -> None:
        """Claim and run jobs until told to stop (the job in hand is finished first, unless
        `interrupt` is set too: then it goes back to the queue), or until this process
        should be replaced (`retiring` says why): a skill left running over its limit, or
        memory grown past `[jobs] max_worker_mb`."""
        self.interrupt = interrupt or threading.Event()
        if use_models(self.settings.storage.name_models):
            threading.Thread(target=warm_up, name="pii-models", daemon=True).start()
        max_mb = self.settings.jobs.max_worker_mb
        idle = _Idle(self.db, stop, poll_seconds)
        try:
            while not stop.is_set() and self.retiring is None:
                job = self.queue.claim(self.name, self.settings.jobs.skills)
                if job is None:
                    idle.wait()
                    continue
                self.process(job)
                release_free_memory()
                if self.retiring is None and (used := resident_mb()) > max_mb:
                    self.retiring = f"{used:,.0f} MB resident, over the {max_mb} MB bound"
        finally:
            idle.close()
        if self.retiring is not None:
            log.warning("worker %s retiring: %s", self.name, self.retiring)

    @functools.cached_property
    def bot_user(self) -> str:
        """The bot's own user id, asked of Slack once per process."""
        return self.client.auth_test()["user_id"]

    def process(self, job: Job) -> None:
        heart = _Heartbeat(self.db_path, job.id, self.name, self.settings.jobs.heartbeat_seconds)
        heart.start()
        try:
            _JobRun(self, job, heart).run()
        finally:
            heart.stop()


class _Idle:
    """How a worker with nothing to do waits for work: on SQLite it looks again every
    `poll_seconds`; on PostgreSQL it sleeps until the server says a job was queued
    (`LISTEN`), looking once a second anyway for jobs put back by the stale-job sweep
    and for the order to stop."""

    def __init__(self, db: Any, stop: Any, poll_seconds: float) -> None:
        self.stop, self.poll_seconds = stop, poll_seconds
        self.listener = db.listener(NEW_JOBS) if db.dialect == "postgresql" else None

    def wait(self) -> None:
        if self.listener is None:
            self.stop.wait(self.poll_seconds)
        else:
            self.listener.wait(timeout=1.0)

    def close(self) -> None:
        if self.listener is not None:
            self.listener.close()


class _Heartbeat(threading.Thread):
    def __init__(self, db_path: str, job_id: int, worker: str, every: float) -> None:
        super().__init__(daemon=True)
        self.db_path, self.job_id, self.worker, self.every = db_path, job_id, worker, every
        self.cancelled = threading.Event()
        self._stop = threading.Event()

    def run(self) -> None:
        queue = SqlJobQueue(open_database(self.db_path))
        while not self._stop.wait(self.every):
            if queue.heartbeat(self.job_id, self.worker) in (CANCELLING, CANCELLED):
                self.cancelled.set()

    def stop(self) -> None:
        self._stop.set()


class _JobRun:
    def __init__(self, worker: Worker, job: Job, heart: _Heartbeat) -> None:
        self.worker, self.job, self.heart = worker, job, heart
        self.spec = job.spec
        self.client = worker.client
        self.skill_name = self.spec.skill or "mmbot"
        self.progress_ts = job.progress_ts
        self.last_update = 0.0
        self.started = time.perf_counter()
        self.abandoned = False
        #: Held while the progress message is written: an update from an abandoned skill's
        #: thread, late under load, must not land over the job's last word (`paused`).
        self._progress_lock = threading.Lock()
        self._progress_closed = False

    def run(self) -> None:
        with log_context(job_id=self.job.id, skill=self.spec.skill, channel=self.spec.channel):
            self._run()

    def _run(self) -> None:
        folder = job_folder(self.worker.db_path, self.job.id)
        try:
            self._react("eyes")
            self._progress("starting", None, force=True)
            result, facts = self._work(folder)
            self._post_once(render.result_messages(result, facts))
            self._upload(result)
            self._finish(DONE, ":white_check_mark:", "done")
        except JobCancelled:
            self._finish(CANCELLED, None, "cancelled")
        except Interrupted:
            self._put_back()
        except HandOver as handing:
            self._hand_over(handing.skill)
        except UserFacingError as error:
            self._post_once([render.failure_message(str(error))])
            self._finish(FAILED, ":warning:", "failed", str(error))
        except Exception as error:
            log.exception("job %s failed", self.job.id)
            sentence = (
                f"Something went wrong on mmbot's side ({type(error).__name__}). Try again; "
                f"if it keeps happening an admin can look up job {self.job.id} in `mmbot audit`."
            )
            try:
                self._post_once([render.failure_message(sentence)])
            except Exception:
                log.exception("could not report the failure of job %s", self.job.id)
            self._finish(FAILED, ":warning:", "failed", f"{type(error).__name__}: {error}")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    # -- the work ---------------------------------------------------------------------

    def _work(self, folder: Path) -> tuple[Any, render.Facts]:
        settings = self.worker.settings
        channel_settings = settings.channels.get(self.spec.channel or "")
        if self.spec.skill:
            _check_allowed(self.spec.skill, channel_settings)  # before fetching anything
        metas = self._files()
        if not metas:
            raise InputError(
                "I found no file to work on: drop one in the channel, or mention me in the "
                "file's thread"
            )
        self._progress("downloading", None)
        hosts = slack_files.allowed_hosts(settings.slack.api_url)
        token = settings.slack.bot_token.require("slack.bot_token")
        paths, names = [], []
        for meta in metas:
            slack_files.check_size(meta, settings.slack.max_file_mb)
            paths.append(
                slack_files.download(meta, folder, token, hosts, settings.slack.max_file_mb)
            )
            names.append(slack_files.safe_name(meta.get("name") or "", meta.get("id")))
        inputs = input_files(paths, names)
        name = self.spec.skill or choose_skill([f.kind for f in inputs], channel_settings)
        self.skill_name = name
        _check_allowed(name, channel_settings)
        if (taken := settings.jobs.skills) and name not in taken:
            raise HandOver(name)
        skill = self.worker.registry.skill(name)
        defaults = channel_settings.options.get(name, {}) if channel_settings else {}
        # The channel's defaults first, so that the user's own key=value words win.
        words = [f"{key}={value}" for key, value in defaults.items()]
        options, prompt = skill.parse_words(words + split_words(self.spec.prompt or ""))
        self._progress("working", 0.0, force=True)
        try:
            result = run_watched(
                lambda: run_skill(
                    skill,
                    inputs,
                    options=options,
                    prompt=prompt,
                    settings=settings,
                    db=self.worker.db,
                    workdir=folder / "out",
                    progress=self._progress_from_skill,
                    who=Who(self.spec.user, self.spec.channel, self.spec.team, self.job.id),
                    models=self.worker.router,
                ),
                skill=name,
                minutes=settings.jobs.time_limit_minutes(name, skill.time_limit_minutes),
                max_mb=settings.jobs.max_worker_mb,
                name=f"job{self.job.id}-{name}",
                interrupted=self.worker.interrupt.is_set,
            )
        except LimitExceeded as error:
            self.abandoned = True
            self.worker.retiring = f"job {self.job.id}: {error}"
            raise
        except Interrupted:
            self.abandoned = True
            self.worker.retiring = f"shutting down during job {self.job.id}"
            raise
        return result, self._facts(name)

    def _files(self) -> list[dict[str, Any]]:
        metas = list(self.spec.files)
        if not metas and self.spec.source in ("mention", "command"):
            metas = self._files_nearby()
        resolved = []
        for meta in metas:
            if slack_files.needs_lookup(meta):
                info = self.client.files_info(file=meta["id"])
                meta = info["file"]
            resolved.append(meta)
        return resolved

    def _files_nearby(self) -> list[dict[str, Any]]:
        """For a mention: the files of its thread; otherwise the user's latest drop in the
        channel within `[slack] recent_file_minutes`."""
        channel = self.spec.channel
        if self.spec.thread_ts and self.spec.thread_ts != self.spec.message_ts:
            replies = self.client.conversations_replies(channel=channel, ts=self.spec.thread_ts)
            for message in replies["messages"]:
                if message.get("files"):
                    return message["files"]
        window = self.worker.settings.slack.recent_file_minutes * 60
        history = self.client.conversations_history(
            channel=channel, oldest=f"{time.time() - window:.6f}", limit=100
        )
        for message in history["messages"]:
            if message.get("files") and message.get("user") == self.spec.user:
                return message["files"]
        return []

    def _facts(self, skill: str) -> render.Facts:
        rows = list(
            self.worker.db.query(
                "select provider, model, cost_usd from audit where job_id = ?"
                " and action = 'provider.call'",
                [self.job.id],
            )
        )
        models = tuple(dict.fromkeys(f"{r['provider']}/{r['model']}" for r in rows))
        cost = sum(r["cost_usd"] or 0 for r in rows)
        return render.Facts(skill, time.perf_counter() - self.started, models, cost)

    # -- Slack side ---------------------------------------------------------------------

    @property
    def thread_ts(self) -> str | None:
        """The file's thread; for a slash command, the thread of the bot's progress message."""
        return self.spec.thread_ts or self.progress_ts

    def _progress_from_skill(self, fraction: float, text: str = "") -> None:
        if self.heart.cancelled.is_set() or self.abandoned:
            raise JobCancelled("cancelled")
        self._progress(text or "working", fraction)

    def _progress(self, stage: str, fraction: float | None, force: bool = False) -> None:
        with self._progress_lock:
            if not self._progress_closed:
                self._show_progress(stage, fraction, force)

    def _show_progress(self, stage: str, fraction: float | None, force: bool) -> None:
        if not force and time.monotonic() - self.last_update < PROGRESS_INTERVAL:
            return
        self.last_update = time.monotonic()
        message = render.progress_message(self.skill_name, stage, fraction, self.job.id)
        try:
            if self.progress_ts:
                self.client.chat_update(channel=self.spec.channel, ts=self.progress_ts, **message)
            else:
                with self.worker.pacer.post(self.spec.channel):
                    posted = self.client.chat_postMessage(
                        channel=self.spec.channel, thread_ts=self.thread_ts, **message
                    )
                self.progress_ts = posted["ts"]
                self.worker.queue.remember(self.job.id, progress_ts=self.progress_ts)
        except SlackApiError as error:
            metrics.slack_api_error(_error_code(error))
            log.warning("progress of job %s not shown: %s", self.job.id, error.response["error"])

    def _post_once(self, messages: list[dict[str, Any]]) -> None:
        if self._already_answered():
            return
        metadata = {"event_type": RESULT_EVENT, "event_payload": {"job_id": self.job.id}}
        for index, message in enumerate(messages):
            first = index == 0

            def post(message: dict[str, Any] = message, first: bool = first) -> str:
                with self.worker.pacer.post(self.spec.channel):
                    return self.client.chat_postMessage(
                        channel=self.spec.channel,
                        thread_ts=self.thread_ts,
                        metadata=metadata if first else None,
                        **message,
                    )["ts"]

            def landed(message: dict[str, Any] = message, first: bool = first) -> str | None:
                return self._posted_in_thread(message.get("text") or "", first)

            posted_ts = _through_outage(post, landed, f"the answer to job {self.job.id}")
            if first:
                self.worker.queue.remember(self.job.id, reply_ts=posted_ts)

    def _posted_in_thread(self, text: str, first: bool) -> str | None:
        """The ts of this job's message with `text` in the thread, if Slack has it: a post
        that failed with a server error may still have been made."""
        if not self.thread_ts:
            return None
        replies = self.client.conversations_replies(
            channel=self.spec.channel, ts=self.thread_ts, include_all_metadata=True
        )
        for message in replies["messages"]:
            payload = (message.get("metadata") or {}).get("event_payload") or {}
            if first and payload.get("job_id") == self.job.id:
                return message["ts"]
            if not first and message.get("bot_id") and message.get("text") == text:
                return message["ts"]
        return None

    def _already_answered(self) -> bool:
        current = self.worker.queue.get(self.job.id)
        if current is not None and current.reply_ts:
            return True
        if self.job.attempts <= 1 or not self.thread_ts:
            return False  # only an earlier, interrupted attempt can have posted unrecorded
        found = self._posted_in_thread("", first=True)
        if found:
            self.worker.queue.remember(self.job.id, reply_ts=found)
        return found is not None

    def _upload(self, result: Any) -> None:
        uploads = [
            {"file": str(a.path), "filename": a.path.name, "title": a.title}
            for a in result.attachments
        ]
        if self.job.attempts > 1:
            uploads = self._not_yet_uploaded(uploads)
        if not uploads:
            return

        pending = uploads

        def upload() -> str:
            self.client.files_upload_v2(
                file_uploads=pending, channel=self.spec.channel, thread_ts=self.thread_ts
            )
            return "uploaded"

        def landed() -> str | None:
            nonlocal pending
            pending = self._not_yet_uploaded(uploads)
            return None if pending else "uploaded"

        _through_outage(upload, landed, f"the files of job {self.job.id}")

    def _not_yet_uploaded(self, uploads: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The uploads not in the thread yet: an interrupted or failed earlier try may have
        got some of them there."""
        if not self.thread_ts:
            return uploads
        replies = self.client.conversations_replies(channel=self.spec.channel, ts=self.thread_ts)
        present = {
            file.get("name")
            for message in replies["messages"]
            if message.get("user") == self.worker.bot_user
            for file in message.get("files") or []
        }
        return [upload for upload in uploads if upload["filename"] not in present]

    def _react(self, name: str, remove: bool = False) -> None:
        if not self.spec.message_ts:
            return
        call = self.client.reactions_remove if remove else self.client.reactions_add
        try:
            call(channel=self.spec.channel, timestamp=self.spec.message_ts, name=name)
        except SlackApiError as error:
            if error.response["error"] not in ("already_reacted", "no_reaction"):
                metrics.slack_api_error(_error_code(error))
                log.warning("reaction %s on job %s: %s", name, self.job.id, error.response["error"])

    def _hand_over(self, skill: str) -> None:
        """Back to the queue with its skill now named, for a host that takes that skill."""
        taken = ", ".join(self.worker.settings.jobs.skills)
        self._release("job.handover", f"this host takes {taken}", skill=skill)

    def _put_back(self) -> None:
        """The worker is shutting down mid-job: the job goes back to the queue, for the next
        worker to run from the start, and its thread says so."""
        self._close_progress("paused while mmbot restarts; it will carry on")
        self._release("job.release", "the worker was stopped before the job could finish")

    def _release(self, action: str, detail: str, skill: str | None = None) -> None:
        """Queue the job again and audit why, in one transaction."""
        with writing(self.worker.db):
            AuditLog(self.worker.db).record(
                action=action,
                status="queued",
                team=self.spec.team,
                channel=self.spec.channel,
                user=self.spec.user,
                skill=skill or self.skill_name,
                job_id=self.job.id,
                detail=detail,
            )
            self.worker.queue.release(self.job.id, self.worker.name, skill=skill)

    def _finish(self, status: str, reaction: str | None, outcome: str, error: str | None = None):
        self._react("eyes", remove=True)
        if reaction:
            self._react(reaction.strip(":"))
        self._close_progress(outcome)
        # One transaction: a crash between the two would resume a finished job and audit it twice.
        with writing(self.worker.db):
            self._record_finish(status, error)

    def _close_progress(self, outcome: str) -> None:
        """The progress message's last word. An update still being written by the skill's
        thread is waited for (a few seconds at most), and none is written after it."""
        taken = self._progress_lock.acquire(timeout=CLOSE_WAIT_SECONDS)
        try:
            self._progress_closed = True
            if self.progress_ts:
                with contextlib.suppress(SlackApiError):
                    self.client.chat_update(
                        channel=self.spec.channel,
                        ts=self.progress_ts,
                        **render.finished_progress(self.skill_name, outcome),
                    )
        finally:
            if taken:
                self._progress_lock.release()

    def _record_finish(self, status: str, error: str | None) -> None:
        seconds = time.perf_counter() - self.started
        outcome = "ok" if status == DONE else status
        AuditLog(self.worker.db).record(
            action="job.finish",
            status=outcome,
            team=self.spec.team,
            channel=self.spec.channel,
            user=self.spec.user,
            skill=self.skill_name,
            job_id=self.job.id,
            latency_ms=seconds * 1000,
            detail=error,
        )
        self.worker.queue.finish(self.job.id, status, error)
        metrics.job_finished(self.skill_name, outcome, seconds)
