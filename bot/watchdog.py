"""Running a skill within its limits: a time limit and a bound on the worker's memory.

A skill runs on a thread of its own while the job's thread watches the clock and the
process's resident memory. Python cannot stop a thread from outside, so a skill that
goes over a limit is abandoned: its job fails with a sentence saying which limit, and
the worker retires once it has reported that, to be replaced by a fresh process
(which is also the only way to give back the memory a leaking skill holds).
"""

import contextlib
import contextvars
import ctypes
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

import psutil

from bot.errors import UserFacingError

T = TypeVar("T")
WATCH_SECONDS = 0.25
SKILL_NICENESS = 10


class LimitExceeded(UserFacingError):
    """The skill went over a limit; the process it ran in should be replaced."""


class Interrupted(Exception):
    """The worker is shutting down: the skill was left, its job is to go back to the queue."""


def resident_mb() -> float:
    return psutil.Process().memory_info().rss / 2**20


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's `malloc_trim`).

    Image and OCR work leaves the heap fragmented: measured over 120 `invoice` jobs in
    one process, resident memory climbed from 330 to 670 MB without this call and stayed
    at 240 MB with it after each job; what looked like a leak was memory freed but kept.
    Elsewhere than glibc there is nothing to call, and nothing happens.
    """
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def run_watched(
    work: Callable[[], T],
    *,
    skill: str,
    minutes: float,
    max_mb: float,
    name: str = "skill",
    interrupted: Callable[[], bool] = lambda: False,
) -> T:
    """`work()`'s result or exception; `LimitExceeded` if it runs past `minutes` or the
    process grows past `max_mb` first, `Interrupted` as soon as `interrupted()` says so."""
    outcome: Future = Future()

    def target() -> None:
        _yield_the_cpu()
        try:
            outcome.set_result(work())
        except BaseException as error:
            outcome.set_exception(error)

    # The skill's thread logs with the job's context (`bot.log.log_context`).
    context = contextvars.copy_context()
    threading.Thread(target=context.run, args=(target,), name=name, daemon=True).start()
    deadline = time.monotonic() + minutes * 60
    while True:
        try:
            return outcome.result(timeout=WATCH_SECONDS)
        except TimeoutError:
            pass
        if interrupted():
            raise Interrupted(skill)
        if time.monotonic() > deadline:
            raise LimitExceeded(
                f"{skill} took longer than its time limit ({_minutes(minutes)}) and was "
                "stopped; try a shorter file, or ask an admin to raise `[jobs] time_limits`"
            )
        if (used := resident_mb()) > max_mb:
            raise LimitExceeded(
                f"{skill} needed more memory than mmbot allows a job ({used:,.0f} MB of "
                f"{max_mb:,.0f} MB) and was stopped; try a smaller file, or ask an admin to "
                "raise `[jobs] max_worker_mb`"
            )


def _yield_the_cpu() -> None:
    """Lower this thread's priority (and that of the threads it starts: a model's pool).

    On a small machine a busy whisper or OCR job must not delay an ack, so the skills
    yield the CPU to the process answering Slack. Only the skill's threads: a whole worker
    at low priority, preempted while it holds the database's write lock for a heartbeat,
    held every ack behind it for a scheduler period (measured: 100-270 ms). Linux sets a
    priority per thread; elsewhere the call fails and the skill runs at normal priority.
    """
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), SKILL_NICENESS)


def _minutes(minutes: float) -> str:
    if minutes < 1:
        return f"{minutes * 60:g} s"
    return f"{minutes:g} min"
