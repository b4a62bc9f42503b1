"""A bad day in production: the bot killed mid-burst, Slack and the model provider failing,
the disk full, the database locked by someone else, plugins that raise, hang or leak.
Whatever happens, every acknowledged drop is answered exactly once and the bot keeps
serving everyone else."""

import concurrent.futures
import io
import os
import resource
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from bot.config import parse_settings
from bot.sandbox.openai_server import Fault, OpenAISandbox
from bot.sandbox.slack_server import SlackSandbox
from bot.serve import BackgroundService
from storage.db import open_database
from tests.bot_process import BotProcess, hold_write_lock
from tests.plugin_site import install_plugin
from tests.waiting import wait_for

CHANNEL = "C0FAULTS"

FAULTY_PLUGIN = """
import time
from bot.hookspecs import hookimpl
from bot.skills import Attachment, Option, Result, Skill


class Hang(Skill):
    name = "hang"
    description = "Never returns"
    media = frozenset({"image"})

    def run(self, ctx):
        while True:
            time.sleep(0.05)


class Leak(Skill):
    name = "leak"
    description = "Holds more and more memory"
    media = frozenset({"image"})

    def run(self, ctx):
        held = []
        while len(held) < 80:
            held.append(bytearray(b"x") * (64 * 2**20))
            time.sleep(0.02)
        time.sleep(3600)


class Boom(Skill):
    name = "boom"
    description = "Fails the way a bug does"
    media = frozenset({"image"})

    def run(self, ctx):
        return {"total": 1 / 0}


class Spill(Skill):
    name = "spill"
    description = "Writes an output of the given size"
    media = frozenset({"image"})
    options = (Option("mb", float, 1.0, "megabytes to write"),)

    def run(self, ctx):
        path = ctx.workdir / "spill.bin"
        with path.open("wb") as out:
            for _ in range(int(ctx.options["mb"] * 4)):
                out.write(b"x" * 2**18)
        return Result(text="spilt", attachments=[Attachment(path, "spill", "text/plain")])


@hookimpl
def register_skills(register):
    for skill in (Hang(), Leak(), Boom(), Spill()):
        register(skill)
"""


@pytest.fixture
def site(fake_plugin: Path) -> Path:
    """The fingerprint plugin and the faulty one, installed as pip would."""
    return install_plugin(fake_plugin, "faulty", FAULTY_PLUGIN)


@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        yield sandbox


def picture(shade: int = 120) -> bytes:
    """A small PNG; different shades make different files (and different cache keys)."""
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (20, shade, 200)).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def png_bytes() -> bytes:
    return picture()


def settings_for(workspace: SlackSandbox, **jobs: object):
    return parse_settings(
        {
            "slack": workspace.slack_settings(mode="http"),
            "storage": {"name_models": False},
            "jobs": {"workers": 1, "heartbeat_seconds": 0.3, **jobs},
            "channels": {CHANNEL: {"auto": {"image": "fingerprint"}}},
        }
    )




def answers(workspace: SlackSandbox, message: dict, channel: str = CHANNEL) -> list[dict]:
    return [m for m in workspace.replies(channel, message["ts"]) if m.get("metadata")]


def audit_rows(db_path: Path, action: str) -> list[dict]:
    return list(open_database(db_path).query("select * from audit where action = ?", [action]))


# -- plugins that raise, hang or leak --------------------------------------------------------


def test_a_skill_that_hangs_is_stopped_at_its_time_limit_and_its_worker_replaced(
    workspace, site, png_bytes, tmp_path
):
    settings = settings_for(workspace, time_limits={"hang": 0.03})
    with BackgroundService(settings, str(tmp_path / "bot.db")) as bot:
        workspace.app_url = bot.url
        first_worker = bot.service.processes[0].pid
        stuck, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png_bytes, text="hang")
        [answer] = wait_for(lambda: answers(workspace, stuck))
        assert "hang took longer than its time limit (1.8 s)" in answer["text"]
        wait_for(lambda: bot.service.processes[0].pid != first_worker, timeout=30)
        fine, _ = workspace.drop_file(CHANNEL, "U0BOB", "b.png", png_bytes)
        [done] = wait_for(lambda: answers(workspace, fine))
    assert "1 file(s) fingerprinted" in done["text"]
    finish = {row["skill"]: row for row in audit_rows(tmp_path / "bot.db", "job.finish")}
    assert finish["hang"]["status"] == "failed" and "time limit" in finish["hang"]["detail"]


