"""Soak benchmark: the whole bot as a real process under a steady mixed load with bursts,
while the model server and Slack misbehave and a worker is killed, beside the same load
with nothing going wrong.

    python bench/soak.py [--minutes 10] [--baseline-minutes 2] [--rate 12] [--burst 8]
                         [--burst-every 120] [--users 6] [--workers 2] [--keep DIR]

A quick run: `--minutes 2 --baseline-minutes 1` (about 5 minutes in all); the default
takes about 16 (warm-ups and waiting for the last answers included).

The bot runs as `python -m bot --config … --db … serve --http` in its own process (its
worker processes under it), against the loopback Slack sandbox; vision and chat go to the
loopback OpenAI-compatible server, speech to local Whisper, text in images to local OCR
(the result cache is off, so every drop is real work; heartbeats every 2 s). After a
warm-up (two drops of each kind, not counted), several simulated users drop files into
three channels at `--rate` drops a minute (jittered), plus a burst of `--burst` drops
every `--burst-every` seconds: a photo (describe), a receipt as PNG or PDF (invoice), a
voice memo (translate to French), a stand-up video (meeting), two versions of a photo
(compare). Media are made here with Pillow, `tests/invoices.py` and the bundled
`bot/samples`; each picture is unique.

Faults, at fixed fractions of the soak: the model server answers 429 (Retry-After 2 s)
to every request for a tenth of it, then 500 for another tenth; one worker process busy
with a job is killed with SIGKILL (the bot's supervisor must start another and resume the
job); Slack answers `ratelimited` to every second call of chat.postMessage, chat.update
and the two file upload methods, then HTTP 500 to every third. The naive comparison is
the baseline: a fresh bot, the same load, no faults, for `--baseline-minutes`.

Printed, per run and as soak/baseline ratios: jobs per minute (overall and per skill),
p50/p99 seconds from the drop to the first progress message and to the answer (times are
the sandbox's arrival times of the messages), RSS of the bot's whole process tree sampled
every 5 s (start after warm-up, peak, end, and the least-squares slope over the second
half of the load window: over a minute or two it is noise, 10 minutes tell), and the drops
sent, answered exactly once, unanswered (lost) and answered twice or more (doubled). An
answer is a reply in the drop's thread carrying metadata `mmbot_result` with the job id
(a result or a failure message). Also checked: one `job.finish` audit row per job, no
job's temporary file left in the bot's TMPDIR, the killed worker replaced and its job
answered once, a clean exit on SIGTERM; failed jobs, the supervisor's restarts and the
bot's WARNING/ERROR log lines are listed under the tables.

Targets: zero lost, zero doubled, no RSS growth over the second half (slope ≈ 0 MB/min),
every worker killed replaced; faults may delay answers and turn some into failure
messages, never lose or double them.
"""

import argparse
import io
import math
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from bot.sandbox.openai_server import Fault, OpenAISandbox  # noqa: E402
from bot.sandbox.slack_server import SlackSandbox  # noqa: E402
from tests.invoices import RECEIPT_EN, draw  # noqa: E402

SAMPLES = REPO / "bot" / "samples"
KINDS = ("describe", "invoice", "compare", "translate", "meeting")
#: Relative frequency of each kind in the mix.
WEIGHTS = {"describe": 3, "invoice": 3, "compare": 2, "translate": 2, "meeting": 1}
CHANNELS = ("C0SOAKA", "C0SOAKB", "C0SOAKC")
WARM_CHANNEL = "C0SOAKWARM"
RESULT_EVENT = "mmbot_result"
SLACK_FAULTED = (
    "chat.postMessage",
    "chat.update",
    "files.getUploadURLExternal",
    "files.completeUploadExternal",
)
SAMPLE_SECONDS = 5.0
#: The model server misbehaves over this part of the soak: 429 in the first half, 500 after.
MODEL_FAULTS = (0.12, 0.32)
#: Parts of the soak, by when the drop was made (shares of the load window).
PHASES = (
    ("before any fault", 0.0, 0.12),
    ("model 429, then 500", 0.12, 0.32),
    ("worker killed at 0.36", 0.32, 0.42),
    ("Slack 429, then 500", 0.42, 0.56),
    ("after the faults", 0.56, 1.01),
)

FileSpec = tuple[str, bytes, str]


