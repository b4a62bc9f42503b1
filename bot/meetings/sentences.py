"""Transcript segments re-cut into sentences, each with the time it was said.

Whisper's segments break where the audio pauses, not where sentences end; cues
and questions are judged per sentence. A sentence's time is interpolated by
character position within the segment it starts in. A segment that ends without a
full stop ends its sentence too when a pause or a capitalised word follows.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.providers.types import Segment

_END = re.compile(r"(?<=[.!?])\s+(?=\S)|(?<=[。！？；])\s*(?=\S)")
_MIN_CHARS = 2
#: A pause this long between segments ends a sentence even without punctuation.
PAUSE_SECONDS = 0.5


@dataclass(frozen=True)
class Sentence:
    start: float
    end: float
    text: str


def sentences(segments: Iterable[Segment]) -> list[Sentence]:
    found: list[Sentence] = []
    pending: list[tuple[float, str]] = []
    spoken = [segment for segment in segments if segment.text.strip()]
    for index, segment in enumerate(spoken):
        text = " ".join(segment.text.split())
        for start, end, piece in _pieces(segment, text):
            pending.append((start, piece))
            if _finished(piece):
                found.append(_join(pending, end))
                pending = []
        following = spoken[index + 1] if index + 1 < len(spoken) else None
        if pending and (following is None or _starts_anew(segment, following)):
            found.append(_join(pending, segment.end))
            pending = []
    return [item for item in found if len(item.text) >= _MIN_CHARS]


def _pieces(segment: Segment, text: str) -> list[tuple[float, float, str]]:
    span = max(segment.end - segment.start, 0.0)
    pieces, offset = [], 0
    for part in _END.split(text):
        start = segment.start + span * offset / len(text)
        offset += len(part)
        end = segment.start + span * min(offset, len(text)) / len(text)
        if part.strip():
            pieces.append((round(start, 2), round(end, 2), part.strip()))
        offset += 1 if text[offset : offset + 1] == " " else 0
    return pieces


def _finished(piece: str) -> bool:
    return piece[-1] in ".!?。！？；"


def _starts_anew(segment: Segment, following: Segment) -> bool:
    """Whether a segment without a full stop still ended its sentence: a pause, or the next
    segment starts with a capital (not "I") as a new sentence would."""
    head = following.text.strip()
    if following.start - segment.end >= PAUSE_SECONDS or segment.text.rstrip().endswith(","):
        return following.start - segment.end >= PAUSE_SECONDS
    return head[:1].isupper() and not re.match(r"I\b", head)


def _join(parts: list[tuple[float, str]], end: float) -> Sentence:
    text = ""
    for _, piece in parts:
        glue = "" if not text or _cjk(text[-1]) or _cjk(piece[0]) else " "
        text += glue + piece
    return Sentence(parts[0][0], max(end, parts[0][0]), text)


def _cjk(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"
