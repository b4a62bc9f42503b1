"""Posting pace per channel, kept by all worker processes together through the database
(a SQLite file, or a PostgreSQL server that many hosts share)."""

import threading
import time

from bot.slack.pacing import ChannelPacer


def test_a_burst_goes_at_once_then_one_post_a_second_across_pacers(location):
    path = location
    now = [100.0]
    first, second = (ChannelPacer(path, clock=lambda: now[0]) for _ in range(2))
    waits = [pacer.reserve("C1") for pacer in (first, second, first, second, first)]
    assert waits == [0.0, 0.0, 0.0, 1.0, 2.0]
    assert first.reserve("C2") == 0.0, "each channel has its own pace"
    now[0] += 10
    assert second.reserve("C1") == 0.0, "an idle channel may burst again"


def test_two_workers_posting_in_one_channel_keep_the_pace_together(location):
    path = location
    starts: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        pacer = ChannelPacer(path, per_minute=600, burst=2)
        for _ in range(8):
            with pacer.post("C1"), lock:
                starts.append(time.monotonic())

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    assert starts[-1] - starts[0] >= (16 - 2) * 0.1 * 0.9
    gaps = [later - earlier for earlier, later in zip(starts, starts[2:], strict=False)]
    assert min(gaps) >= 0.1 * 0.9, "never three posts within one interval"
