"""The persistent job queue: one row per job in the database, claimed by worker processes.

States: queued → running → done | failed | cancelled (and `cancelling` while a
running job is being stopped). A job is created at most once per `dedup_key`, so
Slack's retries and the two events of one file drop make one job. Claiming is
fair: among queued jobs the one whose user, then channel, has the fewest jobs
running goes first, so one person's fifty files never starve everyone else.
Running jobs send heartbeats; a job whose heartbeat has gone stale (its worker
died) is queued again and resumes. `JobQueue` is the whole interface the rest of
the bot uses, narrow enough for a Redis-backed queue to replace this one.
"""

import json
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol

from storage.clock import now, now_text, to_text
from storage.db import AnyDatabase, writing
from storage.dialect import locking, skipping_locked

QUEUED, RUNNING, DONE, FAILED, CANCELLED, CANCELLING = (
    "queued",
    "running",
    "done",
    "failed",
    "cancelled",
    "cancelling",
)
FINISHED = frozenset({DONE, FAILED, CANCELLED})


@dataclass(frozen=True)
class JobSpec:
    """What to run, for whom, and where to answer."""

    dedup_key: str
    skill: str | None
    source: str
    team: str | None = None
    channel: str | None = None
    thread_ts: str | None = None
    message_ts: str | None = None
    user: str | None = None
    files: list[dict[str, Any]] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    prompt: str | None = None


@dataclass(frozen=True)
class Job:
    id: int
    spec: JobSpec
    status: str
    attempts: int
    progress_ts: str | None
    reply_ts: str | None
    created_at: str

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Job":
        spec = JobSpec(
            dedup_key=row["dedup_key"],
            skill=row["skill"] or None,
            source=row["source"],
            team=row["team"],
            channel=row["channel"],
            thread_ts=row["thread_ts"],
            message_ts=row["message_ts"],
            user=row["user"],
            files=json.loads(row["files"] or "[]"),
            options=json.loads(row["options"] or "{}"),
            prompt=row["prompt"],
        )
        return cls(
            row["id"],
            spec,
            row["status"],
            row["attempts"],
            row["progress_ts"],
            row["reply_ts"],
            row["created_at"],
        )


class JobQueue(Protocol):
    def enqueue(self, spec: JobSpec) -> tuple[int, bool]: ...
    def claim(self, worker: str, skills: Sequence[str] = ()) -> Job | None: ...
    def heartbeat(self, job_id: int, worker: str) -> str: ...
    def remember(self, job_id: int, **slack_ts: str) -> None: ...
    def finish(self, job_id: int, status: str, error: str | None = None) -> None: ...
    def cancel(self, job_id: int, owner: str | None = None) -> str | None: ...
    def release(self, job_id: int, worker: str) -> None: ...
    def requeue_stale(self, older_than: timedelta, max_attempts: int) -> list[int]: ...
    def get(self, job_id: int) -> Job | None: ...