# -- media -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Drop:
    kind: str
    files: list[FileSpec]
    text: str


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def photo(rng: random.Random, number: int) -> Image.Image:
    """A made-up picture: coloured shapes on a sky and a caption, different every time."""
    image = Image.new("RGB", (640, 480), (135 + rng.randrange(60), 180, 235))
    pen = ImageDraw.Draw(image)
    pen.rectangle((0, 330, 640, 480), fill=(60, 140 + rng.randrange(60), 60))
    for _ in range(6):
        x, y, size = rng.randrange(560), rng.randrange(60, 380), rng.randrange(30, 90)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        shape = pen.ellipse if rng.random() < 0.5 else pen.rectangle
        shape((x, y, x + size, y + size), fill=colour, outline=(0, 0, 0))
    font = ImageFont.load_default(size=28)
    pen.text((24, 20), f"Team outing #{number}", fill=(0, 0, 0), font=font)
    return image


def edited(image: Image.Image, rng: random.Random) -> Image.Image:
    """The same picture with one region painted over, as a second version would be."""
    copy = image.copy()
    x, y = rng.randrange(100, 500), rng.randrange(100, 380)
    ImageDraw.Draw(copy).rectangle((x, y, x + 80, y + 60), fill=(250, 40, 40))
    return copy


def receipt(number: int) -> Image.Image:
    lines = [
        [(f"Invoice No: INV-{20000 + number}", 40), ("Date: 25/12/2018", 470)]
        if line and line[0][0].startswith("Invoice No")
        else line
        for line in RECEIPT_EN
    ]
    return draw(lines)


def make_drop(kind: str, rng: random.Random, number: int) -> Drop:
    if kind == "describe":
        text = "" if number % 2 else "what is in this picture?"
        return Drop(kind, [(f"outing-{number}.png", png(photo(rng, number)), "image/png")], text)
    if kind == "invoice":
        image = receipt(number)
        if number % 2:
            return Drop(kind, [(f"receipt-{number}.png", png(image), "image/png")], "invoice")
        buffer = io.BytesIO()
        image.save(buffer, "PDF", resolution=150)
        return Drop(kind, [(f"invoice-{number}.pdf", buffer.getvalue(), "application/pdf")], "")
    if kind == "compare":
        first = photo(rng, number)
        files = [
            (f"v1-{number}.png", png(first), "image/png"),
            (f"v2-{number}.png", png(edited(first, rng)), "image/png"),
        ]
        return Drop(kind, files, "")
    if kind == "translate":
        memo = (SAMPLES / "voice-memo.ogg").read_bytes()
        return Drop(kind, [(f"memo-{number}.ogg", memo, "audio/ogg")], "translate to=fr")
    video = (SAMPLES / "standup.mp4").read_bytes()
    return Drop(kind, [(f"standup-{number}.mp4", video, "video/mp4")], "")


# -- the plan ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Planned:
    at: float
    user: str
    channel: str
    drop: Drop


def users(count: int) -> list[str]:
    return [f"U0SOAK{n:02d}" for n in range(1, count + 1)]


def plan_drops(seconds: float, args: argparse.Namespace, seed: int) -> list[Planned]:
    """Steady arrivals at `rate` a minute (±40 % jitter) plus bursts of `burst` drops."""
    rng = random.Random(seed)
    people = users(args.users)
    kinds = [kind for kind in KINDS for _ in range(WEIGHTS[kind])]
    times: list[float] = []
    step = 60.0 / args.rate
    moment = rng.uniform(0, step)
    while moment < seconds:
        times.append(moment)
        moment += step * rng.uniform(0.6, 1.4)
    burst_at = args.burst_every / 3
    while burst_at < seconds - 15:
        times.extend(burst_at + 0.3 * n for n in range(args.burst))
        burst_at += args.burst_every
    planned = []
    for number, moment in enumerate(sorted(times)):
        user = rng.choice(people)
        channel = CHANNELS[people.index(user) % len(CHANNELS)]
        planned.append(Planned(moment, user, channel, make_drop(rng.choice(kinds), rng, number)))
    return planned


@dataclass(frozen=True)
class FaultStep:
    at: float
    name: str
    action: Callable[[], None]
    #: Slack faults hit one call in `every` of SLACK_FAULTED (0: not a Slack fault).
    every: int = 0


