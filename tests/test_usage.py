"""`mmbot usage` and `/mm usage`: jobs, failures, tokens, cost, p50/p95 duration and cache
hit rate per skill and per provider, from a seeded audit log with known figures.

The seed, in the last week unless said otherwise:

| job | user    | channel | skill    | outcome   | duration | model calls                                    |
|-----|---------|---------|----------|-----------|----------|------------------------------------------------|
| 1   | U0ALICE | C0ONE   | describe | ok        | 1 s      | openai 100+50 tokens $0.01, 0.8 s              |
| 2   | U0ALICE | C0ONE   | describe | ok        | 2 s      | openai from the cache                          |
| 3   | U0ALICE | C0ONE   | describe | failed    | 4 s      | openai failed after 1.2 s, local 0.3 s         |
| 4   | U0BOB   | C0TWO   | invoice  | ok        | 3 s      | openai 1000+200 tokens $0.02, 1.5 s; local 0.6 s |
| 5   | U0BOB   | C0TWO   | invoice  | cancelled | 0.5 s    | none                                           |
| 6   | U0ALICE | C0ONE   | describe | ok        | 9 s      | openai 500+500 tokens $1.00, 0.7 s (10 days ago) |
"""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from bot.cli import cli
from bot.config import parse_settings
from bot.sandbox.slack_server import SlackSandbox
from bot.serve import BackgroundService
from bot.usage import parse_window, percentile, usage_report
from storage.audit import AuditLog
from storage.clock import now, to_text
from storage.db import open_database, writing

ALICE, BOB = "U0ALICE", "U0BOB"


def seed(db: Database) -> None:
    audit = AuditLog(db)

    def job(job_id: int, user: str, channel: str, skill: str, status: str, ms: float) -> int:
        return audit.record(
            action="job.finish",
            job_id=job_id,
            user=user,
            channel=channel,
            skill=skill,
            status=status,
            latency_ms=ms,
        )

    def call(job_id: int, user: str, channel: str, skill: str, provider: str, **row) -> int:
        return audit.record(
            action="provider.call",
            job_id=job_id,
            user=user,
            channel=channel,
            skill=skill,
            provider=provider,
            **{"status": "ok", "cache_hit": False, "tokens_in": 0, "tokens_out": 0, **row},
        )

    alice, bob = (ALICE, "C0ONE", "describe"), (BOB, "C0TWO", "invoice")
    job(1, *alice, "ok", 1000)
    call(1, *alice, "openai", tokens_in=100, tokens_out=50, cost_usd=0.01, latency_ms=800)
    job(2, *alice, "ok", 2000)
    call(2, *alice, "openai", cache_hit=True, cost_usd=0.0)  # as the router records a hit
    job(3, *alice, "failed", 4000)
    call(3, *alice, "openai", status="failed", latency_ms=1200, detail="Timeout")
    call(3, *alice, "local", cost_usd=0.0, latency_ms=300)
    job(4, *bob, "ok", 3000)
    call(4, *bob, "openai", tokens_in=1000, tokens_out=200, cost_usd=0.02, latency_ms=1500)
    call(4, *bob, "local", cost_usd=0.0, latency_ms=600)
    job(5, *bob, "cancelled", 500)
    old = [
        job(6, *alice, "ok", 9000),
        call(6, *alice, "openai", tokens_in=500, tokens_out=500, cost_usd=1.0, latency_ms=700),
    ]
    ten_days_ago = to_text(now() - timedelta(days=10))
    with writing(db):
        for row_id in old:
            db.execute("update audit set ts = ? where id = ?", [ten_days_ago, row_id])


@pytest.fixture
def seeded(any_db: Database) -> Database:
    """The audit log above, on each backend in turn."""
    seed(any_db)
    return any_db


