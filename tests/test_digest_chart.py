"""Digest charts: a scheduled digest whose window saw jobs or model cost is posted as an
uploaded PNG of jobs (ok and failed) and cost per day, with the digest text as its comment;
without activity, or when the upload fails, the text is posted alone."""

import io
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest
from PIL import Image

import storage.clock
from bot.config import parse_settings
from bot.digest_chart import (
    COST_COLOUR,
    COST_PANEL,
    FAILED_COLOUR,
    HEIGHT,
    JOBS_PANEL,
    OK_COLOUR,
    WIDTH,
    DayBar,
    bar_centre,
    day_bars,
    has_activity,
    render_png,
)
from bot.sandbox.slack_server import SlackSandbox
from bot.schedule import DigestScheduler
from storage.audit import AuditLog
from storage.db import open_database
from tests.waiting import wait_for

CHANNEL = "C0TEAM"
BERLIN = "Europe/Berlin"


@pytest.fixture
def at(monkeypatch) -> Callable[[datetime], None]:
    """Sets the clock the audit log stamps its rows with."""
    moment = [datetime(2026, 1, 1, tzinfo=UTC)]
    monkeypatch.setattr(storage.clock, "now", lambda: moment[0])

    def set_clock(when: datetime) -> None:
        moment[0] = when

    return set_clock


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def job(audit: AuditLog, status: str, channel: str = CHANNEL) -> None:
    audit.record(action="job.finish", status=status, channel=channel, skill="describe")


def model_call(audit: AuditLog, cost: float | None, channel: str = CHANNEL) -> None:
    audit.record(action="provider.call", channel=channel, provider="openai", cost_usd=cost)


def test_the_figures_per_day_are_exact_in_the_digest_time_zone(tmp_path, at):
    db = open_database(tmp_path / "bot.db")
    audit = AuditLog(db)
    at(utc(2026, 11, 1, 8, 29, 59))  # a second before the window
    job(audit, "ok")
    model_call(audit, 1.0)
    at(utc(2026, 11, 1, 8, 30))  # the window's first moment: 09:30 on Sunday 1 Nov in Berlin
    job(audit, "ok")
    at(utc(2026, 11, 1, 22, 59, 59))  # 23:59:59 in Berlin
    job(audit, "failed")
    at(utc(2026, 11, 1, 23, 0))  # midnight in Berlin: Monday 2 Nov
    job(audit, "ok")
    job(audit, "cancelled")  # neither ok nor failed
    job(audit, "ok", channel="C0OTHER")
    model_call(audit, 0.0125)
    model_call(audit, None)  # a local engine: no cost
    model_call(audit, 0.0075)
    model_call(audit, 0.25, channel="C0OTHER")
    audit.record(action="digest.post", channel=CHANNEL)
    at(utc(2026, 11, 4, 8, 29, 59))  # Wednesday 4 Nov, just before the digest
    job(audit, "ok")
    job(audit, "failed")
    model_call(audit, 0.5)
    at(utc(2026, 11, 4, 8, 30))  # the window's last moment
    job(audit, "ok")
    at(utc(2026, 11, 4, 8, 30, 0, 1000))  # a millisecond after it
    job(audit, "ok")

    until = utc(2026, 11, 4, 8, 30)
    bars = day_bars(db, CHANNEL, until - timedelta(hours=72), until, BERLIN)

    assert bars == [
        DayBar(date(2026, 11, 1), date(2026, 11, 1), ok=1, failed=1, cost_usd=0.0),
        DayBar(date(2026, 11, 2), date(2026, 11, 2), ok=1, failed=0, cost_usd=0.02),
        DayBar(date(2026, 11, 3), date(2026, 11, 3), ok=0, failed=0, cost_usd=0.0),
        DayBar(date(2026, 11, 4), date(2026, 11, 4), ok=2, failed=1, cost_usd=0.5),
    ]
    in_utc = day_bars(db, CHANNEL, until - timedelta(hours=72), until, "UTC")
    assert [(bar.first.day, bar.ok, bar.failed, bar.cost_usd) for bar in in_utc] == [
        (1, 2, 1, 0.02),
        (2, 0, 0, 0.0),
        (3, 0, 0, 0.0),
        (4, 2, 1, 0.5),
    ]