def plan_faults(
    seconds: float, slack: SlackSandbox, model: OpenAISandbox, kill: Callable[[], None]
) -> list[FaultStep]:
    """Model faults first, then the kill, then Slack's, at fractions of the load window."""
    start, end = (share * seconds for share in MODEL_FAULTS)
    span = (end - start) / 2
    return [
        FaultStep(
            start,
            f"model server: 429 Retry-After 2 s to every request for {span:.0f} s",
            lambda: model.fail_during(Fault.rate_limited(2.0), span),
        ),
        FaultStep(
            start + span,
            f"model server: 500 to every request for {span:.0f} s",
            lambda: model.fail_during(Fault.server_error(500), span),
        ),
        FaultStep(0.36 * seconds, "kill -9 of a worker busy with a job", kill),
        FaultStep(
            0.42 * seconds,
            f"Slack: ratelimited (Retry-After 1 s) to every 2nd post/update/upload for "
            f"{0.08 * seconds:.0f} s",
            lambda: slack.fail_during(
                SLACK_FAULTED, "ratelimited", 0.08 * seconds, retry_after=1, every=2
            ),
            every=2,
        ),
        FaultStep(
            0.50 * seconds,
            f"Slack: HTTP 500 to every 3rd post/update/upload for {0.06 * seconds:.0f} s",
            lambda: slack.fail_during(SLACK_FAULTED, "http_500", 0.06 * seconds, every=3),
            every=3,
        ),
        FaultStep(0.56 * seconds, "Slack faults over", lambda: None),
    ]


# -- the bot as a process ----------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_config(folder: Path, slack: SlackSandbox, model: OpenAISandbox, workers: int) -> Path:
    config = folder / "bot.toml"
    config.write_text(
        textwrap.dedent(
            f"""
            [slack]
            bot_token = "{slack.bot_token}"
            signing_secret = "{slack.signing_secret}"
            api_url = "{slack.api_url}"
            mode = "http"
            [jobs]
            workers = {workers}
            heartbeat_seconds = 2
            [cache]
            enabled = false
            [providers.sandbox]
            kind = "openai"
            base_url = "{model.base_url}"
            models = {{ vision = "sandbox-vision", chat = "sandbox-chat" }}
            [routing]
            vision = ["sandbox"]
            chat = ["sandbox"]
            """
        )
    )
    return config


def start_bot(folder: Path, config: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    tmp = folder / "tmp"
    tmp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(tmp)}
    command = [sys.executable, "-m", "bot", "--config", str(config), "--db"]
    command += [str(folder / "bot.db"), "serve", "--http", "--host", "127.0.0.1"]
    command += ["--port", str(port)]
    with open(folder / "bot.log", "wb") as log:
        process = subprocess.Popen(
            command, env=env, stdout=log, stderr=log, start_new_session=True, cwd=folder
        )
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the bot exited with {process.returncode}: see {folder}/bot.log")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return process, f"http://127.0.0.1:{port}/slack/events"
        time.sleep(0.1)
    raise RuntimeError("the bot did not start listening")


def stop_bot(process: subprocess.Popen) -> int | None:
    """SIGTERM and wait; the exit code, or None when it had to be killed."""
    process.terminate()
    try:
        return process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return None


# -- /proc -------------------------------------------------------------------------------


def children_map() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(parent, []).append(int(entry))
    return tree


def descendants(root: int) -> list[int]:
    tree, found, todo = children_map(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, []))
    return found


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def worker_pids(bot_pid: int) -> list[int]:
    """The bot's worker processes: its children started by multiprocessing's spawn."""
    found = []
    for pid in children_map().get(bot_pid, []):
        try:
            command = Path(f"/proc/{pid}/cmdline").read_bytes()
        except OSError:
            continue
        if b"spawn_main" in command:
            found.append(pid)
    return found


@dataclass(frozen=True)
class Sample:
    at: float
    #: RSS in MB of each process of the bot's tree.
    per_pid: dict[int, float]
    listener_mb: float

    @property
    def tree_mb(self) -> float:
        return sum(self.per_pid.values())

    @property
    def processes(self) -> int:
        return len(self.per_pid)


class RssSampler(threading.Thread):
    def __init__(self, bot_pid: int, started: float) -> None:
        super().__init__(daemon=True)
        self.bot_pid, self.started = bot_pid, started
        self.samples: list[Sample] = []
        self._halt = threading.Event()

    def run(self) -> None:
        while True:
            per_pid = {pid: rss_mb(pid) for pid in descendants(self.bot_pid)}
            at = time.monotonic() - self.started
            listener = per_pid.get(self.bot_pid, 0.0)
            self.samples.append(Sample(at, per_pid, listener))
            if self._halt.wait(SAMPLE_SECONDS):
                return

    def stop(self) -> None:
        self._halt.set()
        self.join()


