"""Which words are words: OCR misreads told apart from coined names, and mended.

Shop names are full of words no dictionary holds (`VIVOPAC`, `Dakgalbi`), so an
unknown word alone says little. An unknown word that becomes a common word by one
swap of letters OCR engines confuse on receipts (`CONFECTIUNERY` → `CONFECTIONERY`,
`LJAN` → `LIAN`, `HARDWAKE` → `HARDWARE`, `buardian` → `Guardian`) was very likely
misread. The lexicon is wordfreq's word lists (English, Malay, Indonesian, German,
French, Dutch: the languages the labels cover), loaded once on first use and kept
only down to a frequency, for memory.
"""

import functools
import re

from wordfreq import get_frequency_list

#: (language, wordfreq list, lowest Zipf frequency kept).
LANGUAGES = (
    ("en", "large", 2.0),
    ("ms", "small", 0.0),
    ("id", "small", 0.0),
    ("de", "large", 2.5),
    ("fr", "large", 2.5),
    ("nl", "large", 2.5),
)
#: Letters (and digits) an OCR engine takes for one another; each group is symmetric.
CONFUSABLE = (
    "IJLil1|!",
    "OUD0Q",
    "RK",
    "Gb6C",
    "S5",
    "B8",
    "EF",
    "VY",
    "Z2",
    "ceo",
    "nh",
    # Faded thermal print: an O's right side gone (`PHOTC`), an R's leg (`PHAPMACY`).
    "CO",
    "PR",
)
#: A word whose rarest letter triple is this rare among the lexicon's common words does
#: not look like one of them (`CONFECTIUNERY`'s `tiu`, `LJAN`'s start `lj`); a word that
#: does (`MENTAI`, `KUNDING`) is more likely a foreign or coined word than a misread.
ODD_TRIPLE = 50
#: A mended word must be this common (Zipf), so that rare words do not win by accident.
MEND_ZIPF = 2.5
_SWAPS: dict[str, str] = {}
for _group in CONFUSABLE:
    for _char in _group:
        _SWAPS[_char] = _SWAPS.get(_char, "") + _group.replace(_char, "")
WORD = re.compile(r"[^\W_][\w'|!]*[^\W_]")


@functools.cache
def _lexicon() -> dict[str, float]:
    """Lower-case word -> its highest Zipf frequency in LANGUAGES."""
    words: dict[str, float] = {}
    for language, size, lowest in LANGUAGES:
        for rank, bucket in enumerate(get_frequency_list(language, size)):
            zipf = round(9 - rank / 100, 2)
            if zipf < lowest:
                break
            for word in bucket:
                if word.isalpha() and words.get(word, 0.0) < zipf:
                    words[word] = zipf
    get_frequency_list.cache_clear()
    return words


def zipf(word: str) -> float:
    """How common `word` is (Zipf scale, 0 when unknown), case ignored."""
    return _lexicon().get(word.lower(), 0.0)


def known(word: str) -> bool:
    return zipf(word) > 0


def mend_word(word: str, odd_case: bool = False) -> str | None:
    """The common word one confusable letter away from unknown `word`, if exactly one
    such word stands out and `word` looks misread (a digit among its letters, an odd
    letter triple, or `odd_case`: its case unlike its neighbours'); None otherwise
    (known words, short words, coined names)."""
    letters = sum(ch.isalpha() for ch in word)
    if letters < 4 or known(word):
        return None
    if not (odd_case or any(ch.isdigit() for ch in word) or _rarest_triple(word) < ODD_TRIPLE):
        return None
    found: dict[str, float] = {}
    for index, char in enumerate(word):
        for other in _SWAPS.get(char, ""):
            if not other.isalpha():
                continue
            candidate = word[:index] + _cased(other, word, index) + word[index + 1 :]
            frequency = zipf(candidate)
            if frequency >= MEND_ZIPF + (letters <= 4):
                found[candidate] = max(found.get(candidate, 0.0), frequency)
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 1.0:
        return None
    return ranked[0][0]


def mend_name(name: str, keep: re.Pattern[str] | None = None) -> tuple[str, int]:
    """`name` with its misread words mended, and how many were; words `keep` matches
    whole (a company's legal form, `SELARL`) are left as they are."""
    mended = 0
    capitalised = [w[0].isupper() for w in WORD.findall(name) if w[0].isalpha()]

    def swap(match: re.Match[str]) -> str:
        nonlocal mended
        word = match.group()
        if keep is not None and keep.fullmatch(word):
            return word
        odd_case = word[0].islower() and sum(capitalised) >= 2
        better = mend_word(word, odd_case)
        if better is None:
            return match.group()
        mended += 1
        return better

    return WORD.sub(swap, name), mended


@functools.cache
def _triples() -> dict[str, int]:
    """How many common words (Zipf 3 or more) hold each letter triple, `^`/`$` marking
    the word's ends."""
    counts: dict[str, int] = {}
    for word, frequency in _lexicon().items():
        if frequency >= 3:
            marked = f"^{word}$"
            for start in range(len(marked) - 2):
                triple = marked[start : start + 3]
                counts[triple] = counts.get(triple, 0) + 1
    return counts


def _rarest_triple(word: str) -> int:
    marked = f"^{word.lower()}$"
    counts = _triples()
    return min(counts.get(marked[i : i + 3], 0) for i in range(len(marked) - 2))


def _cased(letter: str, word: str, index: int) -> str:
    """`letter` in the case of the word around it: upper in an upper-case word, and at
    the start of a word whose other letters are lower (`buardian` → `Guardian`)."""
    rest = [ch for i, ch in enumerate(word) if i != index and ch.isalpha()]
    if rest and all(ch.isupper() for ch in rest):
        return letter.upper()
    if index == 0:
        return letter.upper()
    return letter.lower()
