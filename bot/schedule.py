"""Scheduled digests: each `[[digests]]` entry posted to its channel on its crontab.

APScheduler runs them on a thread of the serving process, in the entry's time
zone. A digest missed while the bot was down is posted when it comes back
within `MISFIRE_GRACE` (once, however many were missed); one that fails is
audited and the next one is tried on time. When its window saw jobs or model cost,
the text is the comment of an uploaded chart (`bot.digest_chart`); if the upload
fails, that is audited and the text is posted alone.
"""

import logging
import socket
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from slack_sdk import WebClient

from bot.config import DigestSettings, Settings
from bot.digest import channel_digest
from bot.digest_chart import day_bars, describe, has_activity, render_png
from bot.worker import web_client
from storage.audit import AuditLog
from storage.clock import now, to_text
from storage.db import AnyDatabase, open_database, writing

log = logging.getLogger(__name__)

MISFIRE_GRACE = 3600


def post_digest(
    settings: Settings, db_path: str, digest: DigestSettings, scheduled: bool = True
) -> None:
    """Build the channel's digest and post it, with its chart when there was activity; the
    outcome goes to the audit log. A scheduled run first claims its due time in the
    database: of several listeners sharing it, only the first posts."""
    db = open_database(db_path)
    if scheduled and not claim_run(db, digest, now()):
        log.info("the digest for %s was posted by another host", digest.channel)
        return
    audit = AuditLog(db)
    try:
        text = channel_digest(db, digest.channel, digest.lookback_hours, frozenset(digest.sections))
        client = web_client(settings)
        if not _post_with_chart(client, db, audit, digest, text):
            client.chat_postMessage(channel=digest.channel, text=text, mrkdwn=True)
    except Exception as error:
        log.warning("the digest for %s was not posted: %s", digest.channel, error)
        audit.record(
            action="digest.post",
            status="error",
            channel=digest.channel,
            detail=f"{type(error).__name__}: {error}",
        )
        return
    audit.record(action="digest.post", status="ok", channel=digest.channel)


def claim_run(db: AnyDatabase, digest: DigestSettings, moment: datetime) -> bool:
    """Record that this host posts `digest` for its latest due time at or before `moment`;
    False when another host already has."""
    due = due_time(digest, moment)
    with writing(db):
        claimed = db.execute(
            "insert into digest_runs (digest, due_at, host, claimed_at) values (?, ?, ?, ?)"
            " on conflict (digest, due_at) do nothing returning digest",
            [digest_key(digest), to_text(due), socket.gethostname(), to_text(moment)],
        ).fetchone()
    return claimed is not None


def digest_key(digest: DigestSettings) -> str:
    return f"{digest.channel} {digest.schedule} {digest.timezone}"


def due_time(digest: DigestSettings, moment: datetime) -> datetime:
    """The crontab's latest time at or before `moment`. A scheduled run starts within
    `MISFIRE_GRACE` of it, so only that far back is searched; past that (a clock moved),
    the minute of `moment` stands in."""
    trigger = CronTrigger.from_crontab(digest.schedule, timezone=digest.timezone)
    fire = trigger.get_next_fire_time(None, moment - timedelta(seconds=MISFIRE_GRACE + 60))
    latest = None
    while fire is not None and fire <= moment + timedelta(seconds=1):
        latest = fire
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
    return latest or moment.replace(second=0, microsecond=0)


def _post_with_chart(
    client: WebClient, db: AnyDatabase, audit: AuditLog, digest: DigestSettings, text: str
) -> bool:
    """Upload the window's chart with `text` as its comment; False when there was nothing
    to chart or the chart did not get there (that is audited), so the text goes alone."""
    try:
        until = now()
        since = until - timedelta(hours=digest.lookback_hours)
        bars = day_bars(db, digest.channel, since, until, digest.timezone)
        if not has_activity(bars):
            return False
        client.files_upload_v2(
            channel=digest.channel,
            initial_comment=text,
            file_uploads=[
                {
                    "file": render_png(bars, digest.timezone),
                    "filename": f"mmbot-digest-{until:%Y-%m-%d}.png",
                    "title": "Jobs and model cost per day",
                    "alt_txt": describe(bars),
                }
            ],
        )
    except Exception as error:
        log.warning("the digest chart for %s was not uploaded: %s", digest.channel, error)
        audit.record(
            action="digest.post",
            status="error",
            channel=digest.channel,
            detail=f"chart not uploaded, posting the text alone: {type(error).__name__}: {error}",
        )
        return False
    return True


class DigestScheduler:
    """The digests of `settings`, each a cron job in its own time zone."""

    def __init__(self, settings: Settings, db_path: str) -> None:
        self.scheduler = BackgroundScheduler(
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE}
        )
        for index, digest in enumerate(settings.digests):
            self.scheduler.add_job(
                post_digest,
                CronTrigger.from_crontab(digest.schedule, timezone=digest.timezone),
                args=(settings, db_path, digest),
                id=f"digest-{index}-{digest.channel}",
                name=f"digest for {digest.channel}",
            )

    def start(self) -> None:
        if self.scheduler.get_jobs():
            self.scheduler.start()

    def next_runs(self) -> dict[str, datetime]:
        return {job.id: job.next_run_time for job in self.scheduler.get_jobs()}

    def run_now(self) -> None:
        """Post every digest at once, on the scheduler's thread (for tests and demos), as
        asked rather than as scheduled: it claims no due time."""
        moment = datetime.now().astimezone()
        for job in self.scheduler.get_jobs():
            if job.func is post_digest:
                self.scheduler.add_job(
                    post_digest, args=(*job.args, False), next_run_time=moment, name=job.name
                )

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
