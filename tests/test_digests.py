"""Scheduled digests: each `[[digests]]` entry is posted to its channel on its crontab, in
its time zone, with the sections it names; a failure is audited and nothing else stops."""

import datetime as dt
import json
import threading
from zoneinfo import ZoneInfo

import pytest

from bot.config import parse_settings
from bot.digest import channel_digest
from bot.sandbox.slack_server import SlackSandbox
from bot.schedule import DigestScheduler, due_time, post_digest
from bot.serve import BackgroundService
from storage.clock import now_text
from storage.db import open_database
from tests.waiting import wait_for

FINANCE = "C0FINANCE"


def settings(sandbox: SlackSandbox, **digest):
    return parse_settings(
        {
            "slack": sandbox.slack_settings(),
            "digests": [
                {
                    "channel": FINANCE,
                    "schedule": "30 9 * * mon-fri",
                    "timezone": "Europe/Berlin",
                    "sections": ["invoices"],
                    **digest,
                }
            ],
        }
    )


def store_invoice(db, channel: str, vendor: str, total: float, verdict: str) -> None:
    data = {
        "vendor": vendor,
        "total": total,
        "currency": "EUR",
        "verdict": verdict,
        "needs_review": [] if verdict == "valid" else ["total"],
        "file": f"{vendor}.pdf",
    }
    db["results"].insert(
        {
            "ts": now_text(),
            "channel": channel,
            "skill": "invoice",
            "summary": vendor,
            "data": json.dumps(data),
        }
    )


@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        yield sandbox


def test_each_digest_is_due_on_its_crontab_in_its_time_zone(workspace, tmp_path):
    digests = DigestScheduler(settings(workspace), str(tmp_path / "bot.db"))
    digests.start()
    try:
        (due,) = digests.next_runs().values()
    finally:
        digests.stop()
    local = due.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.hour, local.minute) == (9, 30)
    assert local.weekday() < 5
    assert due > dt.datetime.now(dt.UTC)
    assert due - dt.datetime.now(dt.UTC) <= dt.timedelta(days=3, hours=1)


def test_a_scheduled_run_belongs_to_the_crontab_time_it_is_late_for():
    digest = parse_settings(
        {
            "digests": [
                {"channel": FINANCE, "schedule": "30 9 * * mon-fri", "timezone": "Europe/Berlin"}
            ]
        }
    ).digests[0]
    berlin = ZoneInfo("Europe/Berlin")
    wednesday = dt.datetime(2026, 12, 2, 9, 30, tzinfo=berlin)
    for late in (0.2, 45, 20 * 60):
        moment = wednesday + dt.timedelta(seconds=late)
        assert due_time(digest, moment.astimezone(dt.UTC)) == wednesday


def test_listeners_sharing_a_database_post_each_scheduled_digest_once(workspace, location):
    config = settings(workspace, sections=["usage"])
    threads = [
        threading.Thread(target=post_digest, args=(config, location, config.digests[0]))
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(workspace.method_calls("chat.postMessage")) == 1
    rows = list(open_database(location).query("select * from digest_runs"))
    assert len(rows) == 1


def test_a_due_digest_is_posted_with_the_sections_it_names_and_audited(workspace, tmp_path):
    db_path = str(tmp_path / "bot.db")
    db = open_database(db_path)
    store_invoice(db, FINANCE, "Coolblue", 4904.94, "valid")
    store_invoice(db, FINANCE, "Corner Cafe", 7.88, "needs_review")
    store_invoice(db, "C0OTHER", "Elsewhere", 1.00, "valid")
    digests = DigestScheduler(settings(workspace), db_path)
    digests.start()
    try:
        digests.run_now()
        (posted,) = wait_for(lambda: workspace.method_calls("chat.postMessage"))
    finally:
        digests.stop()
    assert posted["channel"] == FINANCE
    text = posted["text"]
    assert "*Invoices:* 2 read, totalling EUR 4,912.82" in text
    assert "• Corner Cafe: check total" in text
    assert "Latest results" not in text, "usage was not asked for"
    rows = list(db.query("select status, channel from audit where action = 'digest.post'"))
    assert rows == [{"status": "ok", "channel": FINANCE}]


def test_a_digest_slack_refuses_is_audited_and_the_next_is_still_tried(workspace, tmp_path):
    db_path = str(tmp_path / "bot.db")
    db = open_database(db_path)

    def outcomes() -> list[str]:
        return [
            r["status"] for r in db.query("select status from audit where action = 'digest.post'")
        ]

    workspace.fail_next("chat.postMessage", "channel_not_found")
    digests = DigestScheduler(settings(workspace, sections=["usage"]), db_path)
    digests.start()
    try:
        digests.run_now()
        wait_for(lambda: len(outcomes()) == 1)
        digests.run_now()
        wait_for(lambda: len(outcomes()) == 2)
    finally:
        digests.stop()
    assert outcomes() == ["error", "ok"]
    detail = db.execute("select detail from audit where status = 'error'").fetchone()[0]
    assert "channel_not_found" in detail
    assert "No jobs here in that time." in workspace.method_calls("chat.postMessage")[-1]["text"]


def test_a_digest_names_its_sections_or_says_there_is_nothing(tmp_path):
    db = open_database(tmp_path / "bot.db")
    assert channel_digest(db, FINANCE, 24, frozenset({"invoices"})).endswith(
        "Nothing to report in that time."
    )
    usage = channel_digest(db, FINANCE, 24, frozenset({"usage"}))
    assert "No jobs here in that time." in usage


def test_the_running_bot_schedules_its_digests_and_stops_them_with_it(workspace, tmp_path):
    with BackgroundService(settings(workspace), str(tmp_path / "bot.db")) as bot:
        scheduler = bot.service.digests
        assert list(scheduler.next_runs()) == [f"digest-0-{FINANCE}"]
        scheduler.run_now()
        (posted,) = wait_for(lambda: workspace.method_calls("chat.postMessage"))
        assert posted["text"].startswith(f"*mmbot digest for <#{FINANCE}>")
    assert not scheduler.scheduler.running