LAST_WEEK_SKILLS = [
    {
        "skill": "describe",
        "jobs": 3,
        "failures": 1,
        "p50_ms": 2000.0,
        "p95_ms": 4000.0,
        "calls": 4,
        "cache_hits": 1,
        "cache_hit_rate": 0.25,
        "tokens_in": 100,
        "tokens_out": 50,
        "cost_usd": 0.01,
    },
    {
        "skill": "invoice",
        "jobs": 2,
        "failures": 0,  # a cancelled job is not a failure
        "p50_ms": 500.0,
        "p95_ms": 3000.0,
        "calls": 2,
        "cache_hits": 0,
        "cache_hit_rate": 0.0,
        "tokens_in": 1000,
        "tokens_out": 200,
        "cost_usd": 0.02,
    },
]
LAST_WEEK_PROVIDERS = [
    {
        "provider": "local",
        "calls": 2,
        "failures": 0,
        "jobs": 2,
        "p50_ms": 300.0,
        "p95_ms": 600.0,
        "cache_hits": 0,
        "cache_hit_rate": 0.0,
        "tokens_in": 0,
        "tokens_out": 0,
        "cost_usd": 0.0,
    },
    {
        "provider": "openai",
        "calls": 4,
        "failures": 1,
        "jobs": 4,
        "p50_ms": 1200.0,  # of 0.8, 1.2 and 1.5 s: the cache hit took no model time
        "p95_ms": 1500.0,
        "cache_hits": 1,
        "cache_hit_rate": 0.25,
        "tokens_in": 1100,
        "tokens_out": 250,
        "cost_usd": 0.03,
    },
]
LAST_WEEK_TOTALS = {
    "jobs": 5,
    "failures": 1,
    "calls": 6,
    "cache_hits": 1,
    "cache_hit_rate": 0.1667,
    "tokens_in": 1100,
    "tokens_out": 250,
    "cost_usd": 0.03,
}


def test_percentiles_are_nearest_rank_so_always_a_measured_value() -> None:
    assert percentile([], 50) is None
    assert percentile([7.0], 95) == 7.0
    assert percentile([4000, 1000, 2000], 50) == 2000
    assert percentile([4000, 1000, 2000], 95) == 4000
    assert percentile(range(1, 101), 50) == 50
    assert percentile(range(1, 101), 95) == 95
    assert percentile(range(1, 21), 95) == 19


def test_the_last_week_per_skill_per_provider_and_in_total(seeded: Database) -> None:
    report = usage_report(seeded, since=now() - timedelta(days=7)).as_dict()
    assert report["skills"] == LAST_WEEK_SKILLS
    assert report["providers"] == LAST_WEEK_PROVIDERS
    assert report["totals"] == LAST_WEEK_TOTALS


def test_without_since_everything_recorded_counts(seeded: Database) -> None:
    report = usage_report(seeded)
    describe = report.skills[0]
    assert (describe.skill, describe.jobs, describe.failures) == ("describe", 4, 1)
    assert (describe.p50_ms, describe.p95_ms) == (2000.0, 9000.0)
    assert (describe.calls, describe.cache_hit_rate, describe.cost_usd) == (5, 0.2, 1.01)
    assert report.totals.jobs == 6
    assert report.since is None


def test_a_channel_or_a_user_narrows_every_figure(seeded: Database) -> None:
    in_two = usage_report(seeded, channel="C0TWO")
    assert [s.skill for s in in_two.skills] == ["invoice"]
    assert [(p.provider, p.calls, p.cost_usd) for p in in_two.providers] == [
        ("local", 1, 0.0),
        ("openai", 1, 0.02),
    ]
    alices = usage_report(seeded, since=now() - timedelta(days=7), user=ALICE)
    assert [s.skill for s in alices.skills] == ["describe"]
    assert (alices.totals.jobs, alices.totals.calls, alices.totals.cost_usd) == (3, 4, 0.01)


def test_an_empty_log_gives_zeros_not_errors(db: Database) -> None:
    report = usage_report(db, since=now() - timedelta(days=7))
    assert report.skills == [] and report.providers == []
    assert report.totals.jobs == 0 and report.totals.cache_hit_rate is None


def test_periods_for_slack() -> None:
    assert parse_window("30d") == (timedelta(days=30), "the last 30 days")
    assert parse_window(" 12H ") == (timedelta(hours=12), "the last 12 hours")
    assert parse_window("1w") == (timedelta(weeks=1), "the last week")
    for wrong in ("", "0d", "7", "soon", "7 days"):
        with pytest.raises(ValueError):
            parse_window(wrong)


