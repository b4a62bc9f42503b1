"""Health checks and Prometheus metrics of a running bot, read over HTTP the way a probe or
a Prometheus server would: the counters move as jobs run, /readyz names what is wrong,
and with metrics off (the default) there is no /metrics."""

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.config import Settings, parse_settings
from bot.health import Checks
from bot.jobs import JobSpec, SqlJobQueue
from bot.sandbox.openai_server import OpenAISandbox
from bot.sandbox.slack_server import SlackSandbox
from bot.serve import BackgroundService
from bot.workdirs import metrics_dir
from storage.db import open_database
from tests.bot_process import hold_write_lock
from tests.waiting import wait_for

CHANNEL = "C0METRICS"



@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        yield sandbox


def settings_for(workspace: SlackSandbox, *, metrics: bool = True, **more: Any) -> Settings:
    return parse_settings(
        {
            "slack": workspace.slack_settings(mode="http"),
            "storage": {"name_models": False},
            "jobs": {"workers": 1, "heartbeat_seconds": 0.5},
            "channels": {CHANNEL: {"auto": {"image": "fingerprint"}}},
            "metrics": {"enabled": metrics, "port": 0},
            **more,
        }
    )


@pytest.fixture
def bot(workspace, fake_plugin, tmp_path):
    with BackgroundService(settings_for(workspace), str(tmp_path / "bot.db")) as service:
        workspace.app_url = service.url
        yield service


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def base(service: BackgroundService) -> str:
    return service.url.removesuffix("/slack/events")


def scrape(url: str) -> str:
    status, text = get(url + "/metrics")
    assert status == 200, text
    return text


def value(text: str, name: str, **labels: str) -> float | None:
    """The sample `name` with these labels in a scrape, None when it is not there."""
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return sample.value
    return None


def scrape_once_a_job_is_done(url: str) -> str:
    """A scrape taken after a worker has counted a finished fingerprint job (it counts
    after posting the answer)."""

    def scraped() -> str | None:
        text = scrape(url)
        return text if value(text, "mmbot_jobs_total", skill="fingerprint", outcome="ok") else None

    return wait_for(scraped)


def answers(workspace: SlackSandbox, message: dict) -> list[dict]:
    return [m for m in workspace.replies(CHANNEL, message["ts"]) if m.get("metadata")]


def test_a_scrape_shows_the_counters_moving_as_a_dropped_file_is_answered(
    workspace, bot, png: Path
) -> None:
    before = scrape(base(bot))
    assert value(before, "mmbot_jobs_total", skill="fingerprint", outcome="ok") is None
    assert value(before, "mmbot_job_duration_seconds_count", skill="fingerprint") is None
    assert value(before, "mmbot_queue_depth") == 0
    assert value(before, "mmbot_queue_oldest_wait_seconds") == 0

    message, _ = workspace.drop_file(CHANNEL, "U0ALICE", "photo.png", png.read_bytes())
    wait_for(lambda: answers(workspace, message))
    after = scrape_once_a_job_is_done(base(bot))

    assert value(after, "mmbot_jobs_total", skill="fingerprint", outcome="ok") == 1
    assert value(after, "mmbot_job_duration_seconds_count", skill="fingerprint") == 1
    assert value(after, "mmbot_job_duration_seconds_sum", skill="fingerprint") > 0
    assert value(after, "mmbot_jobs_total", skill="fingerprint", outcome="failed") is None
    assert value(after, "mmbot_queue_depth") == 0
    assert value(after, "mmbot_jobs_running") == 0
    acks = value(after, "mmbot_ack_duration_seconds_count")
    assert acks is not None and acks >= 2  # the message event and the file_shared event


def test_model_calls_tokens_slack_errors_and_rate_limit_waits_are_counted(
    workspace, fake_plugin, png: Path, tmp_path
) -> None:
    with OpenAISandbox() as models:
        settings = settings_for(
            workspace,
            providers={
                "sandbox": {
                    "kind": "openai",
                    "base_url": models.base_url,
                    "models": {"chat": "sandbox-chat"},
                    "timeout_seconds": 5,
                }
            },
            routing={"chat": ["sandbox"]},
            cache={"enabled": False},
        )
        with BackgroundService(settings, str(tmp_path / "bot.db")) as service:
            workspace.app_url = service.url
            workspace.fail_next("reactions.add", "internal_error")
            workspace.fail_next("chat.postMessage", "ratelimited", retry_after=0)
            message, _ = workspace.drop_file(
                CHANNEL, "U0ALICE", "photo.png", png.read_bytes(), text="fingerprint ask=yes"
            )
            wait_for(lambda: answers(workspace, message))
            text = scrape_once_a_job_is_done(base(service))
    chat = {"provider": "sandbox", "capability": "chat"}
    assert value(text, "mmbot_model_calls_total", **chat, outcome="ok") == 1
    assert value(text, "mmbot_model_call_duration_seconds_count", **chat) == 1
    assert value(text, "mmbot_model_tokens_total", **chat, direction="in") > 0
    assert value(text, "mmbot_model_tokens_total", **chat, direction="out") > 0
    assert value(text, "mmbot_slack_api_errors_total", error="internal_error") == 1
    assert value(text, "mmbot_slack_rate_limit_waits_total") == 1


def test_healthz_is_ok_and_readyz_is_ready_when_all_is_well(bot) -> None:
    assert get(base(bot) + "/healthz") == (200, "ok")
    status, body = get(base(bot) + "/readyz")
    assert status == 200
    assert json.loads(body) == {"ready": True}


