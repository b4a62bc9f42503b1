"""A skill's `Result` as Slack messages: Block Kit within Slack's limits.

Limits (api.slack.com/reference/block-kit): 50 blocks a message, 3,000 characters a
section, 10 fields of 2,000 each; `text` (the notification fallback) is cut at
40,000 characters by Slack itself. Text longer than one message holds is split into
several messages in the thread, at paragraph or line breaks where possible.
"""

import re
from dataclasses import dataclass
from typing import Any

from bot.skills import Result
from storage.pii.secrets import detect_private_keys, detect_secrets

SECTION_CHARS = 3000
FIELD_CHARS = 2000
MAX_FIELDS = 10
SECTIONS_PER_MESSAGE = 40


@dataclass(frozen=True)
class Facts:
    """The context line: what served the job and what it cost."""

    skill: str
    seconds: float
    models: tuple[str, ...] = ()
    cost_usd: float | None = None


def chunks(text: str, size: int = SECTION_CHARS) -> list[str]:
    """`text` in pieces of at most `size` characters, cut at a paragraph, line or word end."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > size:
        window = rest[:size]
        cuts = (window.rfind(mark) for mark in ("\n\n", "\n", " "))
        cut = next((at for at in cuts if at > size // 2), size)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


def escape(text: str) -> str:
    """Text shown as is: Slack reads `<…>` as mentions and links (`<!channel>`), so a
    file name, the text OCR found in a picture or a model's answer must not be able to
    ping anyone; and a credential found in a file is masked, as in the audit log."""
    text = mask_secrets(text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def mask_secrets(text: str) -> str:
    spans = sorted({*detect_secrets(text), *detect_private_keys(text)})
    pieces, position = [], 0
    for start, end in spans:
        if start >= position:
            pieces.append(text[position:start] + "[SECRET]")
            position = end
        elif end > position:
            position = end
    return "".join(pieces) + text[position:]


def result_messages(result: Result, facts: Facts) -> list[dict[str, Any]]:
    """One or more `chat.postMessage` argument sets (text + blocks), in order."""
    text = escape(result.text or "Done.")
    sections = [_section(piece) for piece in chunks(text)]
    groups = [
        sections[i : i + SECTIONS_PER_MESSAGE]
        for i in range(0, len(sections), SECTIONS_PER_MESSAGE)
    ]
    messages = [{"text": _fallback(group), "blocks": group} for group in groups]
    last = messages[-1]["blocks"]
    fields = _fields(result.data, text)
    if fields:
        last.append({"type": "section", "fields": fields})
    for warning in result.warnings[:5]:
        last.append(_context(f":warning: {escape(warning)}"[:SECTION_CHARS]))
    last.append(_context(_facts_line(facts)))
    return messages


def failure_message(sentence: str) -> dict[str, Any]:
    text = f":warning: {escape(sentence)}"[:SECTION_CHARS]
    return {"text": text, "blocks": [_section(text)]}


def progress_message(skill: str, stage: str, fraction: float | None, job_id: int) -> dict[str, Any]:
    percent = f" ({fraction * 100:.0f}%)" if fraction is not None else ""
    text = f":hourglass_flowing_sand: *{escape(skill)}* — {escape(stage)}{percent}"
    return {
        "text": text[:SECTION_CHARS],
        "blocks": [
            _section(text[:SECTION_CHARS]),
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "action_id": "cancel_job",
                        "text": {"type": "plain_text", "text": "Cancel"},
                        "style": "danger",
                        "value": str(job_id),
                    }
                ],
            },
        ],
    }


def finished_progress(skill: str, outcome: str) -> dict[str, Any]:
    text = f"*{escape(skill)}* — {escape(outcome)}"
    return {"text": text, "blocks": [_context(text)]}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": text}]}


def _fallback(group: list[dict[str, Any]]) -> str:
    return group[0]["text"]["text"][:SECTION_CHARS] if group else "Done."


def _number(value: float) -> str:
    """Two decimals, or three where the value has them (a dinar's fils: `7.245`)."""
    return f"{value:,.{3 if round(value, 2) != round(value, 3) else 2}f}"


def _fields(data: Any, text: str) -> list[dict[str, Any]]:
    """The data's plain values as a grid, leaving out what the text already says."""
    if not isinstance(data, dict):
        return []
    fields = []
    for key, value in data.items():
        if isinstance(value, str | int | float) and not isinstance(value, bool) and value != "":
            shown = escape(_number(value) if isinstance(value, float) else str(value))
            if re.search(rf"(?<!\w)(?<!\d[.,]){re.escape(shown)}(?!\w)(?![.,]\d)", text):
                continue
            label = escape(str(key).replace("_", " "))
            fields.append({"type": "mrkdwn", "text": f"*{label}*\n{shown}"[:FIELD_CHARS]})
        if len(fields) == MAX_FIELDS:
            break
    return fields


def _facts_line(facts: Facts) -> str:
    parts = [f"`{escape(facts.skill)}`"]
    if facts.models:
        parts.append(escape(", ".join(facts.models)))
    if facts.cost_usd:
        parts.append(f"${facts.cost_usd:.4f}")
    parts.append(f"{facts.seconds:.1f} s")
    return " · ".join(parts)
