"""Per-provider rate limits: requests per minute, tokens per minute, calls in flight.

Each call reserves its start time under a lock (the generic cell rate algorithm:
a "theoretical arrival time" advanced by every reservation), then sleeps until
then. Reservations are handed out in arrival order, so callers are served first
come first served, and starts are spaced so that no window of any length ever
holds more than the configured rate, bursts included. Sleeping happens outside
the lock, in `time.sleep` for threads or `asyncio.sleep` for coroutines.

Libraries weighed (see bench/providers.py for the measurement): aiolimiter is
asyncio only; `limits` and pyrate-limiter answer "allowed now?" and leave the
waiting to a polling loop, which is neither first come first served nor able to
give back tokens when the real usage comes in under the estimate.
"""

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    requests_per_minute: int | None = None
    tokens_per_minute: int | None = None
    max_in_flight: int = 4
    #: Requests that may start back to back before the spacing applies (1: none).
    burst: int = 1


@dataclass
class Pace:
    """Where a provider's reservations stand: the next request's and the next token's
    earliest start, and a pause a 429 asked for (all on the limiter's clock)."""

    next_request: float = 0.0
    next_token: float = 0.0
    paused_until: float = 0.0


@dataclass
class Slot:
    """A reserved start. `settle` corrects the token estimate once the real usage is known."""

    limiter: "RateLimiter"
    start: float
    tokens: int
    waited: float = 0.0

    def settle(self, actual_tokens: int) -> None:
        self.limiter._correct_tokens(actual_tokens - self.tokens)


class RateLimiter:
    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._lock = threading.Lock()
        rpm, tpm = limits.requests_per_minute, limits.tokens_per_minute
        self._request_interval = 60.0 / rpm if rpm else 0.0
        self._token_interval = 60.0 / tpm if tpm else 0.0
        self._pace = Pace()
        self._in_flight = threading.BoundedSemaphore(limits.max_in_flight)

    def reserve(self, tokens: int = 0) -> Slot:
        """Book the earliest start allowed for a call estimated at `tokens`."""
        with self._pace_held() as pace:
            now = self._clock()
            start = self._book(pace, now, tokens)
            return Slot(self, start, tokens, waited=start - now)

    def _book(self, pace: Pace, now: float, tokens: int) -> float:
        tolerance = (self.limits.burst - 1) * self._request_interval
        start = max(now, pace.next_request - tolerance, pace.paused_until)
        if self._token_interval:
            start = max(start, pace.next_token)
            # A call larger than a minute's budget still runs, alone.
            pace.next_token = start + tokens * self._token_interval
        pace.next_request = max(start, pace.next_request) + self._request_interval
        return start

    def pause_until(self, moment: float) -> None:
        """Hold every call of this provider until `moment` (a 429 told us to)."""
        with self._pace_held() as pace:
            pace.paused_until = max(pace.paused_until, moment)
            pace.next_request = max(pace.next_request, moment)
            pace.next_token = max(pace.next_token, moment)

    def pause_for(self, seconds: float) -> None:
        self.pause_until(self._clock() + seconds)

    def _correct_tokens(self, difference: int) -> None:
        if not self._token_interval or not difference:
            return
        with self._pace_held() as pace:
            floor = self._clock() if difference < 0 else pace.next_token
            pace.next_token = max(floor, pace.next_token + difference * self._token_interval)

    @contextmanager
    def _pace_held(self) -> Iterator[Pace]:
        """The pace, held by this caller alone until the block ends (changes kept)."""
        with self._lock:
            yield self._pace

    @contextmanager
    def acquire(self, tokens: int = 0) -> Iterator[Slot]:
        """Wait for the rate and for a free in-flight place; blocks the calling thread."""
        slot = self.reserve(tokens)
        delay = slot.start - self._clock()
        if delay > 0:
            time.sleep(delay)
        started = time.monotonic()
        with self._in_flight:
            slot.waited += time.monotonic() - started
            yield slot

    @asynccontextmanager
    async def acquire_async(self, tokens: int = 0):
        """The same for a coroutine: the event loop keeps running while it waits."""
        slot = self.reserve(tokens)
        delay = slot.start - self._clock()
        if delay > 0:
            await asyncio.sleep(delay)
        started = time.monotonic()
        while not self._in_flight.acquire(blocking=False):
            await asyncio.sleep(0.005)
        slot.waited += time.monotonic() - started
        try:
            yield slot
        finally:
            self._in_flight.release()