def test_readyz_names_the_database_while_another_process_holds_its_write_lock(
    bot, tmp_path
) -> None:
    holder = hold_write_lock(bot.service.db_path, 4)
    try:
        status, body = get(base(bot) + "/readyz")
        assert get(base(bot) + "/healthz") == (200, "ok")  # alive all the same
    finally:
        assert holder.wait() == 0
    assert status == 503
    failed = json.loads(body)["failed"]
    assert list(failed) == ["database"]
    assert "locked" in failed["database"]
    assert wait_for(lambda: get(base(bot) + "/readyz")[0] == 200)


def test_readyz_names_the_workers_when_one_has_died(workspace, fake_plugin, tmp_path) -> None:
    # A long heartbeat, so that the supervisor does not replace the worker at once.
    settings = settings_for(workspace, jobs={"workers": 2, "heartbeat_seconds": 60})
    with BackgroundService(settings, str(tmp_path / "bot.db")) as service:
        wait_for(lambda: get(base(service) + "/readyz")[0] == 200)
        victim = service.service.processes[0]
        victim.kill()
        victim.join()
        status, body = get(base(service) + "/readyz")
    assert status == 503
    assert json.loads(body)["failed"] == {"workers": "1 of 2 worker process(es) not running"}


def test_a_queue_whose_oldest_job_waits_too_long_with_nothing_running_is_stuck(
    tmp_path,
) -> None:
    db_path = str(tmp_path / "bot.db")
    db = open_database(db_path)
    settings = parse_settings({"metrics": {"stuck_queue_seconds": 60}})
    checks = Checks(settings, db_path, lambda: None)
    job_id, _ = SqlJobQueue(db).enqueue(
        JobSpec(dedup_key="k1", skill="fingerprint", source="message", channel=CHANNEL)
    )
    assert checks.failures(None) == {}  # waiting, but not for long
    with db.conn:
        db.conn.execute(
            "update jobs set created_at = '2020-01-01T00:00:00.000+00:00' where id = ?", [job_id]
        )
    assert "with no job running" in checks.failures(None)["queue"]
    with db.conn:
        db.conn.execute("update jobs set status = 'running' where id = ?", [job_id])
    assert checks.failures(None) == {}  # a worker is on it: busy, not stuck


def test_with_metrics_off_there_is_no_metrics_page_but_health_is_served(
    workspace, fake_plugin, tmp_path
) -> None:
    settings = settings_for(workspace, metrics=False)
    with BackgroundService(settings, str(tmp_path / "bot.db")) as service:
        assert get(base(service) + "/metrics")[0] == 404
        assert get(base(service) + "/healthz") == (200, "ok")
        assert get(base(service) + "/readyz")[0] == 200


def test_socket_mode_serves_health_and_metrics_on_a_side_port(
    workspace, fake_plugin, tmp_path
) -> None:
    settings = parse_settings(
        {
            "slack": workspace.slack_settings(mode="socket", app_token=workspace.app_token),
            "storage": {"name_models": False},
            "jobs": {"workers": 1, "heartbeat_seconds": 0.5},
            "metrics": {"enabled": True, "port": 0},
        }
    )
    with BackgroundService(settings, str(tmp_path / "bot.db"), socket_mode=True) as service:
        side = service.service.health_url
        assert side.startswith("http://127.0.0.1:")
        assert get(side + "/healthz") == (200, "ok")
        assert get(side + "/readyz")[0] == 200
        assert value(scrape(side), "mmbot_queue_depth") == 0


def test_the_multiprocess_folder_is_fresh_at_each_start_and_gone_after_a_stop(
    workspace, fake_plugin, png: Path, tmp_path
) -> None:
    db_path = str(tmp_path / "bot.db")
    for _ in range(2):  # the second start counts from zero again
        with BackgroundService(settings_for(workspace), db_path) as service:
            assert metrics_dir(db_path).is_dir()
            workspace.app_url = service.url
            workspace.drop_file(CHANNEL, "U0ALICE", "a.png", png.read_bytes())
            text = scrape_once_a_job_is_done(base(service))
            assert value(text, "mmbot_jobs_total", skill="fingerprint", outcome="ok") == 1
        assert not metrics_dir(db_path).exists()


def test_a_scrape_between_the_writes_of_a_finished_job_never_counts_it_without_its_duration(
    tmp_path: Path, monkeypatch
) -> None:
    from bot import metrics

    db = tmp_path / "queue.db"
    open_database(str(db)).close()
    metrics.enable(tmp_path / "metrics", fresh=True)
    try:
        seen: list[str] = []
        histogram = metrics._metrics.job_seconds
        real_labels = histogram.labels

        def labels(*names: str):
            child = real_labels(*names)
            real_observe = child.observe

            def observe(amount: float) -> None:
                seen.append(metrics.exposition(str(db))[0].decode())
                real_observe(amount)
                seen.append(metrics.exposition(str(db))[0].decode())

            monkeypatch.setattr(child, "observe", observe)
            return child

        monkeypatch.setattr(histogram, "labels", labels)
        metrics.job_finished("fingerprint", "ok", 0.5)
        final = metrics.exposition(str(db))[0].decode()
    finally:
        metrics.disable()

    for text in seen:
        counted = value(text, "mmbot_jobs_total", skill="fingerprint", outcome="ok") or 0
        timed = value(text, "mmbot_job_duration_seconds_count", skill="fingerprint") or 0
        assert counted <= timed
    assert value(final, "mmbot_jobs_total", skill="fingerprint", outcome="ok") == 1
    assert value(final, "mmbot_job_duration_seconds_count", skill="fingerprint") == 1
