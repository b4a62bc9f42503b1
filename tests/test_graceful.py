"""SIGTERM, as a service manager sends it: the bot finishes what it can within its grace
time, puts the rest back in the queue, and the next start answers everything once."""

import threading
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from slack_sdk import WebClient

from bot.sandbox.slack_server import SlackSandbox
from bot.worker import _JobRun
from storage.db import open_database
from tests.bot_process import BotProcess
from tests.waiting import wait_for

CHANNEL = "C0DEPLOY"


@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        yield sandbox


def picture(shade: int) -> bytes:
    path = Path(f"p{shade}.png")
    Image.new("RGB", (30, 20), (shade, 40, 90)).save(path)
    return path.read_bytes()


def answers(workspace: SlackSandbox, message: dict) -> list[dict]:
    return [m for m in workspace.replies(CHANNEL, message["ts"]) if m.get("metadata")]


def jobs(bot: BotProcess) -> dict[str, dict]:
    return {row["message_ts"]: row for row in open_database(bot.db_path)["jobs"].rows}


def working(workspace: SlackSandbox, message: dict) -> bool:
    return any("pretending" in str(m.get("text")) for m in workspace.replies(CHANNEL, message["ts"]))


def test_sigterm_lets_the_running_job_finish_and_leaves_the_queued_ones_for_the_next_start(
    workspace, fake_plugin
):
    bot = BotProcess.answering(workspace, Path.cwd(), fake_plugin, CHANNEL, grace_seconds=30)
    bot.start()
    running, _ = workspace.drop_file(
        CHANNEL, "U0ALICE", "a.png", picture(1), text="fingerprint sleep=2"
    )
    wait_for(lambda: working(workspace, running))
    waiting = [workspace.drop_file(CHANNEL, "U0BOB", f"{n}.png", picture(n))[0] for n in (2, 3)]
    bot.stop()
    assert bot.process.returncode == 0
    assert len(answers(workspace, running)) == 1
    assert [answers(workspace, message) for message in waiting] == [[], []]
    states = jobs(bot)
    assert states[running["ts"]]["status"] == "done"
    assert [states[message["ts"]]["status"] for message in waiting] == ["queued", "queued"]

    bot.start()
    try:
        for message in waiting:
            wait_for(lambda message=message: answers(workspace, message))
        time.sleep(0.5)
    finally:
        bot.stop()
    assert [len(answers(workspace, m)) for m in [running, *waiting]] == [1, 1, 1]
    assert {(row["status"], row["attempts"]) for row in jobs(bot).values()} == {("done", 1)}


def test_a_job_outlasting_the_grace_time_goes_back_to_the_queue_and_runs_once_later(
    workspace, fake_plugin
):
    bot = BotProcess.answering(workspace, Path.cwd(), fake_plugin, CHANNEL, grace_seconds=1)
    bot.start()
    long, _ = workspace.drop_file(
        CHANNEL, "U0ALICE", "a.png", picture(1), text="fingerprint sleep=6"
    )
    wait_for(lambda: working(workspace, long))
    started = time.monotonic()
    bot.stop()
    assert time.monotonic() - started < 15
    assert answers(workspace, long) == []
    job = jobs(bot)[long["ts"]]
    assert (job["status"], job["attempts"], job["worker"]) == ("queued", 0, None)
    progress = [m for m in workspace.replies(CHANNEL, long["ts"]) if "paused" in str(m.get("text"))]
    assert progress, "the thread says the job is paused, not failed"
    released = list(
        open_database(bot.db_path).query("select * from audit where action = 'job.release'")
    )
    assert [row["job_id"] for row in released] == [job["id"]]

    bot.start()
    try:
        [answer] = wait_for(lambda: answers(workspace, long), timeout=90)
        time.sleep(0.5)
    finally:
        bot.stop()
    assert "1 file(s) fingerprinted" in answer["text"]
    assert len(answers(workspace, long)) == 1
    job = jobs(bot)[long["ts"]]
    assert (job["status"], job["attempts"]) == ("done", 1)


class _SlowToSlack:
    """The bot's Slack client, with the skill's progress updates slow to arrive, as on a
    busy machine."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def __getattr__(self, name: str):
        return getattr(self.client, name)

    def chat_update(self, **kwargs):
        if "pretending" in str(kwargs):
            time.sleep(0.5)
        return self.client.chat_update(**kwargs)


def test_a_late_progress_update_from_the_interrupted_skill_does_not_cover_the_paused_notice(
    workspace,
):
    client = WebClient(token=workspace.bot_token, base_url=workspace.api_url)
    thread = client.chat_postMessage(channel=CHANNEL, text="a.png")["ts"]
    progress = client.chat_postMessage(channel=CHANNEL, thread_ts=thread, text="starting")["ts"]
    worker = SimpleNamespace(client=_SlowToSlack(client), queue=None, pacer=None)
    spec = SimpleNamespace(skill="fingerprint", channel=CHANNEL, thread_ts=thread)
    job = SimpleNamespace(id=7, spec=spec, progress_ts=progress)
    run = _JobRun(worker, job, SimpleNamespace(cancelled=threading.Event()))

    skill = threading.Thread(target=run._progress_from_skill, args=(0.5, "pretending to work"))
    skill.start()
    time.sleep(0.1)
    run.abandoned = True
    run._close_progress("paused while mmbot restarts; it will carry on")
    skill.join()

    [shown] = [m for m in workspace.replies(CHANNEL, thread) if m["ts"] == progress]
    assert "paused" in str(shown) and "pretending" not in str(shown)