# -- the kill ----------------------------------------------------------------------------


@dataclass
class KillReport:
    pid: int | None = None
    job_ids: list[int] = field(default_factory=list)
    at: float | None = None
    replaced_by: int | None = None
    replaced_after: float | None = None
    note: str = ""


def running_jobs(db: Path) -> dict[int, list[int]]:
    """Worker pid → ids of the jobs it is running."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
        rows = conn.execute("select id, worker from jobs where status = 'running'").fetchall()
    found: dict[int, list[int]] = {}
    for job_id, worker in rows:
        if worker and worker.rsplit(":", 1)[-1].isdigit():
            found.setdefault(int(worker.rsplit(":", 1)[-1]), []).append(job_id)
    return found


def kill_busy_worker(bot_pid: int, db: Path, started: float, report: KillReport) -> None:
    """SIGKILL a worker in the middle of a job (waiting up to 60 s for one to be busy),
    then wait for the supervisor to start its replacement."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        workers = worker_pids(bot_pid)
        busy = {pid: jobs for pid, jobs in running_jobs(db).items() if pid in workers}
        if busy:
            pid = next(iter(busy))
            time.sleep(0.5)  # into the job, not at its very start
            jobs = running_jobs(db).get(pid)
            if jobs:  # still at it (or at its next job)
                os.kill(pid, signal.SIGKILL)
                report.pid, report.job_ids = pid, jobs
                report.at = time.monotonic() - started
                break
        time.sleep(0.2)
    else:
        report.note = "no worker was busy within 60 s: nothing killed"
        return
    before = set(workers)
    while time.monotonic() < deadline + 60:
        fresh = [pid for pid in worker_pids(bot_pid) if pid not in before]
        if fresh:
            report.replaced_by = fresh[0]
            report.replaced_after = time.monotonic() - started - report.at
            return
        time.sleep(0.2)
    report.note = "the killed worker was not replaced within 60 s"


# -- one run -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sent:
    planned: Planned
    ts: str
    acked: bool


@dataclass(frozen=True)
class Outcome:
    kind: str
    at: float
    answers: int
    progress_s: float | None
    result_s: float | None
    answered_at: float | None
    job_id: int | None
    status: str | None
    attempts: int | None
    error: str | None
    uploads: int


@dataclass
class RunReport:
    label: str
    seconds: float
    sent: list[Sent]
    outcomes: list[Outcome]
    samples: list[Sample]
    first_drop: float
    audit_finishes: Counter
    jobs_without_drop: int
    leftover_tmp: list[str]
    exit_code: int | None
    log_summary: list[str]
    restarts: list[str]
    kill: KillReport | None = None
    faults: list[str] = field(default_factory=list)
    model_requests: int = 0
    bot_pid: int = 0


def add_people(slack: SlackSandbox, count: int) -> None:
    for user in users(count):
        slack.add_user(user, user.lower(), f"Soak {user[-2:]}")


def send(slack: SlackSandbox, planned: Planned) -> Sent:
    drop = planned.drop
    message, deliveries = slack.drop_files(
        planned.channel, planned.user, drop.files, text=drop.text
    )
    return Sent(planned, message["ts"], all(d.status == 200 for d in deliveries))


def warm_up(slack: SlackSandbox, timeout: float = 300) -> None:
    """Two drops of each kind, answered before the clock starts (models loaded in both
    workers, most likely; Bolt ready)."""
    rng = random.Random(0)
    messages = []
    for number, kind in enumerate(KINDS * 2):
        drop = make_drop(kind, rng, 900 + number)
        message, _ = slack.drop_files(WARM_CHANNEL, "U0ALICE", drop.files, text=drop.text)
        messages.append(message)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(answers(slack, WARM_CHANNEL, m["ts"]) for m in messages):
            return
        time.sleep(0.5)
    print("    warning: the warm-up drops were not all answered", flush=True)


def answers(slack: SlackSandbox, channel: str, ts: str) -> list[dict[str, Any]]:
    return [m for m in slack.replies(channel, ts) if is_answer(m)]


