"""Retention runs by itself in the serving bot: old rows go at start-up, then daily."""

from datetime import timedelta

from bot.config import parse_settings
from bot.sandbox.slack_server import SlackSandbox
from bot.serve import BackgroundService
from storage.clock import now, to_text
from storage.db import open_database


def test_the_running_bot_purges_what_is_past_retention_and_audits_it(tmp_path) -> None:
    path = tmp_path / "bot.db"
    db = open_database(path)
    old, fresh = to_text(now() - timedelta(days=40)), to_text(now())
    db["audit"].insert_all(
        [{"ts": old, "action": "old", "status": "ok"}, {"ts": fresh, "action": "new", "status": "ok"}]
    )
    db["jobs"].insert_all(
        [
            {"dedup_key": "a", "skill": "x", "status": "done", "created_at": old, "finished_at": old},
            {"dedup_key": "b", "skill": "x", "status": "done", "created_at": fresh, "finished_at": fresh},
        ]
    )
    db["cache"].insert({"key": "stale", "expires_at": old, "value": "1"})
    with SlackSandbox() as workspace:
        settings = parse_settings(
            {
                "slack": workspace.slack_settings(mode="http"),
                "storage": {"retention_days": 30},
                "jobs": {"workers": 1},
            }
        )
        with BackgroundService(settings, str(path)) as bot:
            bot.service.sweep()  # the supervisor's next round: not due again for a day
    actions = [row["action"] for row in db.query("select action from audit order by id")]
    assert "old" not in actions and "new" in actions
    assert [row["dedup_key"] for row in db["jobs"].rows] == ["b"]
    assert db["cache"].count == 0
    [purge] = db.query("select * from audit where action = 'retention.purge'")
    assert purge["status"] == "ok"
    assert purge["detail"] == "deleted 3 (events 0, audit 1, results 0, jobs 1, cache 1), past 30 days"
