"""Opening the database: one file, WAL mode, migrated to the current schema."""

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from storage.migrations import migrate

DEFAULT_PATH = "mmbot.db"
ENV_PATH = "MMBOT_DB"


def default_path() -> Path:
    return Path(os.environ.get(ENV_PATH) or DEFAULT_PATH)


def open_database(path: str | Path | None = None) -> Database:
    """Open (creating if needed) and migrate the database at `path`.

    WAL lets the Slack listener read while workers write; `synchronous=NORMAL`
    in WAL mode keeps every committed transaction through a crash of the
    process (only a power loss can take the last few back).
    """
    path = Path(path) if path is not None else default_path()
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    if str(path) != ":memory:":
        db.enable_wal()
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(db)
    return db