def is_answer(message: dict[str, Any]) -> bool:
    return (message.get("metadata") or {}).get("event_type") == RESULT_EVENT


def run_load(
    slack: SlackSandbox, plan: list[Planned], faults: list[FaultStep], started: float
) -> tuple[list[Sent], list[str]]:
    """Send each drop and start each fault at its moment; what was sent, what was done."""
    steps: list[tuple[float, int, Any]] = [(p.at, 1, p) for p in plan]
    steps += [(f.at, 0, f) for f in faults]
    sent: list[Sent] = []
    done: list[str] = []
    window: tuple[int, int] | None = None  # (Slack calls so far, one in `every` faulted)
    for at, _, step in sorted(steps, key=lambda s: (s[0], s[1])):
        time.sleep(max(0.0, started + at - time.monotonic()))
        if isinstance(step, FaultStep):
            if window is not None:
                done[-1] += slack_window_hits(slack, *window)
            window = (len(slack.calls), step.every) if step.every else None
            threading.Thread(target=step.action, daemon=True).start()
            done.append(f"t={at:5.0f} s  {step.name}")
        else:
            sent.append(send(slack, step))
    return sent, done


def slack_window_hits(slack: SlackSandbox, since: int, every: int) -> str:
    calls = sum(1 for name, _ in slack.calls[since:] if name in SLACK_FAULTED)
    return f": {calls} calls, about {calls // every} failed"


def model_window_hits(model: OpenAISandbox, start: float, end: float) -> int:
    return sum(1 for r in model.requests if start <= r.at < end)


def drain(slack: SlackSandbox, sent: list[Sent], db: Path, timeout: float) -> None:
    """Wait until every drop's job has finished and its answer arrived (or `timeout`)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        unanswered = [s for s in sent if not answers(slack, s.planned.channel, s.ts)]
        if not unanswered and not open_jobs(db):
            break
        time.sleep(1.0)
    time.sleep(5.0)  # anything posted twice arrives late


def open_jobs(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
        return conn.execute(
            "select count(*) from jobs where status in ('queued', 'running', 'cancelling')"
        ).fetchone()[0]


def job_rows(db: Path) -> dict[tuple[str, str], dict[str, Any]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("select * from jobs").fetchall()
    return {(r["channel"], r["message_ts"]): dict(r) for r in rows}


def audit_finishes(db: Path) -> Counter:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10) as conn:
        rows = conn.execute("select job_id from audit where action = 'job.finish'").fetchall()
    return Counter(job_id for (job_id,) in rows)


def outcome(slack: SlackSandbox, item: Sent, job: dict[str, Any] | None, t0: float) -> Outcome:
    """What the drop's thread shows: answers, first progress message, first answer."""
    dropped = float(item.ts)
    bot = slack.workspace.bot_user
    replies = [m for m in slack.replies(item.planned.channel, item.ts) if m.get("user") == bot]
    found = [m for m in replies if is_answer(m)]
    progress = [m for m in replies if not is_answer(m) and not m.get("upload")]
    first_answer = min((float(m["ts"]) for m in found), default=None)
    first_progress = min((float(m["ts"]) for m in progress), default=None)
    return Outcome(
        kind=item.planned.drop.kind,
        at=item.planned.at,
        answers=len(found),
        progress_s=first_progress - dropped if first_progress else None,
        result_s=first_answer - dropped if first_answer else None,
        answered_at=first_answer - t0 if first_answer else None,
        job_id=job["id"] if job else None,
        status=job["status"] if job else None,
        attempts=job["attempts"] if job else None,
        error=job["error"] if job else None,
        uploads=sum(1 for m in replies if m.get("upload")),
    )


def leftovers(tmp: Path) -> list[str]:
    """Files the bot's jobs left in its TMPDIR (empty folders do not count)."""
    return sorted(
        str(path.relative_to(tmp)) for path in tmp.glob("mmbot-*/**/*") if not path.is_dir()
    )


def summarise_log(path: Path, limit: int = 12) -> tuple[list[str], list[str]]:
    """The most frequent WARNING/ERROR lines (numbers masked), and the restart lines."""
    counts: Counter = Counter()
    restarts = []
    for line in path.read_text(errors="replace").splitlines():
        match = re.match(r"\S+ \S+ (WARNING|ERROR|CRITICAL) (.*)", line)
        if "exited" in line and "starting another" in line:
            restarts.append(line)
        if match:
            counts[f"{match[1]} {re.sub(r'[0-9]+', 'N', match[2])[:150]}"] += 1
    traces = sum(1 for line in path.read_text(errors="replace").splitlines() if "Traceback" in line)
    lines = [f"{count:5d} × {text}" for text, count in counts.most_common(limit)]
    if traces:
        lines.append(f"{traces:5d} × Traceback")
    return lines, restarts


