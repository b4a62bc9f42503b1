"""Log lines: plain by default, one redacted JSON object a line on request, each carrying
the job, event, skill and channel it concerns."""

import json
import logging

import pytest

from bot.log import configure_logging, log_context
from bot.watchdog import run_watched


@pytest.fixture
def restored_logging():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_json_lines_carry_the_jobs_context_and_are_redacted(capsys, restored_logging) -> None:
    configure_logging("INFO", "json")
    with log_context(job_id=7, skill="describe", channel="C0GENERAL"):
        try:
            raise ValueError("token xoxb-123456789012-123456789012-abcdefghijklmnopqrstuvwx")
        except ValueError:
            logging.getLogger("bot.worker").exception("job failed for ann@example.com")
    logging.getLogger("bot.serve").info("outside any job")
    inside, outside = lines(capsys.readouterr().err)
    assert inside["level"] == "ERROR" and inside["logger"] == "bot.worker"
    assert (inside["job_id"], inside["skill"], inside["channel"]) == (7, "describe", "C0GENERAL")
    assert inside["message"] == "job failed for [EMAIL]"
    assert "ValueError" in inside["exception"] and "xoxb-" not in inside["exception"]
    assert "job_id" not in outside and outside["message"] == "outside any job"
    assert inside["time"].endswith("+00:00")


def test_a_skills_own_thread_logs_with_its_jobs_context(capsys, restored_logging) -> None:
    configure_logging("INFO", "json")
    with log_context(job_id=12, channel="C0MEDIA"):
        run_watched(
            lambda: logging.getLogger("plugins.meeting").warning("slide 3 unreadable"),
            skill="meeting",
            minutes=1,
            max_mb=100_000,
        )
    [line] = lines(capsys.readouterr().err)
    assert (line["job_id"], line["channel"], line["message"]) == (
        12,
        "C0MEDIA",
        "slide 3 unreadable",
    )


def test_plain_lines_stay_the_default(capsys, restored_logging) -> None:
    configure_logging("INFO")
    logging.getLogger("bot").info("mail bob@example.com")
    assert capsys.readouterr().err.rstrip().endswith("INFO bot: mail [EMAIL]")
