"""`mmbot demo`: the whole bot on this machine, with no token and no network.

A sandbox Slack workspace runs on loopback; the bot serves it exactly as it would
serve Slack (signed events, worker processes, the Web API); the bundled samples are
dropped into a channel as a user would, and each thread is printed as it unfolds.
"""

import io
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from bot.config import Settings, parse_settings
from bot.sandbox.slack_server import SlackSandbox
from bot.serve import BackgroundService
from bot.workdirs import remove_all

CHANNEL = "C0DEMO"
#: The reactions the bot leaves on a file when its job has ended, well or not.
FINISHED = frozenset({"white_check_mark", "warning"})
SAMPLES = Path(__file__).parent / "samples"


Drop = tuple[list[tuple[str, bytes, str]], str]


def sample_drops() -> list[Drop]:
    """Each drop: its files (name, bytes, MIME type) and what the user writes with them."""
    receipt = _receipt_image()
    return [
        ([("receipt.png", receipt, "image/png")], "invoice"),
        ([("voice-memo.ogg", (SAMPLES / "voice-memo.ogg").read_bytes(), "audio/ogg")], ""),
        ([("standup.mp4", (SAMPLES / "standup.mp4").read_bytes(), "video/mp4")], ""),
        (
            [
                ("receipt.png", receipt, "image/png"),
                ("receipt-edited.png", _receipt_image(total="9.88"), "image/png"),
            ],
            "which is right?",
        ),
    ]


def run_demo(say: Callable[[str], None], timeout: float = 300.0) -> dict[str, list[dict]]:
    with tempfile.TemporaryDirectory(prefix="mmbot-demo-") as scratch, SlackSandbox() as slack:
        settings = _settings(slack, Settings())
        say(f"sandbox Slack workspace at {slack.origin}; database in {scratch}")
        database = str(Path(scratch) / "demo.db")
        with BackgroundService(settings, database) as bot:
            slack.app_url = bot.url
            say(f"mmbot is listening at {bot.url} with {settings.jobs.workers} workers\n")
            drops = {}
            for files, text in sample_drops():
                message, deliveries = slack.drop_files(CHANNEL, "U0ALICE", files, text=text)
                acks = ", ".join(f"{d.status} in {d.seconds * 1000:.0f} ms" for d in deliveries)
                name = " + ".join(file[0] for file in files)
                said = f' saying "{text}"' if text else ""
                say(f"alice dropped {name} in #demo{said} (Slack's events acked: {acks})")
                drops[name] = message
            threads = _wait_for_answers(slack, drops, timeout)
        remove_all(database)
        for name, message in drops.items():
            say(f"\n── thread of {name} " + "─" * max(4, 60 - len(name)))
            for reply in threads[name]:
                say(_describe(reply))
            reactions = slack.reactions(CHANNEL, message["ts"])
            say(f"   reactions on the file: {', '.join(sorted(reactions)) or 'none'}")
            if not reactions & FINISHED:
                say(f"   (not finished after {timeout:.0f} s: this machine may be busy)")
        return threads


def _settings(slack: SlackSandbox, base: Settings) -> Settings:
    return parse_settings(
        {
            "slack": slack.slack_settings(mode="http"),
            "jobs": {"workers": 2, "heartbeat_seconds": 1},
        }
    )


def _wait_for_answers(
    slack: SlackSandbox, drops: dict[str, dict], timeout: float
) -> dict[str, list[dict]]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(slack.reactions(CHANNEL, m["ts"]) & FINISHED for m in drops.values()):
            time.sleep(0.5)  # the progress message's last update
            break
        time.sleep(0.2)
    return {name: slack.replies(CHANNEL, m["ts"]) for name, m in drops.items()}


def _describe(reply: dict[str, Any]) -> str:
    if reply.get("upload"):
        names = ", ".join(f["name"] for f in reply.get("files", []))
        return f"   mmbot uploaded {names}"
    text = reply.get("text") or ""
    lines = text.splitlines() or [""]
    shown = "\n     ".join(lines[:12]) + ("\n     …" if len(lines) > 12 else "")
    return f"   mmbot: {shown}"


def _receipt_image(total: str = "7.88") -> bytes:
    image = Image.new("RGB", (560, 520), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=26)
    lines = [
        [("CORNER CAFE", 190)],
        [("12 Main St, Springfield", 120)],
        [("Receipt No: 10442", 30), ("2026-03-01", 370)],
        [("Flat white", 30), ("4.20", 440)],
        [("Croissant", 30), ("3.10", 440)],
        [("Subtotal", 30), ("7.30", 440)],
        [("Sales tax 8%", 30), ("0.58", 440)],
        [("TOTAL", 30), (f"${total}", 425)],
        [("Thank you!", 200)],
    ]
    for index, line in enumerate(lines):
        for text, x in line:
            draw.text((x, 24 + index * 54), text, fill="black", font=font)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()