def test_a_skill_that_leaks_memory_fails_with_a_message_and_its_worker_is_replaced(
    workspace, site, png_bytes, tmp_path
):
    settings = settings_for(workspace, max_worker_mb=1200)
    with BackgroundService(settings, str(tmp_path / "bot.db")) as bot:
        workspace.app_url = bot.url
        first_worker = bot.service.processes[0].pid
        leaky, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png_bytes, text="leak")
        [answer] = wait_for(lambda: answers(workspace, leaky))
        assert "leak needed more memory than mmbot allows a job" in answer["text"]
        assert "of 1,200 MB" in answer["text"]
        wait_for(lambda: bot.service.processes[0].pid != first_worker, timeout=30)
        fine, _ = workspace.drop_file(CHANNEL, "U0BOB", "b.png", png_bytes)
        [done] = wait_for(lambda: answers(workspace, fine))
    assert "1 file(s) fingerprinted" in done["text"]


def test_a_skill_that_raises_fails_its_job_alone(workspace, site, png_bytes, tmp_path):
    settings = settings_for(workspace)
    with BackgroundService(settings, str(tmp_path / "bot.db")) as bot:
        workspace.app_url = bot.url
        worker = bot.service.processes[0].pid
        broken, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png_bytes, text="boom")
        fine, _ = workspace.drop_file(CHANNEL, "U0BOB", "b.png", png_bytes)
        [failure] = wait_for(lambda: answers(workspace, broken))
        [done] = wait_for(lambda: answers(workspace, fine))
        assert bot.service.processes[0].pid == worker
    assert "boom failed unexpectedly (ZeroDivisionError)" in failure["text"]
    assert "1 file(s) fingerprinted" in done["text"]


# -- the disk and the database ---------------------------------------------------------------


def test_a_full_disk_fails_the_job_that_writes_and_the_bot_keeps_serving(
    workspace, site, png_bytes, tmp_path
):
    """The bot runs with a file size limit (`RLIMIT_FSIZE`), so a write past it fails as it
    would on a full disk, without needing root to make a small filesystem."""
    bot = BotProcess.answering(workspace, tmp_path, site, CHANNEL)
    limit = 16 * 2**20
    bot.start(preexec=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit)))
    try:
        big, _ = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png_bytes, text="spill mb=40")
        [failure] = wait_for(lambda: answers(workspace, big))
        small, _ = workspace.drop_file(CHANNEL, "U0BOB", "b.png", png_bytes, text="spill mb=1")
        [done] = wait_for(lambda: answers(workspace, small))
    finally:
        bot.stop()
    assert "ran out of disk space while writing its output" in failure["text"]
    assert "spilt" in done["text"]
    assert bot.left_behind() == []




def test_writes_wait_for_another_process_holding_the_write_lock(
    workspace, site, png_bytes, tmp_path
):
    settings = settings_for(workspace)
    with BackgroundService(settings, str(tmp_path / "bot.db")) as bot:
        workspace.app_url = bot.url
        holder = hold_write_lock(tmp_path / "bot.db", 3)
        started = time.monotonic()
        message, deliveries = workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png_bytes)
        acked_after = time.monotonic() - started
        [answer] = wait_for(lambda: answers(workspace, message))
        assert holder.wait() == 0
    assert all(delivery.status == 200 for delivery in deliveries)
    assert acked_after >= 2.5, "the ack waited for the event to be recorded"
    assert "1 file(s) fingerprinted" in answer["text"]
    [job] = open_database(tmp_path / "bot.db")["jobs"].rows
    assert job["status"] == "done"


# -- Slack and the model provider failing --------------------------------------------------


