"""The one retry layer for model calls (the SDK's own retries are switched off).

Exponential backoff with full jitter. A `Retry-After` is not waited out here:
the caller pauses the provider's rate limiter, which holds this retry and every
other call to that provider alike. Only `RetryableError`s are retried: 408, 409,
429, 5xx, timeouts and dropped connections. Built on tenacity.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from tenacity import Retrying, retry_if_exception, stop_after_attempt
from tenacity.wait import wait_random_exponential

from bot.providers.errors import RetryableError

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    initial_seconds: float = 0.5
    max_seconds: float = 20.0


@dataclass
class Attempts:
    count: int = 0


def call_with_retries(
    call: Callable[[], T],
    policy: RetryPolicy,
    attempts: Attempts,
    sleep: Callable[[float], None] | None = None,
) -> T:
    """Run `call`, retrying retryable failures; `attempts.count` says how many tries it took."""
    retrying = Retrying(
        stop=stop_after_attempt(policy.max_retries + 1),
        wait=wait_random_exponential(multiplier=policy.initial_seconds, max=policy.max_seconds),
        retry=retry_if_exception(lambda error: isinstance(error, RetryableError)),
        reraise=True,
        **({"sleep": sleep} if sleep else {}),
    )

    def counted() -> T:
        attempts.count += 1
        return call()

    return retrying(counted)
