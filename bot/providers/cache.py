"""Model results kept in SQLite by a hash of everything that decides them.

The key is the SHA-256 of the input bytes, the skill, its options, the
capability and the model; entries expire after `[cache] ttl_hours`. Values are
stored as JSON and come back as the same dataclasses.
"""

import dataclasses
import hashlib
import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.providers.types import (
    ChatReply,
    OcrLine,
    OcrResult,
    Segment,
    Transcript,
    Usage,
)
from storage.clock import now, to_text
from storage.db import AnyDatabase, writing

CacheValue = ChatReply | Transcript | OcrResult


def cache_key(
    *, capability: str, model: str, inputs: list[bytes | Path], skill: str | None, options: dict
) -> str:
    """Files given as paths are hashed in chunks, so a long recording is never held in memory."""
    digest = hashlib.sha256()
    for data in inputs:
        digest.update(_sha256(data))
    described = json.dumps(
        [capability, model, skill, options], sort_keys=True, default=str, ensure_ascii=False
    )
    digest.update(described.encode())
    return digest.hexdigest()


def _sha256(data: bytes | Path) -> bytes:
    if isinstance(data, bytes):
        return hashlib.sha256(data).digest()
    with data.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").digest()


class ResultCache:
    def __init__(self, db: AnyDatabase, ttl_hours: float) -> None:
        self.db = db
        self.ttl = timedelta(hours=ttl_hours)

    def get(self, key: str) -> CacheValue | None:
        rows = list(
            self.db.query(
                "select value from cache where key = ? and expires_at > ?", [key, to_text(now())]
            )
        )
        return _decode(json.loads(rows[0]["value"])) if rows else None

    def put(
        self, key: str, value: CacheValue, *, skill: str | None, model: str, user: str | None
    ) -> None:
        moment = now()
        with writing(self.db):
            self.db.execute(
                "insert into cache (key, skill, model, user, created_at, expires_at, value)"
                " values (?, ?, ?, ?, ?, ?, ?) on conflict (key) do update set"
                " skill = excluded.skill, model = excluded.model, user = excluded.user,"
                " created_at = excluded.created_at, expires_at = excluded.expires_at,"
                " value = excluded.value",
                [
                    key,
                    skill,
                    model,
                    user,
                    to_text(moment),
                    to_text(moment + self.ttl),
                    json.dumps(_encode(value), ensure_ascii=False),
                ],
            )


def _encode(value: CacheValue) -> dict[str, Any]:
    return {"type": type(value).__name__, "fields": dataclasses.asdict(value)}


def _decode(stored: dict[str, Any]) -> CacheValue:
    fields = stored["fields"]
    if stored["type"] == "ChatReply":
        return ChatReply(**{**fields, "usage": Usage(**fields["usage"])})
    if stored["type"] == "Transcript":
        segments = tuple(Segment(**segment) for segment in fields["segments"])
        return Transcript(**{**fields, "segments": segments})
    lines = tuple(
        OcrLine(
            line["text"],
            tuple(tuple(corner) for corner in line["box"]),
            line["confidence"],
            tuple((word, score) for word, score in line.get("characters", ())),
        )
        for line in fields["lines"]
    )
    return OcrResult(**{**fields, "lines": lines})