def test_slack_rate_limits_and_server_errors_delay_replies_but_never_lose_or_double_them(
    workspace, site, png_bytes, tmp_path
):
    settings = settings_for(workspace)
    with BackgroundService(settings, str(tmp_path / "bot.db")) as bot:
        workspace.app_url = bot.url
        workspace.fail_during(
            ("chat.postMessage", "files.completeUploadExternal"), "http_500", 6.0, every=2
        )
        workspace.fail_during(("chat.update",), "ratelimited", 6.0, retry_after=1, every=3)
        drops = [
            workspace.drop_file(CHANNEL, f"U0USER{n}", f"{n}.png", png_bytes)[0] for n in range(6)
        ]
        for drop in drops:
            wait_for(lambda drop=drop: answers(workspace, drop))
        time.sleep(1.0)
        for drop in drops:
            thread = workspace.replies(CHANNEL, drop["ts"])
            assert len([m for m in thread if m.get("metadata")]) == 1
            assert len([m for m in thread if m.get("upload")]) == 1
    assert {row["status"] for row in open_database(tmp_path / "bot.db")["jobs"].rows} == {"done"}


def _with_models(workspace: SlackSandbox, chain: list[str], providers: dict) -> object:
    return parse_settings(
        {
            "slack": workspace.slack_settings(mode="http"),
            "storage": {"name_models": False},
            "jobs": {"workers": 1, "heartbeat_seconds": 0.3},
            "channels": {CHANNEL: {"auto": {"image": "fingerprint"}}},
            "providers": providers,
            "routing": {"chat": chain},
            "cache": {"enabled": False},
        }
    )


def _provider(server: OpenAISandbox, **more: object) -> dict:
    return {
        "kind": "openai",
        "base_url": server.base_url,
        "models": {"chat": "sandbox-chat"},
        "timeout_seconds": 2,
        **more,
    }


def test_a_failing_provider_falls_back_to_the_next_and_a_lone_one_fails_with_a_message(
    workspace, site, png_bytes, tmp_path
):
    with OpenAISandbox() as first, OpenAISandbox() as second:
        first.fail_during(Fault.rate_limited(retry_after=0.2), 2.0)
        settings = _with_models(
            workspace,
            ["first", "second"],
            {"first": _provider(first, max_retries=1), "second": _provider(second)},
        )
        with BackgroundService(settings, str(tmp_path / "bot.db")) as bot:
            workspace.app_url = bot.url
            limited, _ = workspace.drop_file(
                CHANNEL, "U0ALICE", "a.png", picture(1), text="fingerprint ask=yes"
            )
            [answer] = wait_for(lambda: answers(workspace, limited))
            first.fail_during(Fault.server_error(), 30.0)
            erroring, _ = workspace.drop_file(
                CHANNEL, "U0BOB", "b.png", picture(2), text="fingerprint ask=yes"
            )
            [fallback] = wait_for(lambda: answers(workspace, erroring))
            first.fail_during(Fault("slow", seconds=30.0), 60.0)
            hanging, _ = workspace.drop_file(
                CHANNEL, "U0CAROL", "c.png", picture(3), text="fingerprint ask=yes"
            )
            [after_hang] = wait_for(lambda: answers(workspace, hanging))
    for reply in (answer, fallback, after_hang):
        assert "1 file(s) fingerprinted" in reply["text"]
    assert second.chat_requests(), "the second provider answered when the first could not"
    calls = Counter(
        (row["provider"], row["status"])
        for row in audit_rows(tmp_path / "bot.db", "provider.call")
    )
    assert calls[("second", "ok")] >= 2 and calls[("first", "failed")] >= 2
    jobs = list(open_database(tmp_path / "bot.db")["jobs"].rows)
    assert [(job["status"], job["attempts"]) for job in jobs] == [("done", 1)] * 3

    with OpenAISandbox() as only:
        only.fail_during(Fault.server_error(), 60.0)
        settings = _with_models(workspace, ["only"], {"only": _provider(only, max_retries=1)})
        with BackgroundService(settings, str(tmp_path / "alone.db")) as bot:
            workspace.app_url = bot.url
            message, _ = workspace.drop_file(
                CHANNEL, "U0ALICE", "d.png", picture(4), text="fingerprint ask=yes"
            )
            [failure] = wait_for(lambda: answers(workspace, message))
    assert "No chat model could answer" in failure["text"]
    [job] = open_database(tmp_path / "alone.db")["jobs"].rows
    assert (job["status"], job["attempts"]) == ("failed", 1)


