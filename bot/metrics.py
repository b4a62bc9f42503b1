"""Prometheus metrics, off unless `[metrics] enabled`; every metric is defined here.

The worker processes and the listener write their samples to files in one folder
(prometheus-client's multiprocess mode, `PROMETHEUS_MULTIPROC_DIR`), made fresh at each
start of the service before the workers are spawned; the listener's `/metrics` merges the
files (`MultiProcessCollector`) and adds the queue's depth, the jobs running and the age
of the oldest waiting job, read from SQLite at scrape time. Until `enable()` has run in a
process, the recording functions below return at once, so other modules call them freely.

- `mmbot_jobs_total{skill, outcome}`: jobs finished (outcome `ok`, `failed`, `cancelled`)
- `mmbot_job_duration_seconds{skill}`: histogram of a job's time in its worker
- `mmbot_model_calls_total{provider, capability, outcome}`: model calls (outcome `ok`,
  `cache_hit`, or the error's class, like `RateLimited`), with the histogram
  `mmbot_model_call_duration_seconds{provider, capability}` (cache hits not included),
  `mmbot_model_tokens_total{provider, capability, direction}` and
  `mmbot_model_cost_usd_total{provider, capability}`
- `mmbot_slack_api_errors_total{error}`: Slack Web API errors a worker met (the Slack error
  code, or the exception's class when Slack could not be reached)
- `mmbot_slack_rate_limit_waits_total`: waits for Slack's `Retry-After` in the workers
- `mmbot_ack_duration_seconds`: histogram of the time to answer a request to /slack/events
- `mmbot_queue_depth`, `mmbot_jobs_running`, `mmbot_queue_oldest_wait_seconds` (gauges)
"""

import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from storage import postgres
from storage.db import open_database

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
JOB_BUCKETS = (0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800, 3600, 7200)
MODEL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300)
ACK_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 3, 5, 10)


class _Metrics:
    """The metric objects of one process, writing to the multiprocess folder."""

    def __init__(self) -> None:
        from prometheus_client import Counter, Histogram

        def counter(name: str, text: str, labels: list[str]) -> Any:
            return Counter(name, text, labels, registry=None)

        def histogram(name: str, text: str, labels: list[str], buckets: tuple) -> Any:
            return Histogram(name, text, labels, buckets=buckets, registry=None)

        self.jobs = counter(
            "mmbot_jobs", "Jobs finished by skill and outcome", ["skill", "outcome"]
        )
        self.job_seconds = histogram(
            "mmbot_job_duration_seconds", "A job's time in its worker", ["skill"], JOB_BUCKETS
        )
        model = ["provider", "capability"]
        self.model_calls = counter(
            "mmbot_model_calls",
            "Model calls, by provider, capability and outcome",
            [*model, "outcome"],
        )
        self.model_seconds = histogram(
            "mmbot_model_call_duration_seconds",
            "A model call's time, retries included",
            model,
            MODEL_BUCKETS,
        )
        self.model_tokens = counter(
            "mmbot_model_tokens", "Tokens sent (in) and received (out)", [*model, "direction"]
        )
        self.model_cost = counter("mmbot_model_cost_usd", "Model cost in US dollars", model)
        self.slack_errors = counter(
            "mmbot_slack_api_errors", "Slack Web API errors met by the workers", ["error"]
        )
        self.slack_rate_limit_waits = counter(
            "mmbot_slack_rate_limit_waits", "Waits for Slack's Retry-After in the workers", []
        )
        self.ack_seconds = histogram(
            "mmbot_ack_duration_seconds",
            "Time to answer a request to /slack/events",
            [],
            ACK_BUCKETS,
        )


_metrics: _Metrics | None = None
_directory: Path | None = None


def enable(directory: Path, *, fresh: bool) -> None:
    """Record metrics in this process, into `directory` (emptied first when `fresh`: the
    service does so once per start, before spawning its workers, which inherit the folder
    through `PROMETHEUS_MULTIPROC_DIR`)."""
    global _metrics, _directory
    if fresh:
        shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ[MULTIPROC_ENV] = str(directory)
    _reset_value_class()
    _directory, _metrics = directory, _Metrics()


def disable() -> None:
    """Stop recording and remove the folder (the service and its workers have stopped)."""
    global _metrics, _directory
    if _metrics is None or _directory is None:
        return
    directory, _metrics, _directory = _directory, None, None
    os.environ.pop(MULTIPROC_ENV, None)
    _reset_value_class()
    shutil.rmtree(directory, ignore_errors=True)


