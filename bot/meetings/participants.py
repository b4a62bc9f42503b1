"""Who took part: people who introduce themselves ("I'm Maria", "this is David",
"我是张伟"), people addressed by name ("thanks, Maria", "David, where are we?"), and
whoever posted the recording in Slack. Also who is speaking, where an introduction
just said so."""

import re
from collections.abc import Sequence

from bot.meetings.names import HAN, NAME, SURNAMES, clean, is_name
from bot.meetings.notes import Participant
from bot.meetings.sentences import Sentence

_AFTER_NAME = r"(?=\s*(?:[,.!;:]|$|\s+(?:and|from|with|here|speaking|of|on|in|at|for)\b))"
_INTRO_EN = re.compile(
    rf"(?:\b(?:I'm|I\s+am|my\s+name\s+is|my\s+name's|name's)\s+"
    rf"|(?:^|(?i:hi|hello|hey|morning|everyone)[,!]?\s+)(?i:this\s+is)\s+)({NAME}){_AFTER_NAME}"
    rf"|\b(?i:it's|this\s+is)\s+({NAME})\s+(?:here|speaking)\b"
)
_ZH_FULL_NAME = rf"(?:[小老阿][{SURNAMES}]|[{SURNAMES}][{HAN}]{{1,2}})"
_INTRO_ZH = re.compile(rf"我(?:是|叫)({_ZH_FULL_NAME})(?=[，,。.！!、\s]|$|来自|负责|，)")
_ADDRESSED_EN = (
    re.compile(
        rf"(?i:\b(?:thanks|thank\s+you|thx|hi|hello|hey|over\s+to\s+you|go\s+ahead|welcome"
        rf"|good\s+(?:morning|afternoon)))\s*,?\s+({NAME})(?=\s*(?:[,.!?;]|$)|\s+[a-z])"
    ),
    re.compile(
        rf"(?:^|[.!?]\s+)({NAME}),\s+(?i:can|could|would|will|please|you|what|where|when|how|do"
        rf"|did|are|is|have|any|your|go)\b"
    ),
    re.compile(rf",\s*({NAME})\s*\?$"),
)
_ADDRESSED_ZH = re.compile(rf"(?:谢谢|感谢|好的)({_ZH_FULL_NAME})(?=[，,。.！!]|$)")
#: An introduction names the speaker of this many following sentences, within this time.
SPEAKER_SENTENCES, SPEAKER_SECONDS = 2, 15.0


def introductions(sentence: Sentence) -> list[str]:
    """The names people give for themselves in `sentence` (several when the transcript
    ran two speakers' turns together)."""
    found = [
        clean(m[1] or m[2]) for m in _INTRO_EN.finditer(sentence.text) if is_name(m[1] or m[2])
    ]
    found.extend(match[1] for match in _INTRO_ZH.finditer(sentence.text))
    return found


def introduced(sentence: Sentence) -> str | None:
    """Who is speaking, when `sentence` says: the last name introduced in it."""
    names = introductions(sentence)
    return names[-1] if names else None


def addressed(sentence: Sentence) -> list[str]:
    found = []
    for pattern in _ADDRESSED_EN:
        found.extend(clean(m[1]) for m in pattern.finditer(sentence.text) if is_name(m[1]))
    found.extend(m[1] for m in _ADDRESSED_ZH.finditer(sentence.text))
    return found


def participants(sentences: Sequence[Sentence], user: str | None = None) -> list[Participant]:
    """Each person once, introduced ones first, in order of appearance."""
    intros: list[Participant] = []
    others: list[Participant] = []
    for sentence in sentences:
        for name in introductions(sentence):
            intros.append(Participant(name, "introduced", sentence.start))
        for name in addressed(sentence):
            others.append(Participant(name, "addressed", sentence.start))
    if user:
        others.append(Participant(f"<@{user}>", "slack"))
    seen: set[str] = set()
    unique = []
    for person in intros + others:
        if person.name.lower() not in seen:
            seen.add(person.name.lower())
            unique.append(person)
    return unique


def speakers(sentences: Sequence[Sentence]) -> list[str | None]:
    """Per sentence, who is speaking when an introduction shortly before tells; else None."""
    found: list[str | None] = []
    current: tuple[str, int, float] | None = None
    for index, sentence in enumerate(sentences):
        if name := introduced(sentence):
            current = (name, index, sentence.start)
        elif current and current[0] in addressed(sentence):
            current = None
        if current and (
            index - current[1] <= SPEAKER_SENTENCES
            and sentence.start - current[2] <= SPEAKER_SECONDS
        ):
            found.append(current[0])
        else:
            found.append(None)
    return found