# Among queued jobs, the one whose user, then channel, has the fewest jobs running.
_FAIREST_QUEUED = """
with busy as (select user, channel from jobs where status in ('running', 'cancelling')),
  users as (select user, count(*) as n from busy group by user),
  channels as (select channel, count(*) as n from busy group by channel)
select j.id from jobs j
  left join users u on coalesce(u.user, '') = coalesce(j.user, '')
  left join channels c on coalesce(c.channel, '') = coalesce(j.channel, '')
where j.status = 'queued'{only}
order by coalesce(u.n, 0), coalesce(c.n, 0), j.id
limit 1{lock}
"""
#: Where idle workers hear of new jobs on PostgreSQL (`LISTEN`/`NOTIFY`).
NEW_JOBS = "mmbot_jobs"


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class SqlJobQueue:
    """The queue in the bot's database, SQLite or PostgreSQL."""

    def __init__(self, db: AnyDatabase) -> None:
        self.db = db

    def enqueue(self, spec: JobSpec) -> tuple[int, bool]:
        """The job's id, and whether this call created it (False: a duplicate)."""
        stamp = now_text()
        row = {
            "dedup_key": spec.dedup_key,
            "skill": spec.skill or "",
            "status": QUEUED,
            "source": spec.source,
            "team": spec.team,
            "channel": spec.channel,
            "thread_ts": spec.thread_ts,
            "message_ts": spec.message_ts,
            "user": spec.user,
            "files": json.dumps(spec.files),
            "options": json.dumps(spec.options),
            "prompt": spec.prompt,
            "created_at": stamp,
            "updated_at": stamp,
            "attempts": 0,
        }
        columns = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" for _ in row)
        with writing(self.db):
            created = self.db.execute(
                f"insert into jobs ({columns}) values ({marks})"
                " on conflict (dedup_key) do nothing returning id",
                list(row.values()),
            ).fetchone()
            if created is not None:
                self.db.notify(NEW_JOBS)
                return created[0], True
            existing = self.db.execute(
                "select id from jobs where dedup_key = ?", [spec.dedup_key]
            ).fetchone()
        return existing[0], False

    def claim(self, worker: str, skills: Sequence[str] = ()) -> Job | None:
        """The fairest queued job, now running under `worker`; None when nothing waits.
        With `skills`, only a job of one of them, or one whose skill its files will decide
        (the worker hands that back if the files call for a skill it does not take).

        On SQLite the write lock is taken first, so two workers never choose the same
        job; on PostgreSQL the chosen row is locked and rows other workers hold are
        passed over, so workers on many hosts claim at once without waiting in line."""
        marks = ", ".join("?" for _ in skills)
        only = f" and (j.skill in ({marks}) or j.skill = '')" if skills else ""
        sql = _FAIREST_QUEUED.format(only=only, lock=skipping_locked(self.db.dialect, "j"))
        with writing(self.db):
            row = self.db.execute(sql, list(skills)).fetchone()
            if row is None:
                return None
            stamp = now_text()
            self.db.execute(
                "update jobs set status = 'running', worker = ?, attempts = attempts + 1,"
                " started_at = coalesce(started_at, ?), heartbeat_at = ?, updated_at = ?"
                " where id = ?",
                [worker, stamp, stamp, stamp, row[0]],
            )
        return self.get(row[0])

    def heartbeat(self, job_id: int, worker: str) -> str:
        """Record that the job is alive; return its status (`cancelling` asks it to stop)."""
        stamp = now_text()
        with writing(self.db):
            self.db.execute(
                "update jobs set heartbeat_at = ?, updated_at = ? where id = ? and worker = ?",
                [stamp, stamp, job_id, worker],
            )
            row = self.db.execute("select status from jobs where id = ?", [job_id]).fetchone()
        return row[0] if row else CANCELLED

    def remember(self, job_id: int, **slack_ts: str) -> None:
        """Store `progress_ts` / `reply_ts`: the Slack messages this job has posted."""
        allowed = {"progress_ts", "reply_ts"}
        if not slack_ts or set(slack_ts) - allowed:
            raise ValueError(f"remember() takes {sorted(allowed)}")
        assignments = ", ".join(f"{name} = ?" for name in slack_ts)
        with writing(self.db):
            self.db.execute(
                f"update jobs set {assignments}, updated_at = ? where id = ?",
                [*slack_ts.values(), now_text(), job_id],
            )

    def finish(self, job_id: int, status: str, error: str | None = None) -> None:
        if status not in FINISHED:
            raise ValueError(f"{status!r} is not a finished state")
        stamp = now_text()
        with writing(self.db):
            self.db.execute(
                "update jobs set status = ?, error = ?, finished_at = ?, updated_at = ?"
                " where id = ?",
                [status, error, stamp, stamp, job_id],
            )

    def cancel(self, job_id: int, owner: str | None = None) -> str | None:
        """Cancel a queued job at once, or ask a running one to stop; the new status. With
        `owner`, only a job of that user is touched (another's keeps its status, which is
        returned unchanged): the check and the change are one statement."""
        with writing(self.db):
            self.db.execute(
                "update jobs set status = case status when 'queued' then 'cancelled'"
                " when 'running' then 'cancelling' else status end, updated_at = ?"
                " where id = ? and (cast(? as text) is null or user = ?)",
                [now_text(), job_id, owner, owner],
            )
            row = self.db.execute("select status from jobs where id = ?", [job_id]).fetchone()
        return row[0] if row else None

    def release(self, job_id: int, worker: str, skill: str | None = None) -> None:
        """Give back a job this worker was running but could not finish because it is
        shutting down, or (with `skill`, now chosen) because another host takes that
        skill: queued again without the attempt counting (a job being cancelled is
        cancelled)."""
        with writing(self.db):
            self.db.execute(
                "update jobs set status = case status when 'cancelling' then 'cancelled'"
                " else 'queued' end, worker = null, skill = coalesce(cast(? as text), skill),"
                " attempts = case when attempts > 0 then attempts - 1 else 0 end,"
                " updated_at = ? where id = ? and worker = ? and status in ('running',"
                " 'cancelling')",
                [skill, now_text(), job_id, worker],
            )

    def requeue_stale(self, older_than: timedelta, max_attempts: int) -> list[int]:
        """Jobs whose worker stopped sending heartbeats: queued again, or failed when
        they have used up their attempts (a job that kills its worker every time)."""
        cutoff = to_text(now() - older_than)
        with writing(self.db):
            rows = self.db.execute(
                "select id, attempts, status from jobs where status in ('running', 'cancelling')"
                " and heartbeat_at < ?" + locking(self.db.dialect),
                [cutoff],
            ).fetchall()
            requeued = []
            for job_id, attempts, status in rows:
                if status == CANCELLING:
                    new, error = CANCELLED, None
                elif attempts >= max_attempts:
                    new, error = FAILED, "the job stopped its worker too many times"
                else:
                    new, error = QUEUED, None
                    requeued.append(job_id)
                self.db.execute(
                    "update jobs set status = ?, error = ?, worker = null, updated_at = ?"
                    " where id = ?",
                    [new, error, now_text(), job_id],
                )
        return requeued

    def get(self, job_id: int) -> Job | None:
        rows = list(self.db.query("select * from jobs where id = ?", [job_id]))
        return Job.from_row(rows[0]) if rows else None

    def recent_for(self, user: str, limit: int = 10) -> list[Job]:
        rows = self.db.query(
            "select * from jobs where user = ? order by id desc limit ?", [user, limit]
        )
        return [Job.from_row(row) for row in rows]
