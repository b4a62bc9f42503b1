"""Forgetting a person and purging old rows."""

import hashlib
from datetime import datetime, timedelta

from storage.clock import now, now_text, to_text
from storage.db import AnyDatabase, writing

#: Tables holding a `user` column, in the order they are cleared.
PERSONAL_TABLES: tuple[str, ...] = ("events", "jobs", "results", "cache", "audit")

#: Table → the timestamp column that ages its rows.
_AGED: dict[str, str] = {
    "events": "received_at",
    "audit": "ts",
    "results": "ts",
}
_FINISHED_JOB_STATES = ("done", "failed", "cancelled")


def subject_hash(user_id: str) -> str:
    """What a deletion record keeps of the person: enough to answer "was U123 forgotten?"."""
    return hashlib.sha256(user_id.encode()).hexdigest()[:16]


def forget_user(db: AnyDatabase, user_id: str) -> dict[str, int]:
    """Delete every row about `user_id`, and record that a deletion happened."""
    counts: dict[str, int] = {}
    with writing(db):
        for table in PERSONAL_TABLES:
            cursor = db.execute(f"delete from [{table}] where [user] = ?", [user_id])
            counts[table] = cursor.rowcount
        db.insert_row(
            "deletions",
            {
                "ts": now_text(),
                "subject": subject_hash(user_id),
                "rows_deleted": sum(counts.values()),
                "reason": "forget",
            },
        )
    return counts


def purge_expired(
    db: AnyDatabase, retention_days: int, moment: datetime | None = None
) -> dict[str, int]:
    """Delete rows older than `retention_days` and cache entries past their expiry."""
    moment = moment or now()
    cutoff = to_text(moment - timedelta(days=retention_days))
    counts: dict[str, int] = {}
    with writing(db):
        for table, column in _AGED.items():
            cursor = db.execute(f"delete from [{table}] where [{column}] < ?", [cutoff])
            counts[table] = cursor.rowcount
        placeholders = ", ".join("?" for _ in _FINISHED_JOB_STATES)
        cursor = db.execute(
            f"delete from jobs where status in ({placeholders})"
            " and coalesce(finished_at, created_at) < ?",
            [*_FINISHED_JOB_STATES, cutoff],
        )
        counts["jobs"] = cursor.rowcount
        cursor = db.execute("delete from cache where expires_at < ?", [to_text(moment)])
        counts["cache"] = cursor.rowcount
        if any(counts.values()):
            db.insert_row(
                "deletions",
                {
                    "ts": now_text(),
                    "subject": None,
                    "rows_deleted": sum(counts.values()),
                    "reason": f"retention {retention_days} days",
                },
            )
    return counts