def test_a_day_long_window_has_a_bar_per_calendar_day_it_touches(tmp_path, at):
    db = open_database(tmp_path / "bot.db")
    at_half_past_nine = utc(2026, 11, 4, 8, 30)
    at_midnight = utc(2026, 11, 4, 23, 0)  # midnight in Berlin
    at(at_midnight)
    job(AuditLog(db), "ok")

    def bars(until: datetime, channel: str = CHANNEL) -> list[DayBar]:
        return day_bars(db, channel, until - timedelta(hours=24), until, BERLIN)

    assert [(bar.first, bar.last) for bar in bars(at_half_past_nine)] == [
        (date(2026, 11, 3), date(2026, 11, 3)),
        (date(2026, 11, 4), date(2026, 11, 4)),
    ]
    assert not has_activity(bars(at_half_past_nine))
    assert bars(at_midnight) == [DayBar(date(2026, 11, 4), date(2026, 11, 4), ok=1)], (
        "a window ending at midnight has no bar for the day after, and its last moment counts"
    )
    assert not has_activity(bars(at_midnight, "C0OTHER"))


def test_a_long_window_puts_several_days_in_each_bar_newest_day_last(tmp_path, at):
    db = open_database(tmp_path / "bot.db")
    audit = AuditLog(db)
    for when, status in [
        (utc(2026, 10, 31, 13), "ok"),
        (utc(2026, 11, 27, 9), "failed"),
        (utc(2026, 11, 28, 9), "ok"),
        (utc(2026, 11, 30, 9), "ok"),
    ]:
        at(when)
        job(audit, status)
        model_call(audit, 0.1)

    until = utc(2026, 11, 30, 12)
    bars = day_bars(db, CHANNEL, until - timedelta(days=30), until)

    assert len(bars) == 11, "31 days, 3 to a bar"
    assert (bars[0].first, bars[0].last) == (date(2026, 10, 31), date(2026, 10, 31))
    assert all(bar.days == 3 for bar in bars[1:])
    assert all(b.first == a.last + timedelta(days=1) for a, b in pairwise(bars))
    assert bars[-1].first == date(2026, 11, 28) and bars[-1].last == date(2026, 11, 30)
    assert (bars[0].ok, bars[0].failed, bars[0].cost_usd) == (1, 0, 0.1)
    assert (bars[-2].ok, bars[-2].failed, bars[-2].cost_usd) == (0, 1, 0.1)
    assert (bars[-1].ok, bars[-1].failed, bars[-1].cost_usd) == (2, 0, 0.2)
    assert sum(bar.jobs for bar in bars[1:-2]) == 0


def column(image: Image.Image, x: int, panel: tuple[int, int]) -> list[tuple[int, int, int]]:
    top, base = panel
    return [image.getpixel((x, y)) for y in range(top, base + 1)]


def test_the_png_has_its_size_and_bars_exactly_where_there_was_activity():
    first = date(2026, 11, 2)
    figures = [(3, 1, 0.2), (0, 0, 0.0), (0, 2, 0.0), (6, 0, 0.05), (0, 0, 0.1)]
    bars = [
        DayBar(first + timedelta(days=i), first + timedelta(days=i), ok, failed, cost)
        for i, (ok, failed, cost) in enumerate(figures)
    ]

    image = Image.open(io.BytesIO(render_png(bars, BERLIN)))

    assert image.format == "PNG"
    assert image.size == (WIDTH, HEIGHT)
    image = image.convert("RGB")
    for index, bar in enumerate(bars):
        x = bar_centre(index, len(bars))
        jobs, cost = column(image, x, JOBS_PANEL), column(image, x, COST_PANEL)
        assert (OK_COLOUR in jobs) == (bar.ok > 0), bar
        assert (FAILED_COLOUR in jobs) == (bar.failed > 0), bar
        assert (COST_COLOUR in cost) == (bar.cost_usd > 0), bar
    tallest = column(image, bar_centre(3, 5), JOBS_PANEL).count(OK_COLOUR)
    assert tallest >= JOBS_PANEL[1] - JOBS_PANEL[0], "the busiest day fills the panel"
    half = column(image, bar_centre(0, 5), JOBS_PANEL).count(OK_COLOUR)
    assert abs(2 * half - tallest) <= 2, "3 jobs are half as tall as 6"
    dearest = column(image, bar_centre(0, 5), COST_PANEL).count(COST_COLOUR)
    assert abs(2 * column(image, bar_centre(4, 5), COST_PANEL).count(COST_COLOUR) - dearest) <= 2


