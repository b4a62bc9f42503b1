"""Translating transcript segments with the chat model, in chunks that keep their timing.

Each call gets up to `max_segments` numbered lines (about `max_chars` of text) and
answers `{"segments": [{"id", "text"}]}` under a JSON schema; answers map back to
segments by id, so the timing never depends on the model. Ids the model leaves out
are asked for once more; those still missing, and every line after a provider
failure, keep their source text and are named in a warning.
"""

import json
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import Any

from bot.media.timecode import stamp
from bot.providers import errors
from bot.providers.types import Segment

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "segments": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"id": {"type": "integer"}, "text": {"type": "string"}},
                "required": ["id", "text"],
            },
        }
    },
    "required": ["segments"],
}
INSTRUCTIONS = (
    "You translate the subtitles of a recording from {source} into {target}. Every line has "
    "an id. Translate each line into {target} and keep its id: one translated line per id, "
    "none left out, none merged. Use the neighbouring lines for context, but keep each "
    "line's words in that line. Keep names, numbers and technical terms exact. Do not add "
    'notes. Reply in JSON: {{"segments": [{{"id": <id>, "text": "<translation>"}}]}}.'
)
RETRY = (
    "Your previous reply left out some of these lines. Translate exactly these lines, "
    "each with its id."
)
MAX_SEGMENTS = 40
MAX_CHARS = 2000
MAX_TOKENS = 4096

Chat = Callable[..., Any]


@dataclass
class Translation:
    """Translated segments (source timing); `done` counts lines the model translated."""

    segments: tuple[Segment, ...]
    model: str | None
    done: int
    total: int
    warnings: list[str] = field(default_factory=list)


def plan(
    segments: Sequence[Segment], *, max_segments: int = MAX_SEGMENTS, max_chars: int = MAX_CHARS
) -> list[list[int]]:
    """Indexes of the segments with text, in consecutive chunks of bounded size."""
    chunks: list[list[int]] = []
    current: list[int] = []
    size = 0
    for index, segment in enumerate(segments):
        length = len(segment.text.strip())
        if not length:
            continue
        if current and (len(current) >= max_segments or size + length > max_chars):
            chunks.append(current)
            current, size = [], 0
        current.append(index)
        size += length
    if current:
        chunks.append(current)
    return chunks


def translate_segments(
    segments: Sequence[Segment],
    *,
    chat: Chat,
    source: str,
    target: str,
    progress: Callable[[int, int], None] = lambda done, total: None,
    workers: int = 3,
    max_segments: int = MAX_SEGMENTS,
    max_chars: int = MAX_CHARS,
) -> Translation:
    """`chat` is `Router.chat` with the call context bound; `source` and `target` are
    language names as the model should read them ("French", "Chinese (Simplified)")."""
    chunks = plan(segments, max_segments=max_segments, max_chars=max_chars)
    system = INSTRUCTIONS.format(source=source, target=target)
    texts: dict[int, str] = {}
    models: list[str] = []
    failure: list[tuple[int, errors.ProviderError]] = []
    lock = threading.Lock()

    def work(chunk: list[int]) -> bool:
        if failure:
            return False
        try:
            found, model = _translate_chunk(chat, system, segments, chunk)
        except errors.ProviderError as error:
            with lock:
                failure.append((chunk[0], error))
            return False
        with lock:
            texts.update(found)
            models.append(model)
        return True

    if chunks:
        progress(0, len(chunks))
    finished = 0
    # Progress is reported from this thread only: the caller's callback may touch a
    # database connection or a Slack client that is not to be shared between threads.
    with ThreadPoolExecutor(max(1, min(workers, len(chunks) or 1))) as pool:
        for done in as_completed([pool.submit(work, chunk) for chunk in chunks]):
            if done.result():
                finished += 1
                progress(finished, len(chunks))

    wanted = [index for chunk in chunks for index in chunk]
    warnings = _warnings(segments, wanted, texts, failure, source)
    translated = tuple(
        Segment(s.start, s.end, texts.get(index, s.text.strip()))
        for index, s in enumerate(segments)
    )
    return Translation(translated, models[0] if models else None, len(texts), len(wanted), warnings)


def _translate_chunk(
    chat: Chat, system: str, segments: Sequence[Segment], chunk: list[int]
) -> tuple[dict[int, str], str]:
    found, model = _ask(chat, system, segments, chunk, retry=False)
    missing = [index for index in chunk if index not in found]
    if missing:
        try:
            more, model = _ask(chat, system, segments, missing, retry=True)
        except errors.ProviderError:
            return found, model
        found.update(more)
    return found, model


def _ask(
    chat: Chat, system: str, segments: Sequence[Segment], ids: list[int], *, retry: bool
) -> tuple[dict[int, str], str]:
    lines = [{"id": index + 1, "text": segments[index].text.strip()} for index in ids]
    payload = json.dumps({"segments": lines}, ensure_ascii=False)
    messages = [
        {"role": "system", "content": system},
        {"role": "user", "content": f"{RETRY}\n{payload}" if retry else payload},
    ]
    size = sum(len(line["text"]) for line in lines)
    reply = chat(
        messages, schema=SCHEMA, max_tokens=min(MAX_TOKENS, 256 + 16 * len(ids) + 2 * size)
    )
    wanted = {index + 1 for index in ids}
    found: dict[int, str] = {}
    for item in (reply.data or {}).get("segments", []):
        number, text = item.get("id"), str(item.get("text") or "").strip()
        if number in wanted and text and number - 1 not in found:
            found[number - 1] = text
    return found, reply.model


def _warnings(
    segments: Sequence[Segment],
    wanted: list[int],
    texts: dict[int, str],
    failure: list[tuple[int, errors.ProviderError]],
    source: str,
) -> list[str]:
    if failure:
        first, error = min(failure, key=lambda item: item[0])
        left = sum(1 for index in wanted if index not in texts)
        return [
            f"The translation stopped at {stamp(segments[first].start)}: {error} "
            f"{left} of {len(wanted)} lines are left in {source}."
        ]
    missing = [index for index in wanted if index not in texts]
    if not missing:
        return []
    where = ", ".join(stamp(segments[index].start) for index in missing[:5])
    more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
    return [
        f"The model left out {len(missing)} line(s) even when asked again ({where}{more}); "
        f"they are kept in {source}."
    ]