# -- the whole bot killed mid-burst --------------------------------------------------------


def test_killing_the_bot_mid_burst_loses_and_doubles_nothing(
    workspace, site, png_bytes, tmp_path, location
):
    """100 drops sent by 8 senders; the listener and both workers are killed with SIGKILL
    while they arrive; on restart Slack retries what was never acknowledged (same event
    id). Every drop is answered exactly once, every job audited once, no file left. On
    SQLite and on PostgreSQL."""
    bot = BotProcess.answering(workspace, tmp_path, site, CHANNEL, workers=2)
    bot.db_path = location
    bot.start()
    drops = []
    for n in range(100):
        channel = f"C0BURST{n % 20:02d}"  # Slack paces posts per channel: spread them
        message, _ = workspace.drop_file(
            channel, f"U0USER{n % 7}", f"{n}.png", png_bytes, text="fingerprint", send=False
        )
        event = {**message, "type": "message", "channel": channel, "channel_type": "channel"}
        drops.append((channel, message, *workspace.event_request(event, event_id=f"Ev{n:04d}")))
    acked: set[int] = set()
    answered: Counter[str] = Counter()

    def send(index: int) -> None:
        _, _, body, headers = drops[index]
        time.sleep(0.03)  # a burst of about a second, so the kill lands in its middle
        try:
            status = workspace.deliver(body, headers).status
        except OSError as error:
            answered[type(error).__name__] += 1
            return  # the bot is gone: Slack will retry
        answered[str(status)] += 1
        if status == 200:
            acked.add(index)

    with concurrent.futures.ThreadPoolExecutor(8) as senders:
        pending = [senders.submit(send, index) for index in range(100)]
        try:
            wait_for(lambda: len(acked) >= 30, timeout=60)
        except AssertionError:
            bot.kill()
            raise AssertionError(
                f"30 acks not seen in 60 s; answers so far {dict(answered)}; the bot's log ends"
                f" {bot.log.read_text()[-3000:]!r}"
            ) from None
        bot.kill()
        concurrent.futures.wait(pending)
    assert 30 <= len(acked) < 100
    recorded = open_database(bot.db_path).execute("select count(*) from jobs").fetchone()[0]
    assert recorded >= len(acked), "every acknowledged drop was already a job"

    bot.start()
    try:
        for index in sorted(set(range(100)) - acked):
            _, _, body, headers = drops[index]
            retry = {**headers, "x-slack-retry-num": "1", "x-slack-retry-reason": "http_error"}
            assert workspace.deliver(body, retry).status == 200
        for channel, message, _, _ in drops:
            wait_for(lambda m=message, c=channel: answers(workspace, m, c), timeout=120)
        time.sleep(1.0)
    finally:
        bot.stop()
    replies = [answers(workspace, message, channel) for channel, message, _, _ in drops]
    assert [len(found) for found in replies] == [1] * 100
    assert all("1 file(s) fingerprinted" in found[0]["text"] for found in replies)
    jobs = list(open_database(bot.db_path).query("select * from jobs"))
    assert len(jobs) == 100 and {job["status"] for job in jobs} == {"done"}
    finished = Counter(row["job_id"] for row in audit_rows(bot.db_path, "job.finish"))
    assert sorted(finished) == sorted(job["id"] for job in jobs)
    assert set(finished.values()) == {1}
    assert bot.left_behind() == []


def test_a_worker_killed_mid_job_leaves_no_folder_behind(workspace, site, png_bytes, tmp_path):
    bot = BotProcess.answering(workspace, tmp_path, site, CHANNEL).start()
    try:
        message, _ = workspace.drop_file(
            CHANNEL, "U0ALICE", "a.png", png_bytes, text="fingerprint sleep=3"
        )
        wait_for(lambda: any(bot.tmp.rglob("job*")))
        [worker] = bot.workers()
        os.kill(worker, signal.SIGKILL)
        [answer] = wait_for(lambda: answers(workspace, message), timeout=60)
        wait_for(lambda: bot.left_behind() == [], timeout=10)
    finally:
        bot.stop()
    assert "1 file(s) fingerprinted" in answer["text"]
