"""Scale-out benchmark: worker hosts sharing one PostgreSQL server, beside SQLite on one host.

    python bench/scale.py [--hosts 1,2,4,8] [--job-seconds 1] [--minutes 1] [--drops 1000]

Every "host" is a bot process group of its own (`mmbot serve --workers-only`, one worker
each) with its own working and temporary folders; they share only the database, as
machines would (they share this machine's loopback and two cores too: no network
namespaces here). One `mmbot serve --http --listener-only` takes the drops from the
loopback Slack sandbox. The skill is `nap`, which sleeps `--job-seconds` and uses no CPU,
so what is measured is coordination: claiming, heartbeats, posting.

Printed, per number of hosts N:
- jobs per minute over a burst of `--minutes` of ideal work, against the ideal
  (N × 60 / job seconds) and against N × one host's measured rate (target ≥ 0.85);
- pickup latency p50/p99: from the moment a job could run (queued, and its worker free)
  to its claim, read off the jobs table;
- the claim call itself, p50/p99, from N processes claiming a queue of 3,000 at once
  (target p99 < 100 ms);
then N = max hosts and `--drops` drops with one host killed (SIGKILL to its group) in the
middle: lost and doubled answers (target zero of each). SQLite beside it: the same N
workers as one host on one file.
"""

import argparse
import multiprocessing
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.sandbox.slack_server import SlackSandbox  # noqa: E402
from storage.db import open_database  # noqa: E402
from tests import pg_server  # noqa: E402
from tests.bot_process import BotProcess  # noqa: E402
from tests.plugin_site import install_plugin  # noqa: E402

NAP_PLUGIN = """
import time
from bot.hookspecs import hookimpl
from bot.skills import Option, Result, Skill


class Nap(Skill):
    name = "nap"
    description = "Waits, using no CPU (benchmark only)"
    media = frozenset({"image", "pdf", "audio", "video"})
    options = (Option("seconds", float, 1.0, "how long"),)

    def run(self, ctx):
        time.sleep(ctx.options["seconds"])
        return Result(text="rested")


@hookimpl
def register_skills(register):
    register(Nap())
"""
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
    "f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)


class Cluster:
    """A listener and worker hosts on one database (or one host with N workers on SQLite)."""

    def __init__(
        self, workspace: SlackSandbox, base: Path, site: Path, location: str | None, hosts: int
    ) -> None:
        self.workspace, self.base, self.site = workspace, base, site
        self.location, self.hosts = location, hosts
        self.listener: BotProcess | None = None
        self.workers: list[BotProcess] = []

    def _bot(self, name: str, workers: int) -> BotProcess:
        folder = self.base / name
        folder.mkdir(parents=True)
        settings = {
            "storage": {"name_models": False},
            "jobs": {"workers": workers, "heartbeat_seconds": 1.0},
            "logging": {"level": "WARNING"},
        }
        bot = BotProcess(self.workspace, folder, settings, self.site)
        if self.location is not None:
            bot.db_path = self.location
        return bot

    def start(self) -> "Cluster":
        if self.location is None:  # SQLite: one host, all the workers
            self.listener = self._bot("host", self.hosts).start()
            self.location = str(self.listener.db_path)
            return self
        self.listener = self._bot("listener", 1).start(role="listener")
        for n in range(self.hosts):
            self.workers.append(self._bot(f"worker{n}", 1).start(role="workers"))
        return self

    def stop(self) -> None:
        for bot in [*self.workers, self.listener]:
            if bot is not None:
                bot.stop()


def drop(workspace: SlackSandbox, tag: str, count: int, seconds: float) -> list[tuple[str, str]]:
    """`count` drops, each in a channel of its own (Slack paces posts per channel, and a
    real workspace's drops come from many channels); (channel, ts) of each."""
    placed = []
    for n in range(count):
        channel = f"C{tag}{n:05d}"
        message, _ = workspace.drop_file(
            channel, "U0ALICE", "p.png", PNG, text=f"nap seconds={seconds}"
        )
        placed.append((channel, message["ts"]))
    return placed


def answer_counts(workspace: SlackSandbox, placed: list[tuple[str, str]]) -> list[int]:
    return [
        sum(1 for m in workspace.replies(channel, ts) if m.get("metadata"))
        for channel, ts in placed
    ]


