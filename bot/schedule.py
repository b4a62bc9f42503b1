"""Scheduled digests: each `[[digests]]` entry posted to its channel on its crontab.

APScheduler runs them on a thread of the serving process, in the entry's time
zone. A digest missed while the bot was down is posted when it comes back
within `MISFIRE_GRACE` (once, however many were missed); one that fails is
audited and the next one is tried on time. When its window saw jobs or model cost,
the text is the comment of an uploaded chart (`bot.digest_chart`); if the upload
fails, that is audited and the text is posted alone.
"""

import logging
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from slack_sdk import WebClient
from sqlite_utils import Database

from bot.config import DigestSettings, Settings
from bot.digest import channel_digest
from bot.digest_chart import day_bars, describe, has_activity, render_png
from bot.worker import web_client
from storage.audit import AuditLog
from storage.clock import now
from storage.db import open_database

log = logging.getLogger(__name__)

MISFIRE_GRACE = 3600


def post_digest(settings: Settings, db_path: str, digest: DigestSettings) -> None:
    """Build the channel's digest and post it, with its chart when there was activity; the
    outcome goes to the audit log."""
    db = open_database(db_path)
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


def _post_with_chart(
    client: WebClient, db: Database, audit: AuditLog, digest: DigestSettings, text: str
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
        """Post every digest at once, on the scheduler's thread (for tests and demos)."""
        now = datetime.now().astimezone()
        for job in self.scheduler.get_jobs():
            job.modify(next_run_time=now)

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
