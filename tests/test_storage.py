"""Storage: migrations, the redacting audit log, forgetting, retention, crash safety."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
from datetime import timedelta
from pathlib import Path

from storage.audit import AuditEntry, AuditFilter, AuditLog
from storage.clock import now, now_text, to_text
from storage.db import open_database, thread_safe_database, writing
from storage.migrations import MIGRATIONS, migrate
from storage.privacy import forget_user, purge_expired, subject_hash

REPO = Path(__file__).resolve().parents[1]


def test_database_is_wal_and_migrated_once(tmp_path: Path):
    db = open_database(tmp_path / "a.db")
    assert db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert {"events", "jobs", "audit", "results", "cache", "deletions"} <= set(db.table_names())
    assert migrate(db) == []
    applied = [row["name"] for row in db["_mmbot_migrations"].rows]
    assert applied == [m.__name__ for m in MIGRATIONS]


def test_every_text_field_is_redacted(any_db):
    log = AuditLog(any_db)
    log.record(
        AuditEntry(
            action="provider.call",
            user="U1",
            model="gpt call +86 138 0013 8000",
            detail="key sk-proj-abcdefghijklmnopqrstuvwx for jane@example.com",
            tokens_in=12,
            cost_usd=0.001,
            cache_hit=True,
        )
    )
    [row] = log.recent()
    assert row["detail"] == "key [SECRET] for [EMAIL]"
    assert row["model"] == "gpt call [PHONE]"
    assert (row["tokens_in"], row["cost_usd"], row["cache_hit"]) == (12, 0.001, 1)


def test_filters(any_db):
    log = AuditLog(any_db)
    log.record(action="skill.run", user="U1", channel="C1", skill="invoice")
    log.record(action="skill.run", user="U2", channel="C2", skill="invoice", status="failed")
    log.record(action="provider.call", user="U1", channel="C2", skill="meeting")
    assert [r["skill"] for r in log.recent(AuditFilter(user="U1"))] == ["meeting", "invoice"]
    assert [r["user"] for r in log.recent(AuditFilter(skill="invoice", status="failed"))] == ["U2"]
    assert len(log.recent(AuditFilter(since=now() + timedelta(minutes=1)))) == 0
    assert len(log.recent(AuditFilter(limit=2))) == 2


def insert(db, table: str, **row) -> None:
    columns = ", ".join(f"[{name}]" for name in row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"insert into {table} ({columns}) values ({marks})", list(row.values()))


def test_forget_deletes_everywhere_and_records_the_deletion(any_db):
    db = any_db
    AuditLog(db).record(action="skill.run", user="U1")
    AuditLog(db).record(action="skill.run", user="U2")
    insert(db, "results", ts=to_text(now()), skill="invoice", user="U1")
    insert(db, "jobs", skill="invoice", status="done", created_at=to_text(now()), user="U1")
    insert(db, "events", event_id="Ev1", user="U1", received_at=to_text(now()))
    insert(db, "cache", key="k", user="U1", value="{}")
    counts = forget_user(db, "U1")
    assert counts == {"events": 1, "jobs": 1, "results": 1, "cache": 1, "audit": 1}
    for table in ("events", "jobs", "results", "cache", "audit"):
        assert db.execute(f"select count(*) from {table} where user = 'U1'").fetchone()[0] == 0
    assert db.execute("select count(*) from audit").fetchone()[0] == 1
    [deletion] = list(db.query("select * from deletions"))
    assert deletion["subject"] == subject_hash("U1")
    assert "U1" not in str(deletion)
    assert deletion["rows_deleted"] == 5


def test_retention_purges_only_old_rows(any_db):
    db = any_db
    old, fresh = to_text(now() - timedelta(days=40)), to_text(now())
    insert(db, "audit", ts=old, action="a", status="ok")
    insert(db, "audit", ts=fresh, action="b", status="ok")
    insert(db, "jobs", skill="x", status="done", created_at=old, finished_at=old)
    insert(db, "jobs", skill="x", status="queued", created_at=old)
    insert(db, "cache", key="old", expires_at=old, value="1")
    insert(db, "cache", key="new", expires_at=to_text(now() + timedelta(days=1)), value="2")
    counts = purge_expired(db, retention_days=30)
    assert counts == {"events": 0, "audit": 1, "results": 0, "jobs": 1, "cache": 1}
    assert [r["action"] for r in db.query("select * from audit")] == ["b"]
    assert [r["status"] for r in db.query("select * from jobs")] == ["queued"]
    assert [r["key"] for r in db.query("select * from cache")] == ["new"]
    assert [r["reason"] for r in db.query("select * from deletions")] == ["retention 30 days"]


WRITER = textwrap.dedent(
    """
    import sys
    from storage.audit import AuditLog
    from storage.db import ThreadLocalDatabase, open_database, writing
    log = AuditLog(open_database(sys.argv[1]))
    for i in range(1_000_000):
        row_id = log.record(action="burst", detail=f"row {i} for bob@example.com")
        print(row_id, flush=True)
    """
)


def test_sigkill_during_a_burst_loses_no_committed_row(location: str):
    path = location
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env
    )
    committed = []
    assert writer.stdout is not None
    for line in writer.stdout:
        committed.append(int(line))
        if len(committed) == 300:
            break
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    db = open_database(path)
    if db.dialect == "sqlite":
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
    stored = {row[0] for row in db.execute("select id from audit")}
    assert set(committed) <= stored
    assert all(row[0].endswith("for [EMAIL]") for row in db.execute("select detail from audit"))


def test_processes_opening_a_new_database_together_migrate_it_once(location: str):
    path = location
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
        from storage.db import ThreadLocalDatabase, open_database, writing
        open_database({str(path)!r})
        """
    )
    starters = [subprocess.Popen([sys.executable, "-c", script]) for _ in range(6)]
    assert [starter.wait(timeout=60) for starter in starters] == [0] * 6
    db = open_database(path)
    names = [row["name"] for row in db.query("select name from _mmbot_migrations order by 1")]
    assert names == [fn.__name__ for fn in MIGRATIONS]


