"""What a detector is, the shape it returns, and boundary helpers detectors share."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import NamedTuple


class Candidate(NamedTuple):
    start: int
    end: int


@dataclass(frozen=True)
class Detector:
    """One type of personal data.

    `find` is exact but slow (Python `re`, lookarounds, checksums). `triggers`
    are RE2 patterns of which every match of `find` contains one: the text is
    scanned once for all triggers, and `find` runs only on a window around each
    hit, reaching `reach_before` characters before it and `reach_after` past it.
    """

    type: str
    find: Callable[[str], Iterable[Candidate]]
    triggers: tuple[str, ...]
    reach_before: int = 40
    reach_after: int = 64


#: No letter or digit may touch a number on either side: `INV-2026-0421` is not a phone.
NOT_AFTER_ALNUM = r"(?<![0-9A-Za-z])"
NOT_BEFORE_ALNUM = r"(?![0-9A-Za-z])"

#: Trigger edges (RE2 has no look-around): a digit run starts and ends here. They consume
#: the character beside the run, so of two runs one character apart the scan may skip the
#: second; the window around the first hit (`reach_after`) still covers it.
DIGIT_EDGE = r"(?:^|[^0-9])"
DIGIT_END = r"(?:[^0-9]|$)"


_NOT_DIGIT = re.compile(r"\D")


def digits_of(text: str) -> str:
    return _NOT_DIGIT.sub("", text)
