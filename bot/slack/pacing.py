"""Posting pace per channel, shared by every worker process.

Slack allows about one message a second in a channel, with short bursts. Each
post first books its start time in the `pacing` table (a GCRA reservation: the
channel's next allowed time moves on by one interval per post, and up to
`burst` posts may start at once), in one short write transaction, then sleeps
until then outside it. So two workers answering in one channel keep to the
pace together, in the order they asked. A 429 that still comes back is
retried by slack_sdk's handler after its `Retry-After`.
"""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from storage.db import thread_safe_database, writing
from storage.dialect import locking

PER_MINUTE = 60
BURST = 3


class ChannelPacer:
    def __init__(
        self,
        db_path: str,
        *,
        per_minute: float = PER_MINUTE,
        burst: int = BURST,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._db = thread_safe_database(db_path)
        self._interval = 60.0 / per_minute
        self._tolerance = (burst - 1) * self._interval
        self._clock = clock

    @contextmanager
    def post(self, channel: str) -> Iterator[None]:
        wait = self.reserve(channel)
        if wait > 0:
            time.sleep(wait)
        yield

    def reserve(self, channel: str) -> float:
        """Book the next start for `channel`; return the seconds to wait for it."""
        db = self._db
        with writing(db):
            db.execute(
                "insert into pacing (channel, next_at) values (?, 0)"
                " on conflict (channel) do nothing",
                [channel],
            )
            (next_at,) = db.execute(
                "select next_at from pacing where channel = ?" + locking(db.dialect), [channel]
            ).fetchone()
            now = self._clock()
            due = max(next_at, now)
            start = max(now, due - self._tolerance)
            db.execute(
                "update pacing set next_at = ? where channel = ?", [due + self._interval, channel]
            )
        return start - now
