"""Scale-out: hosts sharing one PostgreSQL server. Each "host" here is a bot process group
with its own working folders; they share nothing but the database, as machines would."""

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.sandbox.slack_server import SlackSandbox
from storage.db import open_database
from tests import pg_server
from tests.bot_process import BotProcess
from tests.test_faults import CHANNEL, answers, picture
from tests.waiting import wait_for


@pytest.fixture
def workspace() -> Iterator[SlackSandbox]:
    with SlackSandbox() as sandbox:
        yield sandbox


@pytest.fixture
def site(fake_plugin: Path) -> Path:
    return fake_plugin


@pytest.fixture
def png_bytes() -> bytes:
    return picture()


@pytest.fixture
def shared_db(postgres_server: str) -> str:
    return pg_server.new_database(postgres_server)


def host(
    workspace: SlackSandbox, tmp_path: Path, name: str, site: Path, db: str, **jobs: object
) -> BotProcess:
    folder = tmp_path / name
    folder.mkdir()
    bot = BotProcess.answering(workspace, folder, site, CHANNEL, **jobs)
    bot.db_path = db
    return bot


def job_rows(db: str) -> list[dict]:
    return list(open_database(db).query("select * from jobs order by id"))


def test_a_host_killed_mid_job_has_its_job_resumed_once_by_another(
    workspace, site, png_bytes, tmp_path, shared_db
):
    listener = host(workspace, tmp_path, "a", site, shared_db).start(role="listener")
    doomed = host(workspace, tmp_path, "b", site, shared_db).start(role="workers")
    spare = host(workspace, tmp_path, "c", site, shared_db)
    try:
        message, _ = workspace.drop_file(
            CHANNEL, "U0ALICE", "a.png", png_bytes, text="fingerprint sleep=3"
        )
        wait_for(lambda: [j for j in job_rows(shared_db) if j["status"] == "running"])
        os.killpg(doomed.process.pid, signal.SIGKILL)
        doomed.process.wait()
        spare.start(role="workers")
        [answer] = wait_for(lambda: answers(workspace, message), timeout=90)
        wait_for(lambda: job_rows(shared_db)[0]["status"] == "done", timeout=30)
        [job] = job_rows(shared_db)
    finally:
        listener.stop()
        spare.stop()
    assert "1 file(s) fingerprinted" in answer["text"]
    assert job["attempts"] == 2
    assert len(answers(workspace, message)) == 1


def test_a_drop_taken_by_listener_hosts_is_answered_once_by_a_worker_on_another_host(
    workspace, site, png_bytes, tmp_path, shared_db
):
    """Two `serve --http --listener-only` behind a load balancer and a `--workers-only`
    host: Slack's first delivery reaches one listener, its retry (same event id) the
    other while the job runs; one job, run by the worker host, answers once."""
    first = host(workspace, tmp_path, "a", site, shared_db).start(role="listener")
    first_url = workspace.app_url
    second = host(workspace, tmp_path, "b", site, shared_db).start(role="listener")
    second_url = workspace.app_url
    workers = host(workspace, tmp_path, "c", site, shared_db).start(role="workers")
    try:
        assert first.workers() == second.workers() == []
        worker_pids = workers.workers()
        message, _ = workspace.drop_file(
            CHANNEL, "U0ALICE", "a.png", png_bytes, text="fingerprint sleep=1", send=False
        )
        event = {**message, "type": "message", "channel": CHANNEL, "channel_type": "channel"}
        body, headers = workspace.event_request(event, event_id="Ev0RETRIED")
        workspace.app_url = first_url
        assert workspace.deliver(body, headers).status == 200
        retry = {**headers, "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout"}
        workspace.app_url = second_url
        assert workspace.deliver(body, retry).status == 200
        [answer] = wait_for(lambda: answers(workspace, message))
        wait_for(lambda: job_rows(shared_db)[0]["status"] == "done", timeout=30)
        time.sleep(1.0)
    finally:
        for bot in (first, second, workers):
            bot.stop()
    assert "1 file(s) fingerprinted" in answer["text"]
    [job] = job_rows(shared_db)
    assert len(answers(workspace, message)) == 1
    assert int(job["worker"].rsplit(":", 1)[1]) in worker_pids
