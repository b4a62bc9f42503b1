"""Provider benchmark: mmbot's rate limiter against the naive one, and concurrency speed-up.

    python bench/providers.py [--calls 200] [--rpm 120] [--latency 0.3]

Both halves run against the loopback OpenAI-compatible sandbox, which enforces the
limit the way providers do: a per-minute limit is enforced over shorter periods
(OpenAI calls it quantised), so a request arriving sooner than one interval after
the last, with one request of slack, gets a 429.

1. `--calls` vision calls at `--rpm`, 16 threads: through mmbot's Router (limiter,
   retries); through the same Router with the `limits` library's moving window in
   place of mmbot's limiter (when installed: the `bench` extra); and the naive way,
   a semaphore of 16 plus `sleep(interval - elapsed)` on a shared timestamp, on the
   openai SDK with its default retries. Printed: calls completed per minute as a
   fraction of the limit (target ≥ 0.95), 429s provoked (target 0), calls that failed
   in the end, and p50/p99 wait between a call and its first request reaching the server.
2. 48 vision calls at a generous limit, sequential and 16 in flight (target ≥ 10×).
"""

import argparse
import io
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openai
from PIL import Image

from bot.config import parse_settings
from bot.providers import Router
from bot.providers.images import prepare_image
from bot.providers.limiter import Limits
from bot.sandbox.openai_server import OpenAISandbox

MODEL = "sandbox-vision"


