"""Timestamps as stored: ISO 8601 in UTC with milliseconds, so text order is time order."""

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def to_text(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def now_text() -> str:
    return to_text(now())
