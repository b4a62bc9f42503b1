"""The Slack reply of `translate`: timestamped lines, cut to a readable length with the
rest pointed to in the attached subtitles."""

from collections.abc import Sequence

from bot.media.timecode import stamp
from bot.providers.types import Segment

BLOCK_CHARS = 2500


def timed_lines(segments: Sequence[Segment], rest_in: str, limit: int = BLOCK_CHARS) -> str:
    """`[mm:ss] text` per segment, up to about `limit` characters, then how many lines
    more are in the attachment `rest_in`."""
    lines = [f"{stamp(s.start)} {s.text.strip()}" for s in segments if s.text.strip()]
    shown: list[str] = []
    size = 0
    for line in lines:
        if shown and size + len(line) > limit:
            break
        shown.append(line if len(line) <= limit else line[: limit - 1] + "…")
        size += len(line) + 1
    if len(shown) < len(lines):
        shown.append(f"… {len(lines) - len(shown)} more lines in {rest_in}")
    return "\n".join(shown)


def section(title: str, body: str) -> str:
    return f"*{title}*\n{body}"
