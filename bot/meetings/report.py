"""The meeting report in Markdown (attached) and the short answer posted in Slack."""

from collections.abc import Sequence
from dataclasses import dataclass

from bot.media.timecode import clock, stamp
from bot.meetings.notes import ActionItem, Notes
from bot.meetings.slides import Slide

OFFLINE_NOTE = (
    "Made without a language model: topics by sentence similarity and slide changes, decisions "
    "and action items by their cue phrases, an extractive summary; configure `[routing] chat` "
    "for an abstractive one."
)
SLACK_ITEMS = 8


@dataclass(frozen=True)
class Meeting:
    """What the report says about the recording itself."""

    file: str
    duration: float
    language: str | None
    notes: Notes
    slides: Sequence[Slide] = ()


def markdown(meeting: Meeting) -> str:
    notes = meeting.notes
    lines = [f"# {notes.title}", ""]
    facts = [f"`{meeting.file}`", clock(meeting.duration)]
    if meeting.language:
        facts.append(f"language: {meeting.language}")
    lines += [" · ".join(facts), ""]
    if notes.participants:
        lines += ["## Participants", ""]
        for person in notes.participants:
            how = {"introduced": "introduced", "addressed": "addressed", "slack": "posted it"}
            detail = how.get(person.how, "")
            when = f" {stamp(person.time)}" if person.time is not None else ""
            lines.append(f"- {person.name}" + (f" ({detail}{when})" if detail else ""))
        lines.append("")
    if notes.summary:
        lines += ["## Summary", ""] + [f"- {line}" for line in notes.summary] + [""]
    lines += ["## Topics", ""]
    for topic in notes.topics:
        span = f"{stamp(topic.start)}–{stamp(topic.end)}"
        gist = f" — {topic.gist}" if topic.gist and topic.gist not in notes.summary else ""
        lines.append(f"- {span} **{topic.title}**{gist}")
    if not notes.topics:
        lines.append("- none found")
    lines += ["", "## Decisions", ""]
    lines += [f"- {stamp(d.time)} {d.text}" for d in notes.decisions] or ["- none recorded"]
    lines += ["", "## Action items", ""]
    lines += [f"- {stamp(a.time)} {action_line(a)}" for a in notes.action_items] or [
        "- none recorded"
    ]
    lines += ["", "## Open questions", ""]
    lines += [f"- {stamp(q.time)} {q.text}" for q in notes.open_questions] or ["- none"]
    if meeting.slides:
        lines += ["", "## Slides", ""]
        for slide in meeting.slides:
            shown = slide.title or (slide.text.splitlines()[0] if slide.text else "(no text)")
            extra = f" — {slide.description}" if slide.description else ""
            lines.append(f"- {stamp(slide.time)} {shown}{extra}")
    if notes.source == "offline":
        lines += ["", f"_{OFFLINE_NOTE}_"]
    return "\n".join(lines).rstrip() + "\n"


def action_line(item: ActionItem) -> str:
    due = ""
    if item.due:
        due = f" — due {item.due}" + (f" ({item.due_date})" if item.due_date else "")
    return f"**{item.owner}**: {item.task}{due}"


def slack_text(meeting: Meeting) -> str:
    """Counts first (the line the audit log and digests keep), then decisions and actions."""
    notes = meeting.notes
    counts = [
        _count(len(notes.topics), "topic"),
        _count(len(notes.decisions), "decision"),
        _count(len(notes.action_items), "action item"),
        _count(len(notes.open_questions), "open question"),
    ]
    lines = [f"*{notes.title}* ({clock(meeting.duration)}): {', '.join(counts)}."]
    if notes.decisions:
        lines.append("*Decisions*")
        lines += [f"• {stamp(d.time)} {d.text}" for d in notes.decisions[:SLACK_ITEMS]]
    if notes.action_items:
        lines.append("*Action items*")
        lines += [
            f"• {stamp(a.time)} {action_line(a).replace('**', '*')}"
            for a in notes.action_items[:SLACK_ITEMS]
        ]
    lines.append("The full report, the transcript (SRT) and the slides are attached.")
    return "\n".join(lines)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")