def _reset_value_class() -> None:
    """prometheus-client picks its value class (in memory, or files in the folder) when it is
    first imported and keeps its files open: pick again for the folder now in force."""
    from prometheus_client import values

    values.close_all_multiprocess_files()
    values.ValueClass = values.get_value_class()


def enabled() -> bool:
    return _metrics is not None


# -- recording (no-ops while disabled) ----------------------------------------------------


def job_finished(skill: str, outcome: str, seconds: float) -> None:
    """The job's duration first, then the job: a scrape that counts the job (taken between
    the two writes, from another process) has its duration too."""
    if (metrics := _metrics) is None:
        return
    metrics.job_seconds.labels(skill).observe(seconds)
    metrics.jobs.labels(skill, outcome).inc()


def model_call(
    provider: str,
    capability: str,
    outcome: str,
    *,
    seconds: float | None,
    tokens_in: int,
    tokens_out: int,
    cost_usd: float | None,
) -> None:
    if (metrics := _metrics) is None:
        return
    metrics.model_calls.labels(provider, capability, outcome).inc()
    if seconds is not None:
        metrics.model_seconds.labels(provider, capability).observe(seconds)
    if tokens_in:
        metrics.model_tokens.labels(provider, capability, "in").inc(tokens_in)
    if tokens_out:
        metrics.model_tokens.labels(provider, capability, "out").inc(tokens_out)
    if cost_usd:
        metrics.model_cost.labels(provider, capability).inc(cost_usd)


def slack_api_error(error: str) -> None:
    if (metrics := _metrics) is None:
        return
    metrics.slack_errors.labels(error).inc()


def slack_rate_limit_wait() -> None:
    if (metrics := _metrics) is None:
        return
    metrics.slack_rate_limit_waits.inc()


def ack(seconds: float) -> None:
    if (metrics := _metrics) is None:
        return
    metrics.ack_seconds.observe(seconds)


def process_dead(pid: int) -> None:
    """A worker process is gone: drop its live-gauge files (its counters stay counted)."""
    if _directory is None:
        return
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(pid, str(_directory))


# -- the listener's side -------------------------------------------------------------------


@dataclass(frozen=True)
class QueueState:
    queued: int
    running: int
    oldest_wait_seconds: float  # since the oldest queued job was created; 0 when none waits


def queue_state(db_path: str) -> QueueState:
    """The queue now, from its own short-lived connection (read only; `sqlite3.Error` when
    the database cannot be read; on PostgreSQL, from the process's pool)."""
    sql = (
        "select status, count(*), min(created_at) from jobs"
        " where status in ('queued', 'running', 'cancelling') group by status"
    )
    if postgres.is_postgres(db_path):
        rows = open_database(db_path).execute(sql).fetchall()
    else:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            rows = conn.execute(sql).fetchall()
        finally:
            conn.close()
    counts = {status: count for status, count, _ in rows}
    oldest = next((first for status, _, first in rows if status == "queued"), None)
    age = (datetime.now(UTC) - datetime.fromisoformat(oldest)).total_seconds() if oldest else 0.0
    return QueueState(
        counts.get("queued", 0),
        counts.get("running", 0) + counts.get("cancelling", 0),
        max(age, 0.0),
    )


class _QueueCollector:
    """The queue gauges, computed from SQLite at each scrape."""

    def __init__(self, db_path: str) -> None:
        self.db_path = db_path

    def collect(self) -> Iterator[Any]:
        from prometheus_client.core import GaugeMetricFamily

        state = queue_state(self.db_path)
        yield GaugeMetricFamily("mmbot_queue_depth", "Jobs waiting in the queue", state.queued)
        yield GaugeMetricFamily("mmbot_jobs_running", "Jobs being run by a worker", state.running)
        yield GaugeMetricFamily(
            "mmbot_queue_oldest_wait_seconds",
            "Age of the oldest queued job (0 when none waits)",
            state.oldest_wait_seconds,
        )


def exposition(db_path: str) -> tuple[bytes, str]:
    """The text a scrape gets, and its content type: every process's samples and the queue."""
    from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
    from prometheus_client.multiprocess import MultiProcessCollector

    if _directory is None:
        raise RuntimeError("metrics are not enabled in this process")
    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(_directory))
    registry.register(_QueueCollector(db_path))
    return generate_latest(registry), CONTENT_TYPE_LATEST
