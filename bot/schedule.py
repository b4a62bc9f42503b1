"""Scheduled digests: each `[[digests]]` entry posted to its channel on its crontab.

APScheduler runs them on a thread of the serving process, in the entry's time
zone. A digest missed while the bot was down is posted when it comes back
within `MISFIRE_GRACE` (once, however many were missed); one that fails is
audited and the next one is tried on time.
"""

import logging
from datetime import datetime

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.config import DigestSettings, Settings
from bot.digest import channel_digest
from bot.worker import web_client
from storage.audit import AuditLog
from storage.db import open_database

log = logging.getLogger(__name__)

MISFIRE_GRACE = 3600


def post_digest(settings: Settings, db_path: str, digest: DigestSettings) -> None:
    """Build the channel's digest and post it; the outcome goes to the audit log."""
    db = open_database(db_path)
    audit = AuditLog(db)
    try:
        text = channel_digest(db, digest.channel, digest.lookback_hours, frozenset(digest.sections))
        web_client(settings).chat_postMessage(channel=digest.channel, text=text, mrkdwn=True)
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
