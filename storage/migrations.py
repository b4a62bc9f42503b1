"""Versioned schema migrations, applied in order, each exactly once.

Modelled on simonw/llm's migrations: a migration is a function named
`mNNN_what_it_does`; its name is recorded in `_mmbot_migrations` in the same
transaction as its changes, so a crash can never leave one half applied.
"""

from collections.abc import Callable

from sqlite_utils import Database

from storage.clock import now_text

Migration = Callable[[Database], None]
MIGRATIONS: list[Migration] = []
_TABLE = "_mmbot_migrations"


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


def migrate(db: Database) -> list[str]:
    """Apply every migration not yet applied; return the names applied now.

    Processes starting together (the server and its workers) may all find the
    schema behind: the first takes SQLite's write lock, the others wait for it
    (`busy_timeout`) and then find nothing left to do.
    """
    if _TABLE in db.table_names() and _pending(db) == []:
        return []
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        if _TABLE not in db.table_names():
            db[_TABLE].create({"name": str, "applied_at": str}, pk="name")
        applied = []
        for fn in _pending(db):
            with db.atomic():
                fn(db)
                db[_TABLE].insert({"name": fn.__name__, "applied_at": now_text()})
            applied.append(fn.__name__)
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
    return applied


def _pending(db: Database) -> list[Migration]:
    done = {row["name"] for row in db[_TABLE].rows}
    return [fn for fn in MIGRATIONS if fn.__name__ not in done]


@migration
def m001_initial(db: Database) -> None:
    db["events"].create(
        {
            "event_id": str,
            "kind": str,
            "team": str,
            "channel": str,
            "user": str,
            "received_at": str,
            "job_id": int,
        },
        pk="event_id",
    )
    db["jobs"].create(
        {
            "id": int,
            "dedup_key": str,
            "skill": str,
            "status": str,
            "source": str,
            "team": str,
            "channel": str,
            "thread_ts": str,
            "user": str,
            "files": str,
            "options": str,
            "prompt": str,
            "created_at": str,
            "updated_at": str,
            "started_at": str,
            "finished_at": str,
            "heartbeat_at": str,
            "worker": str,
            "attempts": int,
            "progress_ts": str,
            "reply_ts": str,
            "error": str,
        },
        pk="id",
        not_null={"skill", "status", "created_at"},
        defaults={"status": "queued", "attempts": 0},
    )
    db["jobs"].create_index(["dedup_key"], unique=True)
    db["jobs"].create_index(["status", "created_at"])
    db["audit"].create(
        {
            "id": int,
            "ts": str,
            "action": str,
            "status": str,
            "team": str,
            "channel": str,
            "user": str,
            "skill": str,
            "job_id": int,
            "provider": str,
            "model": str,
            "capability": str,
            "tokens_in": int,
            "tokens_out": int,
            "image_tokens": int,
            "cost_usd": float,
            "latency_ms": float,
            "attempts": int,
            "cache_hit": int,
            "detail": str,
        },
        pk="id",
        not_null={"ts", "action", "status"},
    )
    db["results"].create(
        {
            "id": int,
            "job_id": int,
            "ts": str,
            "team": str,
            "channel": str,
            "user": str,
            "skill": str,
            "summary": str,
            "data": str,
        },
        pk="id",
        not_null={"ts", "skill"},
    )
    db["cache"].create(
        {
            "key": str,
            "skill": str,
            "model": str,
            "user": str,
            "created_at": str,
            "expires_at": str,
            "value": str,
        },
        pk="key",
    )
    db["deletions"].create(
        {"id": int, "ts": str, "subject": str, "rows_deleted": int, "reason": str},
        pk="id",
    )
    for table, column in (
        ("events", "received_at"),
        ("events", "user"),
        ("jobs", "user"),
        ("audit", "ts"),
        ("audit", "user"),
        ("audit", "channel"),
        ("results", "ts"),
        ("results", "channel"),
        ("results", "user"),
        ("cache", "expires_at"),
        ("cache", "user"),
    ):
        db[table].create_index([column])


@migration
def m002_job_message_ts(db: Database) -> None:
    """The message a job answers (its files or the mention), for reactions."""
    db["jobs"].add_column("message_ts", str)


@migration
def m003_channel_pacing(db: Database) -> None:
    """When each channel may next be posted to, shared by every worker process."""
    db["pacing"].create({"channel": str, "next_at": float}, pk="channel")
