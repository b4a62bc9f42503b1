"""Identifiers with a check digit: payment cards, IBANs, US SSNs, Chinese resident ids.

The checksums come from python-stdnum; a number that fails its check is not redacted.
"""

import re
from collections.abc import Iterator

from stdnum import iban, luhn
from stdnum.cn import ric
from stdnum.us import ssn

from storage.pii.candidates import (
    DIGIT_EDGE,
    DIGIT_END,
    NOT_AFTER_ALNUM,
    NOT_BEFORE_ALNUM,
    Candidate,
    Detector,
    digits_of,
)

# 13-19 digits, run together or in groups separated by one space or dash, the same
# separator throughout.
# The patterns here start with what they match and look behind from there (not
# `(?<!…)` first), so that `re` skips ahead to a digit or capital instead of trying
# every position.
_CARD = re.compile(
    r"\d(?<![\w.,-]\d)(?:\d{12,18}|\d{3}([ -])\d{2,6}(?:\1\d{1,6}){1,4})(?![\w-]|[.,]\d)",
    re.ASCII,
)


#: Words that name a payment card or its network.
_CARD_WORDS = (
    r"cards?|visa|master\s*card|amex|american\s+express|maestro|discover|jcb|union\s*pay"
    r"|diners(?:\s+club)?|cc"
)
#: Labels of other numbers: a card word is no evidence for a number that comes after one.
_OTHER_NUMBER_WORDS = (
    r"phone|tel|mobile|cell|fax|order|invoice|ref|reference|iban|account|acct|tracking|sku|po"
    r"|batch|serial|imei|ticket|booking|confirmation|receipt|transaction|txn|id"
)
#: 12–19 digits, run together or in groups split by a space, a dash or a dot.
_TYPED_DIGITS = r"(\d(?:[ .-]?\d){11,18})(?![\w-]|[.,]\d)"
#: A card word, at most four words and 40 letters of the same sentence ("the card I used
#: was", "Card on file:", "card no."), then 12–19 digits: a card number as someone typed
#: it, taken even when its check digit is wrong (a typo still gives most of the number
#: away). `credit` and `debit` alone name other things too ("credit note"), so after them
#: only the words of a card number's own phrase may stand.
_AFTER_CARD_WORD = re.compile(
    rf"(?i:\b(?:{_CARD_WORDS})\b(?!-)"
    rf"(?=[^\d\n]{{0,40}}\d)(?:[\s:#*()/'’,-]+(?:no\.|(?!(?:{_OTHER_NUMBER_WORDS})\b)[^\W\d_]+)){{0,4}}"
    r"|\b(?:credit|debit)\b(?!-)(?:\s+(?:number|no\.?|num|is|was|ending|in|my|the|:)\b\.?){0,3}"
    r"|(?:卡号|银行卡|信用卡|储蓄卡|借记卡|工资卡)[^\d\n]{0,8}?)"
    rf"\s*[:：#]?\s*{_TYPED_DIGITS}",
)


def detect_cards(text: str) -> Iterator[Candidate]:
    for match in _AFTER_CARD_WORD.finditer(text):
        yield Candidate(match.start(1), match.end(1))
    for match in _CARD.finditer(text):
        found = match.group()
        if len(found) < 13:
            continue
        number = digits_of(found)
        if _card_shape(number) and _luhn_sum(number) % 10 == 0 and luhn.is_valid(number):
            yield Candidate(match.start(), match.end())


def _card_shape(number: str) -> bool:
    """Lengths the card networks issue, with the prefixes that go with the unusual ones."""
    length = len(number)
    if length in (16, 19):
        return number[0] in "23456"
    if length == 15:
        return number[:2] in ("34", "37")
    if length in (17, 18):
        return number[:2] in ("50", "56", "57", "58", "62", "63", "67")
    if length == 14:
        return number[:2] in ("30", "36", "38")
    return length == 13 and number[0] == "4"


_DOUBLED = str.maketrans("0123456789", "0246813579")


def _luhn_sum(number: str) -> int:
    """A quick Luhn sum that turns away look-alikes before python-stdnum's thorough check."""
    return sum(map(int, number[-1::-2])) + sum(map(int, number[-2::-2].translate(_DOUBLED)))


