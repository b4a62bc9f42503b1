"""A provider's rate limit kept in the database: one budget for every worker process on
every host, on SQLite and on PostgreSQL."""

import itertools
import threading
import time

from bot.providers.limiter import Limits
from bot.providers.shared_limiter import SharedRateLimiter
from storage.db import open_database


def hosts(location: str, limits: Limits, at: float, provider: str = "gpt") -> list:
    """Two hosts' limiters for `provider`, each on its own connection, the clock at `at`."""
    return [
        SharedRateLimiter(limits, open_database(location), provider, clock=lambda: at)
        for _ in range(2)
    ]


def test_two_hosts_book_their_calls_from_one_budget(location):
    first, second = hosts(location, Limits(requests_per_minute=600), 1000.0)
    waits = [round(limiter.reserve().waited, 3) for limiter in (first, second) * 3]
    assert waits == [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
    other, _ = hosts(location, Limits(requests_per_minute=600), 1000.0, provider="claude")
    assert other.reserve().waited == 0.0, "each provider has its own budget"


def test_a_429_seen_on_one_host_pauses_the_others(location):
    seen, other = hosts(location, Limits(requests_per_minute=60), 500.0)
    seen.pause_for(20)
    assert other.reserve().waited == 20.0


def test_tokens_estimated_high_are_given_back_to_every_host(location):
    first, second = hosts(location, Limits(tokens_per_minute=600), 0.0)  # 10 tokens/s
    slot = first.reserve(tokens=100)
    slot.settle(10)  # the call used a tenth of its estimate
    assert second.reserve(tokens=10).waited == 1.0


def test_threads_on_their_own_connections_never_start_two_calls_within_an_interval(location):
    starts: list[float] = []
    lock = threading.Lock()

    def call() -> None:
        limiter = SharedRateLimiter(
            Limits(requests_per_minute=1200, max_in_flight=8), open_database(location), "gpt"
        )
        for _ in range(6):
            with limiter.acquire(), lock:
                starts.append(time.time())

    threads = [threading.Thread(target=call) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert len(starts) == 18 and min(gaps) >= 0.05 * 0.8
