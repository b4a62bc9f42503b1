"""The provider rate limiter: spaced starts, first come first served, token budgets, pauses."""

import asyncio
import itertools
import threading
import time

from bot.providers.limiter import Limits, RateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_requests_are_spaced_by_the_rate_even_when_they_all_arrive_at_once() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(requests_per_minute=60), clock)
    starts = [limiter.reserve().start - clock.now for _ in range(5)]
    assert starts == [0.0, 1.0, 2.0, 3.0, 4.0]


def test_an_idle_limiter_does_not_save_up_a_burst() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(requests_per_minute=60), clock)
    limiter.reserve()
    clock.now += 30
    assert [limiter.reserve().start - clock.now for _ in range(2)] == [0.0, 1.0]


def test_tokens_per_minute_hold_the_next_call_until_the_budget_refills() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(tokens_per_minute=600), clock)  # 10 tokens a second
    limiter.reserve(100)
    assert limiter.reserve(50).start - clock.now == 10.0


def test_real_usage_below_the_estimate_gives_tokens_back() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(tokens_per_minute=600), clock)
    slot = limiter.reserve(100)
    slot.settle(20)  # the reply was short
    assert limiter.reserve(10).start - clock.now == 2.0


def test_real_usage_above_the_estimate_pushes_later_calls_back() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(tokens_per_minute=600), clock)
    limiter.reserve(10).settle(110)
    assert limiter.reserve(1).start - clock.now == 11.0


def test_a_pause_holds_every_later_call() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(requests_per_minute=600), clock)
    limiter.pause_for(5)
    assert [round(limiter.reserve().start - clock.now, 3) for _ in range(2)] == [5.0, 5.1]


def test_threads_are_served_in_arrival_order_and_never_faster_than_the_rate() -> None:
    limiter = RateLimiter(Limits(requests_per_minute=1200, max_in_flight=64))  # one per 50 ms
    reserved: list[tuple[float, float]] = []
    lock = threading.Lock()

    def call() -> None:
        with limiter.acquire() as slot, lock:
            reserved.append((slot.start, time.monotonic()))

    threads = [threading.Thread(target=call) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    reserved.sort()
    began = [actual for _, actual in reserved]
    assert began == sorted(began)  # first reserved, first to run
    booked = [start for start, _ in reserved]
    assert min(b - a for a, b in itertools.pairwise(booked)) >= 0.05 - 1e-6
    # No call starts before its booked time, so the k-th never starts sooner than k × 50 ms
    # after the first was booked; a thread the scheduler wakes late delays only itself.
    assert all(actual >= start - 1e-6 for start, actual in reserved)
    assert all(actual - booked[0] >= k * 0.05 - 1e-6 for k, actual in enumerate(began))


def test_coroutines_share_the_limit_without_blocking_the_event_loop() -> None:
    limiter = RateLimiter(Limits(requests_per_minute=1200, max_in_flight=2))
    running = 0
    most_at_once = 0
    ticks = 0

    async def call() -> float:
        nonlocal running, most_at_once
        async with limiter.acquire_async():
            running += 1
            most_at_once = max(most_at_once, running)
            await asyncio.sleep(0.12)
            running -= 1
            return time.monotonic()

    async def ticker() -> None:
        nonlocal ticks
        for _ in range(20):
            ticks += 1
            await asyncio.sleep(0.01)

    async def main() -> list[float]:
        done = await asyncio.gather(*(call() for _ in range(6)), ticker())
        return done[:-1]

    started = time.monotonic()
    asyncio.run(main())
    assert most_at_once == 2
    assert ticks == 20
    assert time.monotonic() - started >= 0.36  # six calls of 120 ms, two at a time


def test_a_burst_allowance_lets_that_many_start_at_once_then_spaces_the_rest() -> None:
    clock = FakeClock()
    limiter = RateLimiter(Limits(requests_per_minute=60, burst=3), clock)
    starts = [limiter.reserve().start - clock.now for _ in range(5)]
    assert starts == [0.0, 0.0, 0.0, 1.0, 2.0]