_LETTER_VALUES = str.maketrans({chr(code): str(code - 55) for code in range(65, 91)})


def _mod97(compact: str) -> int:
    """ISO 7064 mod 97 of an IBAN, a quick filter before python-stdnum's full validation."""
    return int((compact[4:] + compact[:4]).translate(_LETTER_VALUES)) % 97


_IBAN = re.compile(
    r"[A-Z](?<![0-9A-Za-z][A-Z])[A-Z]\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"
    + NOT_BEFORE_ALNUM,
    re.ASCII,
)


def detect_ibans(text: str) -> Iterator[Candidate]:
    for match in _IBAN.finditer(text):
        candidate = match.group()
        # A greedy match may have swallowed a following capitalised word: shorten group by group.
        while len(candidate) >= 15:
            compact = candidate.replace(" ", "")
            if _mod97(compact) == 1 and iban.is_valid(compact, check_country=False):
                yield Candidate(match.start(), match.start() + len(candidate))
                break
            cut = candidate.rfind(" ")
            if cut < 0:
                break
            candidate = candidate[:cut]


_SSN = re.compile(
    rf"(?<![\w-]){NOT_AFTER_ALNUM}\d{{3}}([- ])\d{{2}}\1\d{{4}}(?![\w-]|[.,]\d)", re.ASCII
)
#: Nine digits after an SSN label, with a few words between ("SSN is", "SSN on file:",
#: "social security number for the new hire:"), but no other number.
_SSN_BARE = re.compile(
    r"(?i:\b(?:ssns?|social security(?: number| no\.?)?|soc\.? sec\.?))"
    r"[^\d\n]{0,40}?(?<!\w)"
    rf"(\d{{9}}){NOT_BEFORE_ALNUM}(?![.,-]\d)",
    re.ASCII,
)


def detect_ssns(text: str) -> Iterator[Candidate]:
    for match in _SSN.finditer(text):
        if ssn.is_valid(match.group().replace(" ", "-")):
            yield Candidate(match.start(), match.end())
    for match in _SSN_BARE.finditer(text):
        if ssn.is_valid(match.group(1)):
            yield Candidate(match.start(1), match.end(1))


_CN_ID = re.compile(rf"\d(?<![0-9A-Za-z]\d)\d{{5}}(?:19|20)\d{{9}}[\dXx]{NOT_BEFORE_ALNUM}")


def detect_cn_ids(text: str) -> Iterator[Candidate]:
    for match in _CN_ID.finditer(text):
        if _is_cn_id(match.group().upper()):
            yield Candidate(match.start(), match.end())


def _is_cn_id(number: str) -> bool:
    """Check digit and a real birth date. Not the region code: python-stdnum rejects
    codes that did not exist at the birth date, but an id keeps the code of where it
    was issued, so real ids fail that test."""
    if ric.calc_check_digit(number) != number[-1]:
        return False
    try:
        ric.get_birth_date(number)
    except ValueError:
        return False
    return True


# Every length `_card_shape` accepts starts with 2 to 6.
CARDS = Detector(
    "CARD",
    detect_cards,
    triggers=(
        rf"{DIGIT_EDGE}[2-6]\d{{3}}(?:[ -]?\d){{9,15}}{DIGIT_END}",
        r"(?i:card|visa|master|amex|american express|credit|debit|maestro|discover|jcb|union ?pay"
        r"|diners|\bcc\b)[^0-9\n]{0,48}\d(?:[ .-]?\d){11}",
        r"(?:卡号|银行卡|信用卡|储蓄卡|借记卡|工资卡)[^0-9\n]{0,8}\d(?:[ .-]?\d){11}",
    ),
)
IBANS = Detector("IBAN", detect_ibans, triggers=(r"[A-Z]{2}\d{2} ?[A-Z0-9]{4}",))
SSNS = Detector(
    "SSN",
    detect_ssns,
    triggers=(r"\d{3}[- ]\d{2}[- ]\d{4}", r"(?i:ssn|social security|soc\.? ?sec)"),
)
CN_IDS = Detector("CN_ID", detect_cn_ids, triggers=(rf"{DIGIT_EDGE}\d{{17}}[\dXx]{DIGIT_END}",))
