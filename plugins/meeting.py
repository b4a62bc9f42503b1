"""`meeting`: a recorded meeting (video or audio) to a report with topics, decisions,
action items and open questions, each with its time; the transcript as SRT and the
slides as a contact sheet. The work is in `bot.meetings`; this is the skill's face
and the `meetings` digest section."""

from collections import defaultdict
from datetime import datetime
from typing import Any

from bot.hookspecs import hookimpl
from bot.media.timecode import clock, stamp
from bot.meetings.pipeline import run_meeting
from bot.skills import JobContext, Option, Result, Skill

DIGEST_MEETINGS = 10


class MeetingSkill(Skill):
    name = "meeting"
    description = "Meeting recordings to a report: topics, decisions, action items, questions"
    media = frozenset({"video", "audio"})
    # up to [media] max_minutes (4 h by default) of speech to transcribe on a CPU
    time_limit_minutes = 120.0
    options = (
        Option("language", str, None, "language spoken (e.g. en, zh); detected when not given"),
        Option("script", str, None, "Chinese script of the transcript", ("hans", "hant")),
        Option("date", str, None, "the meeting's date (YYYY-MM-DD), to resolve due dates"),
        Option(
            "engine",
            str,
            "auto",
            "who writes the notes: a chat model when one is configured, else offline",
            ("auto", "model", "offline"),
        ),
    )

    def run(self, ctx: JobContext) -> Result:
        return run_meeting(ctx, ctx.files[0])


@hookimpl
def register_skills(register: Any) -> None:
    register(MeetingSkill())


@hookimpl
def digest_sections(ctx: Any, channel: str, since: datetime) -> str | None:
    """Each meeting reported in the channel, with its action items grouped by owner."""
    if "meetings" not in ctx.sections:
        return None
    meetings = ctx.results("meeting", channel, since)
    meetings = [data for data in meetings if "action_items" in data]
    if not meetings:
        return None
    lines = [f"*Meetings:* {len(meetings)} reported"]
    for data in meetings[-DIGEST_MEETINGS:]:
        items = [item for item in data["action_items"] if not item.get("done")]
        decided = len(data.get("decisions", []))
        lines.append(
            f"• *{data.get('title') or data.get('file')}* ({clock(data.get('duration') or 0)}):"
            f" {decided} decision{'s' if decided != 1 else ''},"
            f" {len(items)} open action item{'s' if len(items) != 1 else ''}"
        )
        by_owner: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for item in items:
            by_owner[item.get("owner") or "unassigned"].append(item)
        for owner, owned in by_owner.items():
            tasks = "; ".join(
                f"{item['task']}"
                + (f" (due {item['due']})" if item.get("due") else "")
                + f" {stamp(item.get('time') or 0)}"
                for item in owned
            )
            lines.append(f"    ◦ {owner}: {tasks}")
    return "\n".join(lines)
