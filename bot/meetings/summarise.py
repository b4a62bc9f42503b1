"""The meeting's notes from a chat model, map-reduce: the transcript in parts (by time
and length) → partial notes per part, in parallel → one merged set of notes. Every call
is a JSON-schema call through the router; times travel as `[mm:ss]` and come back as
seconds. A provider error propagates: the caller falls back to the offline notes."""

import json
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import Any

from bot.media.timecode import stamp
from bot.meetings.notes import ActionItem, Decision, Notes, Participant, Question, Topic
from bot.meetings.sentences import Sentence
from bot.meetings.slides import Slide
from bot.providers.untrusted import as_data

#: A part of the transcript sent in one call: at most this long and this many characters.
PART_SECONDS, PART_CHARS = 900.0, 12000
#: Parts noted at once; the provider's own limits pace the calls.
MAP_WORKERS = 4
_TIME = {"type": ["string", "number"]}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "summary": {"type": "array", "items": {"type": "string"}},
        "participants": {"type": "array", "items": {"type": "string"}},
        "topics": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"title": {"type": "string"}, "start": _TIME, "end": _TIME},
                "required": ["title", "start", "end"],
            },
        },
        "decisions": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"text": {"type": "string"}, "time": _TIME},
                "required": ["text", "time"],
            },
        },
        "action_items": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "owner": {"type": "string"},
                    "task": {"type": "string"},
                    "due": {"type": ["string", "null"]},
                    "time": _TIME,
                },
                "required": ["owner", "task", "due", "time"],
            },
        },
        "open_questions": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"text": {"type": "string"}, "time": _TIME},
                "required": ["text", "time"],
            },
        },
    },
    "required": [
        "title",
        "summary",
        "participants",
        "topics",
        "decisions",
        "action_items",
        "open_questions",
    ],
}
RULES = (
    "Times are [mm:ss] or [h:mm:ss] from the start of the recording; give each item the time "
    "it was said in that form. Decisions: only what was actually decided. Action items: who "
    "(a name as said, or 'unassigned'), what, and the due date as said (null when none). Open "
    "questions: asked and not answered. Participants: names of people present. Summary: up to "
    "five short sentences. Write in the language of the transcript. Reply in JSON."
)
MAP_PROMPT = (
    "Below is part {part} of {parts} of a meeting transcript{language}, with the text of the "
    "slides shown. Take notes of this part.\n" + RULES + "\n\n{body}"
)
REDUCE_PROMPT = (
    "Below are notes taken on the {parts} consecutive parts of one meeting{language}. Merge "
    "them into the notes of the whole meeting: one title, topics in order without overlap, "
    "each decision, action item and question once (drop questions answered in a later part).\n"
    + RULES
    + "\n\n{body}"
)

Chat = Callable[..., Any]


def parts(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """Consecutive parts of at most PART_SECONDS and PART_CHARS each."""
    found: list[list[Sentence]] = []
    current: list[Sentence] = []
    size = 0
    for sentence in sentences:
        too_long = current and sentence.end - current[0].start > PART_SECONDS
        if current and (too_long or size + len(sentence.text) > PART_CHARS):
            found.append(current)
            current, size = [], 0
        current.append(sentence)
        size += len(sentence.text) + 9
    if current:
        found.append(current)
    return found


def summarise(
    chat: Chat,
    sentences: Sequence[Sentence],
    slides: Sequence[Slide] = (),
    *,
    duration: float,
    language: str | None = None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> Notes:
    """`chat(prompt, schema=..., max_tokens=...)` is `Router.chat` bound to the job."""
    chunks = parts(sentences)
    said = f" (language: {language})" if language else ""
    steps = len(chunks) + (len(chunks) > 1)

    def note(number: int, chunk: Sequence[Sentence]) -> Any:
        body = _transcript(chunk, slides)
        prompt = MAP_PROMPT.format(
            part=number, parts=len(chunks), language=said, body=as_data("transcript", body)
        )
        return chat(prompt, schema=SCHEMA, max_tokens=2048).data

    progress(0, steps)
    # Progress is reported from this thread only: the caller's callback may touch a
    # database connection or a Slack client that is not to be shared between threads.
    with ThreadPoolExecutor(max(1, min(MAP_WORKERS, len(chunks)))) as pool:
        futures = [pool.submit(note, number, chunk) for number, chunk in enumerate(chunks, 1)]
        for done, _ in enumerate(as_completed(futures), start=1):
            progress(done, steps)
        notes = [future.result() for future in futures]
    if len(notes) == 1:
        merged = notes[0]
    else:
        body = "\n\n".join(
            f"Part {i} notes:\n{json.dumps(n, ensure_ascii=False)}" for i, n in enumerate(notes, 1)
        )
        prompt = REDUCE_PROMPT.format(parts=len(notes), language=said, body=as_data("notes", body))
        merged = chat(prompt, schema=SCHEMA, max_tokens=4096).data
    return from_model(merged, duration)


def _transcript(chunk: Sequence[Sentence], slides: Sequence[Slide]) -> str:
    start, end = chunk[0].start, chunk[-1].end
    lines = []
    for slide in slides:
        if slide.end >= start and slide.time <= end and (slide.text or slide.description):
            shown = " / ".join(slide.text.splitlines())
            extra = f" — {slide.description}" if slide.description else ""
            lines.append(f"{stamp(slide.time)} (slide) {shown}{extra}")
    lines.extend(f"{stamp(sentence.start)} {sentence.text}" for sentence in chunk)
    lines.sort(key=lambda line: seconds(line[: line.index("]") + 1]) or 0.0)
    return "\n".join(lines)


def from_model(data: dict[str, Any], duration: float) -> Notes:
    """Notes from the model's JSON, times clamped into the recording, empty items dropped."""

    def at(value: Any) -> float:
        found = seconds(value)
        return min(max(found or 0.0, 0.0), duration)

    def text(value: Any) -> str:
        return str(value or "").strip()

    return Notes(
        title=text(data.get("title")) or "Meeting",
        participants=[
            Participant(text(name), "model") for name in data.get("participants", []) if text(name)
        ],
        topics=[
            Topic(text(t["title"]), at(t["start"]), at(t["end"]))
            for t in data.get("topics", [])
            if text(t.get("title"))
        ],
        decisions=[
            Decision(text(d["text"]), at(d["time"]))
            for d in data.get("decisions", [])
            if text(d.get("text"))
        ],
        action_items=[
            ActionItem(
                text(a.get("owner")) or "unassigned",
                text(a["task"]),
                text(a.get("due")) or None,
                at(a["time"]),
            )
            for a in data.get("action_items", [])
            if text(a.get("task"))
        ],
        open_questions=[
            Question(text(q["text"]), at(q["time"]))
            for q in data.get("open_questions", [])
            if text(q.get("text"))
        ],
        summary=[text(line) for line in data.get("summary", []) if text(line)],
        source="model",
    )


def seconds(value: Any) -> float | None:
    """`[12:30]`, `1:02:05`, `754` or `754.5` as seconds; None when it is none of these."""
    if isinstance(value, int | float):
        return float(value)
    match = re.fullmatch(r"\s*\[?\s*(?:(\d+):)?(\d{1,3}):(\d{2}(?:\.\d+)?)\s*\]?\s*", str(value))
    if match:
        return int(match[1] or 0) * 3600 + int(match[2]) * 60 + float(match[3])
    try:
        return float(str(value).strip(" []s"))
    except ValueError:
        return None
