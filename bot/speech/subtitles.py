"""SRT and WebVTT subtitles from transcript segments, written by pysubs2.

pysubs2 keeps text in SSA form, where `{…}` is a style override and `\\N` a line
break, and its readers take `<…>` for markup. So the text is made literal first:
override tags are kept verbatim instead of interpreted, a backslash before N, n or
h gets a word joiner so it stays a backslash, and `<` `>` (and `&` in WebVTT, which
requires it) become character references, which players show as the characters.
"""

import re
from collections.abc import Sequence

import pysubs2

from bot.providers.types import Segment

WORD_JOINER = "\u2060"
_SSA_ESCAPE = re.compile(r"\\(?=[Nnh])")


def srt(segments: Sequence[Segment]) -> str:
    return _subtitles(segments, "srt", {"<": "&lt;", ">": "&gt;"})


def vtt(segments: Sequence[Segment]) -> str:
    return _subtitles(segments, "vtt", {"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def _subtitles(segments: Sequence[Segment], format_: str, references: dict[str, str]) -> str:
    subs = pysubs2.SSAFile()
    for segment in segments:
        text = _literal(segment.text, references)
        if not text:
            continue
        start = round(segment.start * 1000)
        end = max(start, round(segment.end * 1000))
        subs.append(pysubs2.SSAEvent(start=start, end=end, text=text))
    return subs.to_string(format_, keep_ssa_tags=True)


def _literal(text: str, references: dict[str, str]) -> str:
    for character, reference in references.items():
        text = text.replace(character, reference)
    lines = [line.strip() for line in text.strip().splitlines()]
    text = "\n".join(line for line in lines if line)
    return _SSA_ESCAPE.sub("\\\\" + WORD_JOINER, text).replace("\n", r"\N")
