"""PII redaction: every text that reaches a database row or a log passes through here.

`redact("call +86 138 0013 8000")` → `"call [PHONE]"`. Replacements name the type,
and redacting redacted text changes nothing (placeholders are never detected).
Where candidates of two types overlap, the type listed first in
`storage.pii.DETECTORS` wins; a lower-ranked name or address that overlaps is
cut short before the overlap rather than dropped.
"""

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import re2

from storage.pii import DETECTORS, PII_TYPES, Candidate, Detector
from storage.pii.entities import find_entities

_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(PII_TYPES) + r")\]")
_CLIPPABLE = frozenset({"ADDRESS", "NAME"})

# One RE2 pass per detector: RE2 scans in linear time at C speed, where Python's
# `re` with look-behinds manages a few MB/s; see Detector.triggers.
_TRIGGERED = tuple((d, re2.compile("|".join(d.triggers).encode())) for d in DETECTORS)


#: The set's DFA over eleven detectors' triggers outgrows RE2's default 8 MB budget,
#: and RE2 then falls back to its NFA: 55 MB/s instead of 200 on this machine.
_SET_MEMORY = 64 << 20


def _trigger_set() -> Any:
    """All triggers in one RE2 set: a single pass tells which detectors fire at all."""
    options = re2.Options()
    options.max_mem = _SET_MEMORY
    triggers = re2.Set.SearchSet(options)
    for detector, _ in _TRIGGERED:
        triggers.Add("|".join(detector.triggers).encode())
    triggers.Compile()
    return triggers


_ANY_TRIGGER = _trigger_set()
# Window edges move out to a character that no detector's look-around rejects.
_SNAP_CHARS = " \n\t，。；！？"
_ASCII_SNAP_CHARS = " \n\t"
_SNAP_AFTER = re.compile(f"[{_SNAP_CHARS}]")
_SNAP_BACK = 256


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    type: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "type": self.type}


def find_pii(text: str, *, entities: bool = True) -> list[Span]:
    """The spans to mask in `text`, sorted and non-overlapping. With `entities`, names
    that no label announces are found too, by models (`storage.pii.entities`): slower,
    so the Slack ack path passes False."""
    taken = _Taken()
    if "[" in text:
        for match in _PLACEHOLDER.finditer(text):
            taken.add(Span(match.start(), match.end(), ""))
    found = [(detector.type, candidates) for detector, candidates in _found(text)]
    if entities:
        found.append(("NAME", sorted(find_entities(text), key=lambda c: (c.start, -c.end))))
    for kind, candidates in found:
        for start, end in candidates:
            if kind in _CLIPPABLE:
                if not taken.is_free(start, end):
                    end = taken.free_end(start, end)
                end = _trim_end(text, start, end)
                if len(text[start:end].strip()) < 2:
                    continue
            if taken.is_free(start, end):
                taken.add(Span(start, end, kind))
    return [span for span in taken.spans if span.type]


#: Up to this length a text is short enough that the windows around trigger hits
#: would cover most of it: each firing detector then reads the whole text, which
#: saves locating every hit (chat messages and audit fields are this short).
_WHOLE_TEXT = 2048


def _found(text: str) -> list[tuple[Detector, list[Candidate]]]:
    """Each firing detector, in order of precedence, with its sorted candidates."""
    if len(text) <= _WHOLE_TEXT:
        encoded = text.encode("utf-8", "surrogatepass")
        firing = sorted(_ANY_TRIGGER.Match(encoded) or ())
        found = []
        for index in firing:
            detector = DETECTORS[index]
            candidates = list(detector.find(text))
            if len(candidates) > 1:
                candidates.sort(key=lambda c: (c.start, c.start - c.end))
            found.append((detector, candidates))
        return found
    scan = _TriggerScan(text)
    return [
        (detector, _candidates(text, detector, hits, scan.snap_chars))
        for detector, hits in scan.all_hits()
    ]