def wait_answered(workspace: SlackSandbox, placed: list[tuple[str, str]], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(answer_counts(workspace, placed)):
            return
        time.sleep(0.5)


def _time(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def throughput(location: str, first_id: int) -> tuple[float, list[float]]:
    """Jobs per minute from the first job's creation to the last one's end, and the
    pickup latencies (ms): a job's claim minus the later of its creation and its worker's
    previous finish (when the worker became free for it)."""
    rows = list(
        open_database(location).query(
            "select id, worker, created_at, started_at, finished_at from jobs"
            " where id >= ? and status = 'done' order by started_at",
            [first_id],
        )
    )
    start = min(_time(r["created_at"]) for r in rows)
    end = max(_time(r["finished_at"]) for r in rows)
    free_since: dict[str, float] = {}
    pickups = []
    for row in rows:
        ready = max(_time(row["created_at"]), free_since.get(row["worker"], 0.0))
        pickups.append(max(0.0, _time(row["started_at"]) - ready) * 1000)
        free_since[row["worker"]] = _time(row["finished_at"])
    return len(rows) / (end - start) * 60, pickups


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


def max_job_id(location: str) -> int:
    return open_database(location).execute("select coalesce(max(id), 0) from jobs").fetchone()[0]


def burst(cluster: Cluster, tag: str, count: int, job_seconds: float) -> dict[str, Any]:
    workspace = cluster.workspace
    warm = drop(workspace, f"{tag}W", cluster.hosts * 2, 0.05)
    wait_answered(workspace, warm, 120)
    first = max_job_id(cluster.location) + 1
    placed = drop(workspace, tag, count, job_seconds)
    wait_answered(workspace, placed, 120 + count * job_seconds * 2 / cluster.hosts)
    rate, pickups = throughput(cluster.location, first)
    counts = answer_counts(workspace, placed)
    return {
        "rate": rate,
        "pickup_p50": pct(pickups, 50),
        "pickup_p99": pct(pickups, 99),
        "lost": counts.count(0),
        "doubled": sum(1 for c in counts if c > 1),
    }


def _claimer(location: str, name: str, out: Any) -> None:
    from bot.jobs import SqlJobQueue

    queue = SqlJobQueue(open_database(location))
    took = []
    while True:
        started = time.perf_counter()
        job = queue.claim(name)
        took.append((time.perf_counter() - started) * 1000)
        if job is None:
            break
        queue.finish(job.id, "done")
    out.put(took)


def claim_latency(location: str, processes: int, jobs: int = 3000) -> tuple[float, float]:
    from bot.jobs import JobSpec, SqlJobQueue

    queue = SqlJobQueue(open_database(location))
    for n in range(jobs):
        queue.enqueue(
            JobSpec(
                dedup_key=f"claim-{n}",
                skill="nap",
                source="bench",
                user=f"U{n % 50}",
                channel=f"C{n % 200}",
            )
        )
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    workers = [
        context.Process(target=_claimer, args=(location, f"claimer{n}", out))
        for n in range(processes)
    ]
    for worker in workers:
        worker.start()
    took = [value for _ in workers for value in out.get()]
    for worker in workers:
        worker.join()
    return pct(took, 50), pct(took, 99)


def _limited_caller(location: str | None, rpm: int, seconds: float, out: Any) -> None:
    from bot.providers.limiter import Limits, RateLimiter
    from bot.providers.shared_limiter import SharedRateLimiter

    limits = Limits(requests_per_minute=rpm, max_in_flight=64)
    if location is None:
        limiter = RateLimiter(limits, time.time)
    else:
        limiter = SharedRateLimiter(limits, open_database(location), "bench")
    starts, booking = [], []
    deadline = time.time() + seconds
    while time.time() < deadline:
        began = time.perf_counter()
        slot = limiter.reserve()
        booking.append((time.perf_counter() - began) * 1000)
        time.sleep(max(0.0, slot.start - time.time()))
        starts.append(time.time())
    out.put((starts, booking))


def shared_limit(
    location: str | None, processes: int, rpm: int, seconds: float
) -> tuple[float, float, float]:
    """`processes` callers each reserving as fast as the limit lets them: the calls started
    per minute as a share of `rpm`, and the booking's p50/p99 (ms). With no `location`,
    each process keeps its own limiter (the naive way: each spends the whole budget)."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    callers = [
        context.Process(target=_limited_caller, args=(location, rpm, seconds, out))
        for _ in range(processes)
    ]
    for caller in callers:
        caller.start()
    results = [out.get() for _ in callers]
    for caller in callers:
        caller.join()
    starts = sorted(t for found, _ in results for t in found)
    booking = [ms for _, found in results for ms in found]
    settled = [t for t in starts if t >= starts[0] + 1.0]  # past the start-up burst
    rate = (len(settled) - 1) / (settled[-1] - settled[0]) * 60 if len(settled) > 1 else 0.0
    return rate / rpm, pct(booking, 50), pct(booking, 99)


def killed_run(
    workspace: SlackSandbox,
    base: Path,
    site: Path,
    location: str,
    hosts: int,
    drops: int,
    job_seconds: float,
) -> dict[str, Any]:
    cluster = Cluster(workspace, base, site, location, hosts).start()
    try:
        placed: list[tuple[str, str]] = []
        sender = threading.Thread(
            target=lambda: placed.extend(drop(workspace, "K", drops, job_seconds))
        )
        sender.start()
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            done = (
                open_database(location)
                .execute("select count(*) from jobs where status = 'done'")
                .fetchone()[0]
            )
            if done >= drops * 0.4:
                break
            time.sleep(0.2)
        victim = cluster.workers.pop(0)
        victim.kill()
        sender.join()
        wait_answered(workspace, placed, 300 + drops * job_seconds * 2 / hosts)
        counts = answer_counts(workspace, placed)
        resumed = (
            open_database(location)
            .execute("select count(*) from jobs where attempts > 1")
            .fetchone()[0]
        )
    finally:
        cluster.stop()
    return {"lost": counts.count(0), "doubled": sum(1 for c in counts if c > 1), "resumed": resumed}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hosts", default="1,2,4,8")
    parser.add_argument("--job-seconds", type=float, default=1.0)
    parser.add_argument("--minutes", type=float, default=1.0, help="ideal work per burst")
    parser.add_argument("--drops", type=int, default=1000, help="drops in the kill run")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    ladder = [int(n) for n in args.hosts.split(",")]
    per_host = 60 / args.job_seconds
    base = Path(tempfile.mkdtemp(prefix="mmbot-scale-"))
    site = install_plugin(base / "site", "nap", NAP_PLUGIN)
    server = pg_server.Server().start()
    rows: list[tuple[str, int, dict[str, Any], float, float]] = []
    try:
        with SlackSandbox() as workspace:
            for backend in ("postgresql", *(() if args.no_sqlite else ("sqlite",))):
                for hosts in ladder:
                    location = (
                        pg_server.new_database(server.url) if backend == "postgresql" else None
                    )
                    count = round(hosts * per_host * args.minutes)
                    cluster = Cluster(
                        workspace, base / f"{backend}{hosts}", site, location, hosts
                    ).start()
                    try:
                        result = burst(cluster, f"{backend[0]}{hosts}", count, args.job_seconds)
                    finally:
                        cluster.stop()
                    claim = claim_latency(
                        pg_server.new_database(server.url)
                        if backend == "postgresql"
                        else str(base / f"claims{hosts}.db"),
                        hosts,
                    )
                    rows.append((backend, hosts, result, *claim))
                    print(f"  {backend} × {hosts}: {result} claim p50/p99 {claim}", flush=True)
            limits = {
                name: shared_limit(where, max(ladder), 1200, 8.0)
                for name, where in (
                    ("each process its own (naive)", None),
                    ("shared on PostgreSQL", pg_server.new_database(server.url)),
                    ("shared on SQLite", str(base / "limits.db")),
                )
            }
            killed = killed_run(
                workspace,
                base / "killed",
                site,
                pg_server.new_database(server.url),
                max(ladder),
                args.drops,
                args.job_seconds,
            )
    finally:
        server.stop()
    report(rows, per_host, killed, max(ladder), args.drops)
    print(f"\nOne provider limited to 1200 requests/min, {max(ladder)} processes calling:")
    for name, (share, p50, p99) in limits.items():
        print(
            f"  {name:<30} {share:>5.2f} × the limit   booking p50 {p50:.2f} ms  p99 {p99:.2f} ms"
        )


def report(
    rows: list[tuple[str, int, dict[str, Any], float, float]],
    per_host: float,
    killed: dict[str, Any],
    hosts: int,
    drops: int,
) -> None:
    print()
    print(
        f"{'backend':<11}{'N':>3}{'jobs/min':>10}{'ideal':>8}{'÷ideal':>8}{'÷N×one':>8}"
        f"{'pickup p50':>12}{'p99 ms':>8}{'claim p50':>11}{'p99 ms':>8}{'lost':>6}{'doubled':>9}"
    )
    one: dict[str, float] = {}
    for backend, n, result, claim50, claim99 in rows:
        one.setdefault(backend, result["rate"] / n)
        ideal = n * per_host
        print(
            f"{backend:<11}{n:>3}{result['rate']:>10.1f}{ideal:>8.0f}"
            f"{result['rate'] / ideal:>8.2f}{result['rate'] / (n * one[backend]):>8.2f}"
            f"{result['pickup_p50']:>12.1f}{result['pickup_p99']:>8.1f}"
            f"{claim50:>11.2f}{claim99:>8.2f}{result['lost']:>6}{result['doubled']:>9}"
        )
    print()
    print(
        f"PostgreSQL, {hosts} hosts, {drops} drops, one host killed mid-burst: "
        f"lost {killed['lost']}, doubled {killed['doubled']}, resumed jobs {killed['resumed']}"
    )
    print("targets: ÷N×one ≥ 0.85, claim p99 < 100 ms, lost 0, doubled 0")


if __name__ == "__main__":
    main()
