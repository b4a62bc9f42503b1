"""Key words of a stretch of transcript, for topic titles when no slide names the topic:
the words most particular to it among all topics (tf-idf), Han text as character pairs."""

import math
import re
from collections import Counter
from collections.abc import Sequence

from bot.meetings.names import HAN

_STOP_WORDS = """
    a about above after again against all also am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further get gets got had hadn't has hasn't
    have haven't having he he'd he'll he's her here here's hers herself him himself his how
    how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's like me more
    most mustn't my myself no nor not now of off on once only or other ought our ours ourselves
    out over own really right same shan't she she'd she'll she's should shouldn't so some such
    than that that's the their theirs them themselves then there there's these they they'd
    they'll they're they've this those through to too under until up very was wasn't we we'd
    we'll we're we've well were weren't what what's when when's where where's which while who
    who's whom why why's will with won't would wouldn't yeah yes you you'd you'll you're you've
    your yours yourself yourselves okay ok um uh going think know need want see go say said
    thing things lot much many one two three next first last good great thanks thank also
    maybe still even back way make sure kind sort actually let us today tomorrow week weeks
    time everyone guys people something anything everything need needs new topic meeting
"""
_STOP = frozenset(_STOP_WORDS.split())
_HAN_STOP = set("的了是我你他她它们在和有这那就也都要会不吧吗呢啊个一上下来去说到对把被给还很")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{2,}")
_HAN_RUN = re.compile(f"[{HAN}]+")


def terms(text: str) -> list[str]:
    words = [word.lower() for word in _WORD.findall(text)]
    found = [word for word in words if word not in _STOP]
    for run in _HAN_RUN.findall(text):
        found.extend(
            run[i : i + 2] for i in range(len(run) - 1) if not (set(run[i : i + 2]) & _HAN_STOP)
        )
    return found


def key_words(texts: Sequence[str], count: int = 3) -> list[list[str]]:
    """For each text, its `count` most particular terms, most particular first."""
    counts = [Counter(terms(text)) for text in texts]
    documents = Counter(term for counted in counts for term in counted)
    total = len(texts)
    found = []
    for counted in counts:
        scored = sorted(
            counted,
            key=lambda term: (
                -counted[term] * (math.log((1 + total) / (1 + documents[term])) + 1),
                term,
            ),
        )
        found.append(scored[:count])
    return found


def title_from(words: Sequence[str]) -> str:
    if not words:
        return ""
    joiner = "、" if any(_HAN_RUN.fullmatch(word) for word in words) else ", "
    text = joiner.join(words)
    return text[:1].upper() + text[1:]