def test_audit_writers_on_their_own_connections_queue_for_the_lock_instead_of_failing(
    location: str,
):
    """Four threads, each with its own connection, record at once: none of the writes fails
    with "database is locked" (a deferred transaction that reads before it writes did)."""
    path = location
    open_database(path)
    failures: list[str] = []

    def record(writer: int) -> None:
        log = AuditLog(open_database(path))
        for number in range(200):
            try:
                log.record(action="job.finish", status="ok", detail=f"{writer}-{number}")
            except Exception as error:
                failures.append(repr(error))

    threads = [threading.Thread(target=record, args=(writer,)) for writer in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert open_database(path).execute("select count(*) from audit").fetchone()[0] == 800


def test_threads_of_one_worker_write_in_transactions_of_their_own(location: str):
    """A worker's threads share one database object (a `ThreadLocalDatabase`, or
    PostgreSQL's pool): each thread's transaction is its own, so one thread's rollback
    never takes another thread's rows with it, and no thread finds another's transaction
    open (as they would on a shared connection)."""
    db = thread_safe_database(location)
    failures: list[str] = []
    start = threading.Barrier(6)

    def write(writer: int) -> None:
        start.wait()
        for number in range(50):
            try:
                with writing(db):
                    insert(db, "audit", action="call", status="ok", ts=now_text(), detail=f"{writer}")
                    if writer % 2 and number % 5 == 0:
                        raise ValueError("this one is rolled back")
            except ValueError:
                pass
            except Exception as error:
                failures.append(repr(error))

    threads = [threading.Thread(target=write, args=(writer,)) for writer in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    counts = dict(db.execute("select detail, count(*) from audit group by detail").fetchall())
    assert counts == {"0": 50, "1": 40, "2": 50, "3": 40, "4": 50, "5": 40}


def test_a_failed_write_leaves_nothing_and_the_connection_usable(any_db):
    db = any_db
    try:
        with writing(db):
            insert(db, "audit", action="half", status="ok", ts=now_text())
            with writing(db):
                insert(db, "audit", action="inner", status="ok", ts=now_text())
            raise RuntimeError("interrupted")
    except RuntimeError:
        pass
    assert db.execute("select count(*) from audit").fetchone()[0] == 0
    assert not db.in_transaction
    AuditLog(db).record(action="whole", status="ok")
    assert [row["action"] for row in db.query("select * from audit")] == ["whole"]


def test_a_failed_savepoint_takes_only_its_own_rows(any_db):
    with writing(any_db):
        insert(any_db, "audit", action="kept", status="ok", ts=now_text())
        try:
            with writing(any_db):
                insert(any_db, "audit", action="undone", status="ok", ts=now_text())
                raise ValueError("this part fails")
        except ValueError:
            pass
    assert [row["action"] for row in any_db.query("select action from audit")] == ["kept"]


def test_connections_opening_a_new_database_at_once_all_get_it_in_wal_mode(tmp_path: Path):
    """Workers starting together on a fresh file: whichever switches it to WAL first, none
    fails with "database is locked" (a switch is never waited for inside SQLite)."""
    failures: list[str] = []
    modes: list[str] = []

    def open_it(path: Path, start: threading.Barrier) -> None:
        start.wait()
        try:
            modes.append(open_database(path).execute("PRAGMA journal_mode").fetchone()[0])
        except Exception as error:
            failures.append(repr(error))

    for attempt in range(20):
        start = threading.Barrier(6)
        path = tmp_path / f"fresh{attempt}.db"
        threads = [threading.Thread(target=open_it, args=(path, start)) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == [] and modes == ["wal"] * 120