def _candidates(
    text: str, detector: Detector, hits: list[tuple[int, int]], snap_chars: str
) -> list[Candidate]:
    """The detector's candidates, found only in merged windows around its trigger hits.

    Each window is widened to a character that no detector's look-around
    rejects, so `find` sees in it what it would see in the whole text.
    """
    windows: list[tuple[int, int]] = []
    for hit_start, hit_end in hits:
        low, high = hit_start - detector.reach_before, hit_end + detector.reach_after
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    snapped: list[tuple[int, int]] = []
    for low, high in windows:
        low, high = _whitespace_before(text, low, snap_chars), _whitespace_after(text, high)
        if snapped and low <= snapped[-1][1]:
            snapped[-1] = (snapped[-1][0], max(snapped[-1][1], high))
        else:
            snapped.append((low, high))
    found: list[Candidate] = []
    for low, high in snapped:
        found.extend(Candidate(low + s, low + e) for s, e in detector.find(text[low:high]))
    found.sort(key=lambda c: (c.start, c.start - c.end))
    return found


class _TriggerScan:
    """Runs every detector's RE2 trigger over the UTF-8 bytes of one text (encoded
    once: RE2 on `str` re-encodes on every call) and maps byte offsets back to
    characters in one pass for all detectors."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self._bytes = text.encode("utf-8", "surrogatepass")
        self.snap_chars = _ASCII_SNAP_CHARS if self.ascii else _SNAP_CHARS

    def all_hits(self) -> list[tuple[Detector, list[tuple[int, int]]]]:
        firing = sorted(_ANY_TRIGGER.Match(self._bytes) or ())
        found = [
            (detector, [match.span() for match in trigger.finditer(self._bytes)])
            for detector, trigger in (_TRIGGERED[index] for index in firing)
        ]
        if self.ascii:
            return found
        offsets = {offset for _, hits in found for hit in hits for offset in hit}
        characters = self._characters(offsets)
        return [
            (detector, [(characters[start], characters[end]) for start, end in hits])
            for detector, hits in found
        ]

    def _characters(self, offsets: set[int]) -> dict[int, int]:
        characters: dict[int, int] = {}
        byte_position = character_position = 0
        for offset in sorted(offsets):
            character_position += len(
                self._bytes[byte_position:offset].decode("utf-8", "surrogatepass")
            )
            byte_position = offset
            characters[offset] = character_position
        return characters


def _whitespace_before(text: str, index: int, snap_chars: str) -> int:
    if index <= 0:
        return 0
    floor = max(0, index - _SNAP_BACK)
    found = max([text.rfind(char, floor, index) for char in snap_chars])
    return found + 1 if found >= 0 else floor


def _whitespace_after(text: str, index: int) -> int:
    found = _SNAP_AFTER.search(text, index)
    return found.start() if found else len(text)


def redact_with_spans(text: str, *, entities: bool = True) -> tuple[str, list[Span]]:
    spans = find_pii(text, entities=entities)
    if not spans:
        return text, spans
    pieces: list[str] = []
    position = 0
    for span in spans:
        pieces.append(text[position : span.start])
        pieces.append(f"[{span.type}]")
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces), spans


def redact(text: str, *, entities: bool = True) -> str:
    return redact_with_spans(text, entities=entities)[0]


def redact_value(value: Any) -> Any:
    """Redact every string inside a JSON-like value (dict keys stay as they are)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {key: redact_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(item) for item in value]
    return value


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t,.;:-)(":
        end -= 1
    if "(" in text[start:end] and ")" not in text[start:end]:
        end = text.index("(", start, end)
        return _trim_end(text, start, end)
    return end


class _Taken:
    """Accepted spans kept sorted by start, for overlap checks by bisection."""

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self._starts: list[int] = []

    def add(self, span: Span) -> None:
        index = bisect.bisect(self._starts, span.start)
        self._starts.insert(index, span.start)
        self.spans.insert(index, span)

    def is_free(self, start: int, end: int) -> bool:
        index = bisect.bisect(self._starts, start)
        if index > 0 and self.spans[index - 1].end > start:
            return False
        return index == len(self.spans) or self.spans[index].start >= end

    def free_end(self, start: int, end: int) -> int:
        """Where a span starting at `start` must stop to avoid the next taken span."""
        index = bisect.bisect(self._starts, start)
        if index < len(self.spans):
            return min(end, self.spans[index].start)
        return end