def run_once(label: str, minutes: float, faults: bool, args: argparse.Namespace) -> RunReport:
    seconds = minutes * 60
    keep = Path(args.keep) / label if args.keep else None
    scratch = tempfile.mkdtemp(prefix=f"mmbot-soak-{label}-")
    folder = Path(scratch)
    try:
        with SlackSandbox() as slack, OpenAISandbox() as model:
            add_people(slack, args.users)
            process, url = start_bot(folder, write_config(folder, slack, model, args.workers))
            slack.app_url = url
            try:
                report = drive(label, seconds, faults, args, slack, model, process, folder)
            finally:
                exit_code = stop_bot(process)
        report.exit_code = exit_code
        report.log_summary, report.restarts = summarise_log(folder / "bot.log")
        report.leftover_tmp = leftovers(folder / "tmp")
        return report
    finally:
        if keep:
            shutil.copytree(folder, keep, dirs_exist_ok=True)
        shutil.rmtree(folder, ignore_errors=True)


def drive(
    label: str,
    seconds: float,
    faults: bool,
    args: argparse.Namespace,
    slack: SlackSandbox,
    model: OpenAISandbox,
    process: subprocess.Popen,
    folder: Path,
) -> RunReport:
    db = folder / "bot.db"
    print(f"  {label}: bot pid {process.pid}, warming up …", flush=True)
    warm_up(slack)
    plan = plan_drops(seconds, args, args.seed)
    print(f"  {label}: {len(plan)} drops over {seconds / 60:g} min", flush=True)
    started = time.monotonic()
    kill = KillReport() if faults else None
    sampler = RssSampler(process.pid, started)
    sampler.start()
    steps = []
    if kill is not None:
        steps = plan_faults(
            seconds, slack, model, lambda: kill_busy_worker(process.pid, db, started, kill)
        )
    sent, done = run_load(slack, plan, steps, started)
    if steps:
        start, end = (started + share * seconds for share in MODEL_FAULTS)
        hit = model_window_hits(model, start, end)
        done.append(f"model requests answered 429 or 500 in those windows: {hit}")
    time.sleep(max(0.0, started + seconds - time.monotonic()))
    print(f"  {label}: load done, waiting for the answers …", flush=True)
    drain(slack, sent, db, args.drain)
    sampler.stop()
    jobs = job_rows(db)
    t0 = time.time() - (time.monotonic() - started)
    outcomes = [outcome(slack, s, jobs.get((s.planned.channel, s.ts)), t0) for s in sent]
    mine = {(s.planned.channel, s.ts) for s in sent}
    stray = sum(1 for key in jobs if key not in mine and key[0] != WARM_CHANNEL)
    return RunReport(
        label=label,
        seconds=seconds,
        sent=sent,
        outcomes=outcomes,
        samples=sampler.samples,
        first_drop=plan[0].at if plan else 0.0,
        audit_finishes=audit_finishes(db),
        jobs_without_drop=stray,
        leftover_tmp=[],
        exit_code=None,
        log_summary=[],
        restarts=[],
        kill=kill,
        faults=done,
        model_requests=len(model.requests),
        bot_pid=process.pid,
    )


