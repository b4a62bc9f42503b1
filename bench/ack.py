"""Ack benchmark: how fast the Slack app acknowledges a burst of signed events while its
workers are busy with CPU-heavy jobs, beside the same burst with the workers idle.

    python bench/ack.py [--events 2000] [--senders 50]

The bot runs as `mmbot serve --http` in its own process (two workers, as on a
2-core machine), against the loopback Slack sandbox. A bench-only plugin provides
`burn`, a skill that keeps a core busy. Each burst sends `--events` signed
`message` events for file drops over `--senders` concurrent connections (aiohttp, from
a separate process); one in ten is a Slack
retry (same event id, `X-Slack-Retry-Num`) of an earlier one. Printed: ack latency
p50/p99, events per second, the share of a core the sender used, and jobs in the
database the moment the last ack arrived against drops acked (target: p99 < 50 ms
with busy workers on 2 cores, and every acked drop already a job: an ack means
recorded). The naive comparison is the
idle run: the same app with nothing else to do.
"""

import argparse
import asyncio
import hashlib
import hmac
import multiprocessing
import os
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.sandbox.slack_server import Delivery, SlackSandbox  # noqa: E402
from tests.plugin_site import install_plugin  # noqa: E402

CHANNEL = "C0BENCH"
BURN_PLUGIN = """
import time
from bot.hookspecs import hookimpl
from bot.skills import Option, Result, Skill


class Burn(Skill):
    name = "burn"
    description = "Keeps one core busy (benchmark only)"
    media = frozenset({"image", "pdf", "audio", "video"})
    options = (Option("seconds", float, 30.0, "how long"),)

    def run(self, ctx):
        deadline = time.monotonic() + ctx.options["seconds"]
        total = 0
        while time.monotonic() < deadline:
            total += sum(i * i for i in range(10000))
        return Result(text=f"burnt {total}")


@hookimpl
def register_skills(register):
    register(Burn())
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_bot(workspace: SlackSandbox, folder: Path, site: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    config = folder / "bot.toml"
    config.write_text(
        textwrap.dedent(
            f"""
            [slack]
            bot_token = "{workspace.bot_token}"
            signing_secret = "{workspace.signing_secret}"
            api_url = "{workspace.api_url}"
            mode = "http"
            [jobs]
            workers = 2
            [channels.{CHANNEL}]
            auto = {{ image = "burn" }}
            """
        )
    )
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{REPO}"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot",
            "--config",
            str(config),
            "--db",
            str(folder / "bot.db"),
            "serve",
            "--http",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env=env,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process, f"http://127.0.0.1:{port}/slack/events"
        time.sleep(0.1)
    raise RuntimeError("the bot did not start")


def burst(
    workspace: SlackSandbox, events: int, senders: int, seed: int
) -> tuple[list, int, float, float]:
    """Send the burst from a separate process (so the sandbox serving the workers' Web API
    calls here does not slow the senders down); ack latencies, distinct drops, seconds,
    and the CPU seconds the sender itself used (it shares the two cores with the bot)."""
    rng = random.Random(seed)
    planned: list[tuple[dict, str, int | None]] = []
    for index in range(events):
        if index >= 10 and rng.random() < 0.1:
            event, event_id, _ = planned[rng.randrange(index)]
            planned.append((event, event_id, 1))
            continue
        message, _ = workspace.drop_file(
            CHANNEL, "U0ALICE", f"p{index}.png", b"\x89PNG", send=False
        )
        event = {**message, "type": "message", "channel": CHANNEL}
        planned.append((event, f"Ev{seed}{index:08d}", None))
    distinct = sum(1 for _, _, retry in planned if retry is None)
    requests = [
        workspace.event_request(event, event_id=event_id, retry_num=retry)
        for event, event_id, retry in planned
    ]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as sender:
        deliveries, elapsed, sender_cpu = sender.submit(
            send_all, workspace.app_url, workspace.signing_secret, requests, senders
        ).result()
    failed = [d for d in deliveries if d.status != 200]
    if failed:
        print(f"    {len(failed)} requests were not acked with 200 (first: {failed[0].status})")
    return [d.seconds for d in deliveries], distinct, elapsed, sender_cpu


def send_all(url: str, secret: str, requests: list, senders: int) -> tuple[list, float, float]:
    """`senders` concurrent connections on one event loop: a cheap client, so what is
    measured is the bot, not the sender's own threads fighting over a GIL."""
    started = time.process_time()
    deliveries, elapsed = asyncio.run(_send_all(url, secret, requests, senders))
    return deliveries, elapsed, time.process_time() - started


async def _send_all(url: str, secret: str, requests: list, senders: int) -> tuple[list, float]:
    import aiohttp

    queue: asyncio.Queue = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)
    deliveries: list[Delivery] = []

    async def sender(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            body, headers = queue.get_nowait()
            stamp = str(int(time.time()))
            digest = hmac.new(secret.encode(), f"v0:{stamp}:".encode() + body, hashlib.sha256)
            signed = {
                **headers,
                "x-slack-request-timestamp": stamp,
                "x-slack-signature": f"v0={digest.hexdigest()}",
            }
            started = time.perf_counter()
            async with session.post(url, data=body, headers=signed) as response:
                text = await response.text()
            deliveries.append(Delivery(response.status, text, time.perf_counter() - started))

    connector = aiohttp.TCPConnector(limit=senders)
    async with aiohttp.ClientSession(connector=connector) as session:
        started = time.perf_counter()
        await asyncio.gather(*(sender(session) for _ in range(senders)))
        return deliveries, time.perf_counter() - started


def jobs_created(db: Path) -> int:
    """Jobs from the burst's drops (the heavy jobs carry words, the burst's do not)."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select count(*) from jobs where source = 'file_share' and prompt is null"
        ).fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--senders", type=int, default=50)
    args = parser.parse_args()
    print(f"{args.events} signed events from {args.senders} senders; bot: 2 workers, own process")
    for label, busy in (("idle workers", False), ("busy workers", True)):
        with tempfile.TemporaryDirectory() as scratch, SlackSandbox() as workspace:
            folder = Path(scratch)
            site = folder / "site"
            site.mkdir()
            install_plugin(site, "burn", BURN_PLUGIN)
            process, url = start_bot(workspace, folder, site)
            workspace.app_url = url
            try:
                # Bolt asks auth.test on its first request; that is start-up, not ack time.
                workspace.send_event({"type": "reaction_added", "user": "U0BOB"})
                if busy:
                    for n in range(4):  # two run at once, two wait: both workers stay busy
                        workspace.drop_file(
                            CHANNEL, "U0BOB", f"heavy{n}.png", b"\x89PNG", text="burn seconds=120"
                        )
                    time.sleep(3)
                latencies, distinct, elapsed, sender_cpu = burst(
                    workspace, args.events, args.senders, seed=7 if busy else 3
                )
                created = jobs_created(folder / "bot.db")  # the moment the burst ends
            finally:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, 9)
        latencies.sort()
        p99 = latencies[int(len(latencies) * 0.99) - 1]
        print(
            f"  {label:12} ack p50 {statistics.median(latencies) * 1000:6.1f} ms"
            f"   p99 {p99 * 1000:6.1f} ms   {len(latencies) / elapsed:6.0f} events/s"
            f"   sender CPU {sender_cpu / elapsed:4.0%}"
            f"   jobs at burst end {created} of {distinct}"
            f" ({'none lost or duplicated' if created == distinct else 'MISMATCH'})"
        )


if __name__ == "__main__":
    main()
