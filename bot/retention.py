"""Retention that runs by itself: the serving bot deletes what is older than `[storage]
retention_days`, expired cache entries and finished jobs, once at start-up and then
daily, and audits each run (what `mmbot purge` does by hand)."""

import logging
import time

from bot.config import Settings
from storage.audit import AuditLog
from storage.db import open_database
from storage.privacy import purge_expired

log = logging.getLogger(__name__)
EVERY_SECONDS = 24 * 3600


class RetentionSchedule:
    def __init__(self, settings: Settings, db_path: str) -> None:
        self.settings, self.db_path = settings, db_path
        self._next = 0.0

    def run_if_due(self) -> dict[str, int] | None:
        """Purge when a day has passed since the last run (or none ran yet); the counts."""
        if time.monotonic() < self._next:
            return None
        self._next = time.monotonic() + EVERY_SECONDS
        db = open_database(self.db_path)
        days = self.settings.storage.retention_days
        try:
            counts = purge_expired(db, days)
        except Exception as error:
            log.warning("the retention purge failed: %s", error)
            AuditLog(db).record(
                action="retention.purge", status="error", detail=f"{type(error).__name__}: {error}"
            )
            return None
        AuditLog(db).record(
            action="retention.purge",
            status="ok",
            detail=f"deleted {sum(counts.values())} ("
            + ", ".join(f"{table} {n}" for table, n in counts.items())
            + f"), past {days} days",
        )
        return counts
