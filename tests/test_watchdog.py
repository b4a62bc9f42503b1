"""Running a skill within its limits, in the process itself."""

import subprocess
import sys
import textwrap
import time

import pytest

from bot.watchdog import LimitExceeded, resident_mb, run_watched


def test_the_work_s_answer_or_its_error_comes_back_unchanged() -> None:
    assert run_watched(lambda: 42, skill="s", minutes=1, max_mb=100_000) == 42
    with pytest.raises(ZeroDivisionError):
        run_watched(lambda: 1 / 0, skill="s", minutes=1, max_mb=100_000)


def test_work_past_its_time_limit_is_abandoned_with_a_sentence() -> None:
    started = time.monotonic()
    with pytest.raises(LimitExceeded, match=r"slow took longer than its time limit \(0.6 s\)"):
        run_watched(lambda: time.sleep(30), skill="slow", minutes=0.01, max_mb=100_000)
    assert time.monotonic() - started < 5


def test_a_process_past_its_memory_bound_stops_the_work() -> None:
    bound = resident_mb() - 1
    with pytest.raises(LimitExceeded, match="greedy needed more memory than mmbot allows"):
        run_watched(lambda: time.sleep(30), skill="greedy", minutes=1, max_mb=bound)


def test_the_heap_s_free_pages_go_back_to_the_system() -> None:
    """Many blocks of 100 kB (below the size glibc maps separately), nine in ten freed: the
    heap keeps their pages until they are handed back."""
    script = textwrap.dedent(
        """
        from bot.watchdog import release_free_memory, resident_mb
        blocks = [bytearray(100_000) for _ in range(4000)]
        for block in blocks:
            block[::4096] = b"x" * len(block[::4096])
        kept = blocks[-1::-10]
        del blocks
        before = resident_mb()
        release_free_memory()
        print(before - resident_mb())
        """
    )
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert float(ran.stdout) > 200, "most of the 360 MB freed was given back"
