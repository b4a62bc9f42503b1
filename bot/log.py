"""Logging that cannot leak: every record is redacted before it is written.

Names found only by the models (`storage.pii.entities`) are redacted too where the models
are loaded (a worker loads them when it starts), except in records logged on the asyncio
event loop that answers Slack.

Plain lines by default; `[logging] format = "json"` writes one JSON object a line with
the time, level, logger, message and, where known, the job, skill and channel it
concerns (`log_context` sets them for the code running inside it, threads started with
a copy of the context included).
"""

import asyncio
import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from storage.pii.entities import ready as models_ready
from storage.redact import redact

_CONTEXT: ContextVar[tuple[tuple[str, Any], ...]] = ContextVar("mmbot_log_context", default=())


@contextmanager
def log_context(**fields: Any) -> Iterator[None]:
    """Attach `fields` (job_id, skill, channel) to every record logged inside."""
    merged = {**dict(_CONTEXT.get()), **{k: v for k, v in fields.items() if v is not None}}
    token = _CONTEXT.set(tuple(merged.items()))
    try:
        yield
    finally:
        _CONTEXT.reset(token)


def scrub(text: str) -> str:
    """Redacted for a log line: names too, by the models, once a worker has loaded them,
    and never on the event loop, where a Slack request waits on every millisecond. A log
    line never waits seconds for a model to load: until then the fast path runs."""
    return redact(text, entities=models_ready() and not _on_event_loop())


def _on_event_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": scrub(record.getMessage()),
            **dict(_CONTEXT.get()),
        }
        if record.exc_info:
            entry["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False, default=str)


#: Libraries that log every HTTP request at INFO; their news is only wanted when debugging.
_CHATTY_LIBRARIES = ("httpx", "httpx2", "httpcore", "openai", "RapidOCR", "faster_whisper")


def configure_logging(level: str = "INFO", format: str = "plain") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter()
        if format == "json"
        else RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    chatty = logging.DEBUG if level == "DEBUG" else logging.WARNING
    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(chatty)