# -- end to end: the scheduled digest in the sandbox workspace -----------------------------


@pytest.fixture
def workspace():
    with SlackSandbox() as sandbox:
        yield sandbox


def scheduler(sandbox: SlackSandbox, db_path: str) -> DigestScheduler:
    settings = parse_settings(
        {
            "slack": sandbox.slack_settings(),
            "digests": [
                {
                    "channel": CHANNEL,
                    "schedule": "0 9 * * *",
                    "timezone": BERLIN,
                    "sections": ["usage"],
                    "lookback_hours": 72,
                }
            ],
        }
    )
    return DigestScheduler(settings, db_path)


def run_once(sandbox: SlackSandbox, db_path: str, done: Callable[[], object]) -> object:
    digests = scheduler(sandbox, db_path)
    digests.start()
    try:
        digests.run_now()
        return wait_for(done)
    finally:
        digests.stop()


def seed_activity(db_path: str) -> None:
    audit = AuditLog(open_database(db_path))
    job(audit, "ok")
    job(audit, "ok")
    job(audit, "failed")
    model_call(audit, 0.03)


def digest_outcomes(db_path: str) -> list[tuple[str, str | None]]:
    rows = open_database(db_path).query(
        "select status, detail from audit where action = 'digest.post' order by id"
    )
    return [(row["status"], row["detail"]) for row in rows]


def test_a_digest_with_activity_is_posted_as_its_chart_with_the_text_as_comment(
    workspace, tmp_path
):
    db_path = str(tmp_path / "bot.db")
    seed_activity(db_path)

    run_once(workspace, db_path, lambda: digest_outcomes(db_path))

    (post,) = workspace.workspace.messages[CHANNEL]
    assert post["upload"] is True
    assert post["text"].startswith(f"*mmbot digest for <#{CHANNEL}>, last 72 h*")
    assert "• `describe`: 1 failed, 2 ok" in post["text"]
    assert "Model cost: $0.0300" in post["text"]
    (file,) = post["files"]
    assert file["name"].endswith(".png")
    assert file["title"] == "Jobs and model cost per day"
    image = Image.open(io.BytesIO(workspace.workspace.contents[file["id"]]))
    assert image.format == "PNG" and image.size == (WIDTH, HEIGHT)
    (complete,) = workspace.method_calls("files.completeUploadExternal")
    assert complete["channel_id"] == CHANNEL
    assert complete["initial_comment"] == post["text"]
    assert workspace.method_calls("chat.postMessage") == [], "one post, not two"
    assert digest_outcomes(db_path) == [("ok", None)]


def test_a_digest_without_activity_is_posted_as_text_alone(workspace, tmp_path):
    db_path = str(tmp_path / "bot.db")
    AuditLog(open_database(db_path)).record(action="job.finish", channel="C0OTHER")

    (posted,) = run_once(workspace, db_path, lambda: workspace.method_calls("chat.postMessage"))

    assert "No jobs here in that time." in posted["text"]
    assert workspace.method_calls("files.getUploadURLExternal") == []
    assert wait_for(lambda: digest_outcomes(db_path)) == [("ok", None)]


def test_a_chart_that_fails_to_upload_is_audited_and_the_text_is_still_posted(workspace, tmp_path):
    db_path = str(tmp_path / "bot.db")
    seed_activity(db_path)
    workspace.fail_next("files.completeUploadExternal", "internal_error")

    run_once(workspace, db_path, lambda: len(digest_outcomes(db_path)) == 2)

    (post,) = workspace.workspace.messages[CHANNEL]
    assert "upload" not in post and "files" not in post
    assert "• `describe`: 1 failed, 2 ok" in post["text"]
    (failure, success) = digest_outcomes(db_path)
    assert failure[0] == "error"
    assert "chart not uploaded" in failure[1] and "internal_error" in failure[1]
    assert success == ("ok", None)
