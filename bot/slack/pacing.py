"""Posting pace per channel, shared by every worker process.

Slack allows about one message a second in a channel, with short bursts. Each
post first books its start time (a GCRA reservation kept in the database, as a
provider's rate limit is: `SharedRateLimiter`; the channel's next allowed time
moves on by one interval per post, and up to `burst` posts may start at once), in
one short write transaction, then sleeps until then outside it. So two workers
answering in one channel keep to the pace together, in the order they asked. A
429 that still comes back is retried by slack_sdk's handler after its `Retry-After`.
"""

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from bot.providers.limiter import Limits
from bot.providers.shared_limiter import SharedRateLimiter
from storage.db import thread_safe_database

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
        self._limits = Limits(requests_per_minute=per_minute, burst=burst)
        self._clock = clock

    @contextmanager
    def post(self, channel: str) -> Iterator[None]:
        wait = self.reserve(channel)
        if wait > 0:
            time.sleep(wait)
        yield

    def reserve(self, channel: str) -> float:
        """Book the next start for `channel`; return the seconds to wait for it."""
        booking = SharedRateLimiter(self._limits, self._db, f"slack:{channel}", self._clock)
        return booking.reserve().waited
