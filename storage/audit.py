"""The audit log: one row per thing the bot did, every text field redacted first.

Writers call `AuditLog.record(...)`; nothing else in the code base inserts into
`audit`, so nothing can skip redaction.
"""

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from storage.clock import now_text, to_text
from storage.db import AnyDatabase, writing
from storage.redact import redact


@dataclass(frozen=True, kw_only=True)
class AuditEntry:
    action: str
    status: str = "ok"
    team: str | None = None
    channel: str | None = None
    user: str | None = None
    skill: str | None = None
    job_id: int | None = None
    provider: str | None = None
    model: str | None = None
    capability: str | None = None
    tokens_in: int | None = None
    tokens_out: int | None = None
    image_tokens: int | None = None
    cost_usd: float | None = None
    latency_ms: float | None = None
    attempts: int | None = None
    cache_hit: bool | None = None
    detail: str | None = None


AUDIT_COLUMNS: tuple[str, ...] = ("id", "ts", *(f.name for f in fields(AuditEntry)))


@dataclass(frozen=True, kw_only=True)
class AuditFilter:
    user: str | None = None
    channel: str | None = None
    skill: str | None = None
    status: str | None = None
    action: str | None = None
    since: datetime | None = None
    limit: int = 50


class AuditLog:
    def __init__(self, db: AnyDatabase) -> None:
        self.db = db

    def record(self, entry: AuditEntry | None = None, /, **values: Any) -> int:
        """Write one row (an `AuditEntry`, or its fields as keywords); return its id."""
        entry = entry or AuditEntry(**values)
        row = {key: _redacted(value) for key, value in asdict(entry).items()}
        if row["cache_hit"] is not None:
            row["cache_hit"] = int(row["cache_hit"])
        row["ts"] = now_text()
        with writing(self.db):
            return self.db.insert_row("audit", row)

    def recent(self, where: AuditFilter = AuditFilter()) -> list[dict[str, Any]]:
        """Newest first, filtered."""
        clauses, params = [], []
        for column in ("user", "channel", "skill", "status", "action"):
            value = getattr(where, column)
            if value is not None:
                clauses.append(f"[{column}] = ?")
                params.append(value)
        if where.since is not None:
            clauses.append("ts >= ?")
            params.append(to_text(where.since))
        sql = "select * from audit"
        if clauses:
            sql += " where " + " and ".join(clauses)
        sql += " order by id desc limit ?"
        params.append(where.limit)
        return list(self.db.query(sql, params))


def _redacted(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping | list):
        return redact(json.dumps(value, ensure_ascii=False, default=str))
    return value