def picture(index: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (index % 256, 90, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def mmbot_router(
    server: OpenAISandbox, rpm: int | None, in_flight: int, limiter_factory=None
) -> Router:
    settings = parse_settings(
        {
            "providers": {
                "sandbox": {
                    "kind": "openai",
                    "base_url": server.base_url,
                    "models": {"vision": MODEL},
                    "requests_per_minute": rpm,
                    "max_in_flight": in_flight,
                    "max_retries": 5,
                }
            },
            "routing": {"vision": ["sandbox"]},
        }
    )
    return Router(settings, limiter_factory=limiter_factory)


class PolledMovingWindow:
    """The `limits` library's moving window, as a library user would wire it in: ask
    `hit()`, and when refused sleep until the window's reset time and ask again."""

    def __init__(self, limits: Limits) -> None:
        from limits import RateLimitItemPerMinute, storage, strategies

        self.window = strategies.MovingWindowRateLimiter(storage.MemoryStorage())
        self.item = RateLimitItemPerMinute(limits.requests_per_minute)
        self.in_flight = threading.BoundedSemaphore(limits.max_in_flight)
        self.paused_until = 0.0

    def pause_for(self, seconds: float) -> None:
        self.paused_until = max(self.paused_until, time.monotonic() + seconds)

    @contextmanager
    def acquire(self, tokens: int = 0):
        while True:
            if (pause := self.paused_until - time.monotonic()) > 0:
                time.sleep(pause)
            elif self.window.hit(self.item, "provider"):
                break
            else:
                reset = self.window.get_window_stats(self.item, "provider").reset_time
                time.sleep(max(0.01, reset - time.time()))
        with self.in_flight:
            yield self

    def settle(self, actual_tokens: int) -> None:
        """A moving window cannot give back what a call did not use."""


class NaiveLimiter:
    """The limiter of the source material: a semaphore and a sleep on a shared timestamp."""

    def __init__(self, rpm: int, in_flight: int) -> None:
        self.semaphore = threading.Semaphore(in_flight)
        self.interval = 60.0 / rpm
        self.last = 0.0

    def call(self, function: Callable[[], object]) -> object:
        with self.semaphore:
            elapsed = time.monotonic() - self.last
            if elapsed < self.interval:
                time.sleep(self.interval - elapsed)
            self.last = time.monotonic()
            return function()


def naive_caller(server: OpenAISandbox, rpm: int) -> Callable[[int], object]:
    client = openai.OpenAI(base_url=server.base_url, api_key="unused")  # SDK default retries
    limiter = NaiveLimiter(rpm, 16)

    def call(index: int) -> object:
        image = prepare_image(picture(index), "auto")
        content = [
            {"type": "text", "text": f"picture {index}"},
            {"type": "image_url", "image_url": {"url": image.data_url, "detail": image.detail}},
        ]
        return limiter.call(
            lambda: client.chat.completions.create(
                model=MODEL, messages=[{"role": "user", "content": content}], max_tokens=50
            )
        )

    return call


def run_calls(call: Callable[[int], object], calls: int, threads: int) -> tuple[list, int]:
    """Start times of each call and how many failed in the end."""
    started: list[float] = [0.0] * calls
    failures = 0
    lock = threading.Lock()

    def one(index: int) -> None:
        nonlocal failures
        started[index] = time.monotonic()
        try:
            call(index)
        except Exception:
            with lock:
                failures += 1

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(one, range(calls)))
    return started, failures


def rate_report(name: str, server: OpenAISandbox, started: list[float], failures: int, rpm: int):
    accepted = sorted(server.accepted_at)
    succeeded = len(started) - failures
    achieved = (succeeded - 1) / (accepted[-1] - min(started)) * 60 if succeeded > 1 else 0.0
    first_sent: dict[int, float] = {}
    for request in server.chat_requests():
        index = int(request.body["messages"][-1]["content"][0]["text"].split()[-1])
        first_sent.setdefault(index, request.at)
    waits = sorted(first_sent[i] - started[i] for i in first_sent)
    p99 = waits[min(len(waits) - 1, int(len(waits) * 0.99))]
    print(
        f"  {name:6} completed {achieved:6.1f}/min = {achieved / rpm:.3f} of the limit"
        f"   429s {server.rejected_for_rate:4d}   calls failed {failures:3d}"
        f"   wait before sending p50 {statistics.median(waits):5.2f} s  p99 {p99:5.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--rpm", type=int, default=120)
    parser.add_argument("--latency", type=float, default=0.3)
    args = parser.parse_args()

    latency_ms = f"{args.latency * 1000:.0f} ms"
    print(f"{args.calls} vision calls, limit {args.rpm}/min, {latency_ms} latency, 16 threads:")
    with OpenAISandbox(latency=args.latency, requests_per_minute=args.rpm) as server:
        router = mmbot_router(server, args.rpm, 16)
        started, failures = run_calls(
            lambda i: router.vision(f"picture {i}", [picture(i)], max_tokens=50), args.calls, 16
        )
        rate_report("mmbot", server, started, failures, args.rpm)
    try:
        import limits  # noqa: F401
    except ImportError:
        print("  limits  (not installed: pip install -e '.[bench]' to compare the library)")
    else:
        with OpenAISandbox(latency=args.latency, requests_per_minute=args.rpm) as server:
            router = mmbot_router(
                server, args.rpm, 16, lambda name, limits: PolledMovingWindow(limits)
            )
            started, failures = run_calls(
                lambda i: router.vision(f"picture {i}", [picture(i)], max_tokens=50),
                args.calls,
                16,
            )
            rate_report("limits", server, started, failures, args.rpm)
    with OpenAISandbox(latency=args.latency, requests_per_minute=args.rpm) as server:
        started, failures = run_calls(naive_caller(server, args.rpm), args.calls, 16)
        rate_report("naive", server, started, failures, args.rpm)

    calls = 48
    print(
        f"{calls} vision calls at a generous limit, {latency_ms} latency, "
        "the server in its own process:"
    )
    timings = {}
    for label, in_flight in (("sequential", 1), ("16 in flight", 16)):
        with remote_sandbox(args.latency) as base_url:
            router = remote_router(base_url, in_flight)
            began = time.perf_counter()
            run_calls(
                lambda i, router=router: router.vision(f"p {i}", [picture(i)], max_tokens=50),
                calls,
                in_flight,
            )
            timings[label] = time.perf_counter() - began
        print(f"  {label:13} {timings[label]:6.2f} s")
    print(f"  speed-up {timings['sequential'] / timings['16 in flight']:.1f}×")


@contextmanager
def remote_sandbox(latency: float):
    """The sandbox in a child process, as a real provider is: its work does not share our GIL."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bot.sandbox.openai_server", "--latency", str(latency)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    try:
        yield child.stdout.readline().strip()
    finally:
        child.terminate()
        child.wait(timeout=10)


def remote_router(base_url: str, in_flight: int) -> Router:
    settings = parse_settings(
        {
            "providers": {
                "sandbox": {
                    "kind": "openai",
                    "base_url": base_url,
                    "models": {"vision": MODEL},
                    "max_in_flight": in_flight,
                }
            },
            "routing": {"vision": ["sandbox"]},
        }
    )
    return Router(settings)


if __name__ == "__main__":
    main()