# -- the command line ---------------------------------------------------------------------


def mmbot(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_mmbot_usage_json_gives_the_figures(tmp_path: Path) -> None:
    path = tmp_path / "seeded.db"
    seed(open_database(path))
    report = json.loads(mmbot("--db", str(path), "usage", "--since", "7d", "--json"))
    assert set(report) == {"since", "channel", "user", "skills", "providers", "totals"}
    assert report["skills"] == LAST_WEEK_SKILLS
    assert report["providers"] == LAST_WEEK_PROVIDERS
    assert report["totals"] == LAST_WEEK_TOTALS
    assert report["channel"] is None and report["since"] < to_text(now() - timedelta(days=6))
    in_one = json.loads(mmbot("--db", str(path), "usage", "--channel", "C0ONE", "--json"))
    assert in_one["channel"] == "C0ONE"
    assert in_one["totals"]["jobs"] == 4  # the default period, 30 days, takes in job 6


def test_mmbot_usage_prints_a_table(tmp_path: Path) -> None:
    path = tmp_path / "seeded.db"
    seed(open_database(path))
    lines = mmbot("--db", str(path), "usage", "--since", "7d").splitlines()
    assert lines[0].endswith(": 5 jobs, 1 failed, 6 model calls, $0.0300")
    assert lines[2].split() == [
        "skill", "jobs", "failed", "p50", "s", "p95", "s", "calls", "cache", "tok", "in", "tok",
        "out", "cost", "$",
    ]  # fmt: skip
    assert lines[3].split() == [
        "describe", "3", "1", "2.00", "4.00", "4", "25%", "100", "50", "0.0100",
    ]  # fmt: skip
    assert lines[4].split() == [
        "invoice", "2", "0", "0.50", "3.00", "2", "0%", "1000", "200", "0.0200",
    ]  # fmt: skip
    assert lines[6].split()[0] == "provider"
    assert lines[8].split() == [
        "openai", "4", "1", "4", "1.20", "1.50", "25%", "1100", "250", "0.0300",
    ]  # fmt: skip
    empty = mmbot("--db", str(tmp_path / "empty.db"), "usage", "--since", "7d")
    assert empty.startswith("no jobs or model calls (since ")


# -- Slack ----------------------------------------------------------------------------------


@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        yield sandbox


@pytest.fixture
def bot(workspace: SlackSandbox, tmp_path: Path):
    path = tmp_path / "bot.db"
    seed(open_database(path))
    settings = parse_settings(
        {"slack": workspace.slack_settings(mode="http"), "jobs": {"workers": 1}}
    )
    with BackgroundService(settings, str(path)) as service:
        workspace.app_url = service.url
        yield service


def test_mm_usage_shows_the_callers_own_figures_to_the_caller_alone(workspace, bot) -> None:
    month = workspace.slash("usage", channel="C0TWO", user=ALICE)
    assert month.status == 200 and "in_channel" not in month.body  # plain text: ephemeral
    assert month.body.splitlines() == [
        "*Your mmbot usage in the last 30 days:* 4 job(s), 1 failed, $1.0100 in model costs",
        "• `describe`: 4 job(s), 1 failed, p50 2.00 s, p95 9.00 s, 1150 tokens, $1.0100,"
        " 20% from the cache",
    ]
    week = workspace.slash("usage 7d", channel="C0ONE", user=ALICE).body
    assert week.splitlines() == [
        "*Your mmbot usage in the last 7 days:* 3 job(s), 1 failed, $0.0100 in model costs",
        "• `describe`: 3 job(s), 1 failed, p50 2.00 s, p95 4.00 s, 150 tokens, $0.0100,"
        " 25% from the cache",
    ]
    bobs = workspace.slash("usage", channel="C0ONE", user=BOB).body
    assert "`invoice`: 2 job(s), 0 failed" in bobs and "describe" not in bobs
    nobody = workspace.slash("usage", channel="C0ONE", user="U0CAROL")
    assert "No jobs of yours in the last 30 days." in nobody.body
    wrong = workspace.slash("usage soon", channel="C0ONE", user=ALICE)
    assert "takes a period" in wrong.body
