"""Posting pace per channel: Slack allows about one message a second in a channel, with
short bursts. Each worker process keeps to that for the channels it posts in; a 429
that still comes back is retried by slack_sdk's handler after its `Retry-After`."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from bot.providers.limiter import Limits, RateLimiter

PER_CHANNEL = Limits(requests_per_minute=60, max_in_flight=64, burst=3)


class ChannelPacer:
    def __init__(self, limits: Limits = PER_CHANNEL) -> None:
        self._limits = limits
        self._channels: dict[str, RateLimiter] = {}
        self._lock = threading.Lock()

    @contextmanager
    def post(self, channel: str) -> Iterator[None]:
        with self._lock:
            limiter = self._channels.setdefault(channel, RateLimiter(self._limits))
        with limiter.acquire():
            yield