# -- figures -----------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float | None:
    """Nearest rank; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def slope(points: list[tuple[float, float]]) -> float | None:
    """Least-squares slope of (seconds, MB) in MB per minute."""
    if len(points) < 3:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    if not spread:
        return None
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread * 60


def busy_minutes(report: RunReport) -> float:
    """From the first drop to the last answer: the window jobs/minute is counted over."""
    last = max((o.answered_at for o in report.outcomes if o.answered_at), default=None)
    end = last if last is not None else report.seconds
    return max(end - report.first_drop, 1.0) / 60


def figures(report: RunReport, kind: str | None = None) -> dict[str, float | None]:
    chosen = [o for o in report.outcomes if kind is None or o.kind == kind]
    progress = [o.progress_s for o in chosen if o.progress_s is not None]
    result = [o.result_s for o in chosen if o.result_s is not None]
    answered = sum(1 for o in chosen if o.answers)
    return {
        "drops": len(chosen),
        "jobs/min": answered / busy_minutes(report),
        "progress p50": percentile(progress, 0.5),
        "progress p99": percentile(progress, 0.99),
        "result p50": percentile(result, 0.5),
        "result p99": percentile(result, 0.99),
    }


def counts(report: RunReport) -> dict[str, float | None]:
    outs = report.outcomes
    finishes = report.audit_finishes
    job_ids = [o.job_id for o in outs if o.job_id is not None]
    return {
        "drops sent": len(outs),
        "acked 200 (all events)": sum(1 for s in report.sent if s.acked),
        "jobs created": len(job_ids),
        "answered exactly once": sum(1 for o in outs if o.answers == 1),
        "unanswered (lost)": sum(1 for o in outs if o.answers == 0),
        "answered 2+ (doubled)": sum(1 for o in outs if o.answers > 1),
        "answers that are failures": sum(1 for o in outs if o.answers and o.status == "failed"),
        "no progress message": sum(1 for o in outs if o.progress_s is None),
        "threads with files posted twice": sum(1 for o in outs if o.uploads > 1),
        "jobs run more than once": sum(1 for o in outs if (o.attempts or 0) > 1),
        "job.finish audit rows ≠ 1": sum(1 for j in job_ids if finishes.get(j, 0) != 1),
        "jobs with no drop": report.jobs_without_drop,
        "job temp files left": len(report.leftover_tmp),
    }


def memory(report: RunReport) -> dict[str, float | None]:
    samples = report.samples
    half = [s for s in samples if report.seconds / 2 <= s.at <= report.seconds]
    return {
        "RSS tree start MB": samples[0].tree_mb if samples else None,
        "RSS tree peak MB": max((s.tree_mb for s in samples), default=None),
        "RSS tree end MB": samples[-1].tree_mb if samples else None,
        "RSS tree slope, 2nd half, MB/min": slope([(s.at, s.tree_mb) for s in half]),
        "RSS listener start MB": samples[0].listener_mb if samples else None,
        "RSS listener end MB": samples[-1].listener_mb if samples else None,
        "RSS listener slope, 2nd half, MB/min": slope([(s.at, s.listener_mb) for s in half]),
        "processes in the tree (end)": samples[-1].processes if samples else None,
    }


def show(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "—"
    if isinstance(value, int):
        return str(value)
    return f"{value:.{digits + (abs(value) < 10)}f}"


def ratio(soak: float | None, base: float | None) -> str:
    if soak is None or base is None or not base:
        return ""
    return f"{soak / base:.2f}×"


def table(rows: list[tuple[str, float | None, float | None]], width: int = 38) -> None:
    print(f"  {'':{width}} {'baseline':>10} {'soak':>10} {'soak/base':>10}")
    for name, base, soak in rows:
        print(f"  {name:{width}} {show(base):>10} {show(soak):>10} {ratio(soak, base):>10}")


def print_report(base: RunReport, soak: RunReport, args: argparse.Namespace) -> None:
    print(
        f"\nsoak: {soak.seconds / 60:g} min with faults; baseline: {base.seconds / 60:g} min,"
        f" same load, no faults. {args.workers} workers, {args.rate}/min steady + bursts of"
        f" {args.burst} every {args.burst_every:g} s, {args.users} users in"
        f" {len(CHANNELS)} channels (seconds unless marked)"
    )
    print("\noverall")
    pairs = [figures(base), figures(soak)]
    table([(name, pairs[0][name], pairs[1][name]) for name in pairs[0]])
    for kind in KINDS:
        print(f"\n{kind}")
        pairs = [figures(base, kind), figures(soak, kind)]
        table([(name, pairs[0][name], pairs[1][name]) for name in pairs[0]])
    print("\nanswers")
    pairs = [counts(base), counts(soak)]
    table([(name, pairs[0][name], pairs[1][name]) for name in pairs[0]])
    print("\nmemory (RSS of the bot's process tree, every 5 s; start = after warm-up)")
    pairs = [memory(base), memory(soak)]
    table([(name, pairs[0][name], pairs[1][name]) for name in pairs[0]])
    print_memory(base)
    print_memory(soak)
    print_phases(soak)
    print_faults(soak)
    for report in (base, soak):
        print_problems(report)


def print_phases(soak: RunReport) -> None:
    print("\nsoak by phase (drops made then)")
    print(f"  {'':24} {'drops':>6} {'failed':>7} {'result p50':>11} {'result p99':>11}")
    for name, start, end in PHASES:
        chosen = [o for o in soak.outcomes if start <= o.at / soak.seconds < end]
        result = [o.result_s for o in chosen if o.result_s is not None]
        failed = sum(1 for o in chosen if o.status == "failed")
        p50, p99 = show(percentile(result, 0.5)), show(percentile(result, 0.99))
        print(f"  {name:24} {len(chosen):>6} {failed:>7} {p50:>11} {p99:>11}")


def print_memory(report: RunReport) -> None:
    """The tree's RSS once a minute, and each process: first and last sample, and its slope
    over the second half when it lived through all of it."""
    samples = report.samples
    if not samples:
        return
    marks = [s for s in samples[:-1] if s.at % 60 < SAMPLE_SECONDS] + [samples[-1]]
    timeline = "  ".join(f"{s.at:.0f} s: {s.tree_mb:.0f}" for s in marks)
    print(f"  {report.label} tree MB by minute: {timeline}")
    half = [s for s in samples if report.seconds / 2 <= s.at <= report.seconds]
    for pid in sorted({pid for s in samples for pid in s.per_pid}):
        seen = [s for s in samples if pid in s.per_pid]
        role = "listener" if pid == report.bot_pid else "child"
        through = half and all(pid in s.per_pid for s in half)
        rate = slope([(s.at, s.per_pid[pid]) for s in half]) if through else None
        print(
            f"    pid {pid} ({role}): {seen[0].per_pid[pid]:.0f} MB at {seen[0].at:.0f} s →"
            f" {seen[-1].per_pid[pid]:.0f} MB at {seen[-1].at:.0f} s;"
            f" 2nd-half slope {show(rate)} MB/min"
        )


def print_faults(soak: RunReport) -> None:
    print("\nfaults injected in the soak")
    for line in soak.faults:
        print(f"  {line}")
    kill = soak.kill
    if kill is not None and kill.pid is not None:
        jobs = {o.job_id: o for o in soak.outcomes if o.job_id in kill.job_ids}
        fates = ", ".join(
            f"job {j}: {o.answers} answer(s), {o.status}, {o.attempts} attempts"
            for j, o in jobs.items()
        )
        replaced = (
            f"replaced by pid {kill.replaced_by} after {kill.replaced_after:.1f} s"
            if kill.replaced_by
            else "NOT replaced"
        )
        print(f"  killed worker pid {kill.pid} at t={kill.at:.0f} s; {replaced}; {fates}")
    if kill is not None and kill.note:
        print(f"  {kill.note}")


def print_problems(report: RunReport) -> None:
    print(f"\n{report.label}: bot exit code on SIGTERM: {report.exit_code}")
    for line in report.restarts:
        print(f"  supervisor: {line[:160]}")
    if report.leftover_tmp:
        print(f"  left in the bot's TMPDIR: {', '.join(report.leftover_tmp[:10])}")
    for item in report.outcomes:
        if item.status == "failed":
            print(f"  {item.kind} job {item.job_id} failed: {(item.error or '')[:140]}")
    bad = [o for o in report.outcomes if o.answers != 1]
    for item in bad[:20]:
        print(
            f"  {item.kind} job {item.job_id}: {item.answers} answers,"
            f" status {item.status}, attempts {item.attempts}"
        )
    if report.log_summary:
        print("  bot log, WARNING and above (numbers masked):")
        for line in report.log_summary:
            print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="soak load window")
    parser.add_argument("--baseline-minutes", type=float, default=2.0)
    parser.add_argument("--rate", type=float, default=12.0, help="steady drops per minute")
    parser.add_argument("--burst", type=int, default=8, help="drops in each burst")
    parser.add_argument("--burst-every", type=float, default=120.0, help="seconds")
    parser.add_argument("--users", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--drain", type=float, default=300.0, help="max seconds to wait")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", help="copy each run's database and bot log here")
    args = parser.parse_args()
    print(__doc__.splitlines()[0])
    base = run_once("baseline", args.baseline_minutes, False, args)
    soak = run_once("soak", args.minutes, True, args)
    print_report(base, soak, args)


if __name__ == "__main__":
    main()
