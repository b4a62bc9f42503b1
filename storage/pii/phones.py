"""Phone numbers: international (+CC …, 00CC …), US and Chinese national forms, the
national forms of countries that dial a trunk 0 (`020 7946 0958`, `(02) 9374 4000`),
and any grouped number near a phone word (`Tel:`, `call Ann on`, `… is my cell`).

International and trunk-0 numbers are confirmed with Google's libphonenumber metadata
(`phonenumbers`); the other national forms are recognised by their shape, which is
what keeps dates (`2026-03-01`), times and amounts out.
"""

import re
from collections.abc import Iterator

import phonenumbers

from storage.pii.candidates import (
    DIGIT_EDGE,
    DIGIT_END,
    NOT_AFTER_ALNUM,
    Candidate,
    Detector,
    digits_of,
)

_END = r"(?![\w]|[.,/:]\d|-\d)"
_EXTENSION = r"(?:\s?(?:x|ext\.?|extension)\s?\d{1,5})?"
_EXTENSION_AT_END = re.compile(r"\s?(?:x|ext\.?|extension)\s?\d{1,5}$", re.ASCII)

#: `+` or the international prefix most countries dial, `00`, then the country code.
_INTERNATIONAL = re.compile(
    rf"(?<![\w+]){NOT_AFTER_ALNUM}(?:\+\s?|00(?=[1-9]))\d[\d\s().-]{{5,20}}\d{_EXTENSION}{_END}",
    re.ASCII,
)
_NANP = re.compile(
    rf"(?<![\w+./-]){NOT_AFTER_ALNUM}(?:1[ .-])?(?:\([2-9]\d{{2}}\)\s?|[2-9]\d{{2}}([ .-]))"
    rf"\d{{3}}(?(1)\1|[ .-])\d{{4}}{_EXTENSION}{_END}",
    re.ASCII,
)
_CN_MOBILE = re.compile(r"(?<![\d+./-])1[3-9]\d(?:([ -]?)\d{4})\1\d{4}(?!\d|[.,/:-]\d)")
_CN_LANDLINE = re.compile(
    rf"(?<![\w+./-]){NOT_AFTER_ALNUM}\(?0\d{{2,3}}\)?[ -]?[2-9]\d{{2,3}}-?\d{{4}}{_END}",
    re.ASCII,
)
#: A national number of a country that dials a trunk 0 before the area code, in its
#: usual groups: `020 7946 0958`, `(02) 9374 4000`, `0412-887-301`, `06 12 34 56 78`;
#: or Brazil's two-digit area code before 4+4 digits (`(11) 4872-3310`, `21 3456-7890`).
_TRUNK_NATIONAL = re.compile(
    rf"(?<![\w+./,-]){NOT_AFTER_ALNUM}(?:(?:\(0\d{{1,4}}\)|\([1-9]\d\))[ .-]?\d{{2,8}}"
    rf"|0\d{{1,4}}[ .-]\d{{2,5}}|[1-9]\d (?=9?\d{{4}}-\d{{4}}\b)\d{{4,5}})"
    rf"(?:[ .-]\d{{2,5}}){{0,3}}{_EXTENSION}{_END}",
    re.ASCII,
)
#: Regions whose numbering plans give trunk-0 numbers (and Brazil's bracketed area
#: codes) a meaning; a candidate valid in none of them is no phone number.
_TRUNK_REGIONS = ("GB", "IE", "AU", "NZ", "IN", "DE", "FR", "NL", "ES", "IT", "BR", "JP", "ZA")
#: The words before a number that make it some other identifier: `Order no. 0123 456
#: 789`, `Tracking 0041 2238 9921`, `Account ending 0412 887 301`.
_IDENTIFIER_BEFORE = re.compile(
    r"(?i:\b(?:invoice|inv|order|ref|reference|po|purchase\s+order|batch|lot|tracking|serial"
    r"|model|part|sku|item|account|acct|a/c|iban|sort\s+code|ticket|case|claim|policy|id|code"
    r"|pin|isbn|ean|upc|receipt|transaction|txn|booking|confirmation|shipment|parcel|container"
    r"|ending|ends)(?:\s+(?:no\.?|number|num|#|ending|ends|in|with|code|id))*\s*[:#.=]?\s*)$"
)
_PHONE_WORDS = (
    r"tel|telephone|phone|ph|mobile|mob|cell|cellphone|fax|call|whatsapp|hotline|landline"
    r"|voicemail|contact number|(?:reach|text|ring|sms|dial)\s+(?:me|us|him|her|them)"
    r"|(?:new|home|work|office|direct|contact)\s+number|home|work|office|direct"
    r"|(?:call|ring|text|reach|sms|whatsapp|contact|message|phone|try|dial)"
    r"(?:\s+(?:back|me|us|him|her|them|the|my|our|his"
    r"|their|your|a|an|later|again|tomorrow|today|tonight|now|directly|(?-i:[A-Z][\w'’-]+)"
    r"|[a-z]+(?:er|or|ist|ant|ent)s?)){1,4}?\s+(?:on|at)"
)
#: A phone word, then up to three short words ("call me on", "reach us at", "my
#: mobile number is"), then the number.
_AFTER_PHONE_WORD = re.compile(
    rf"(?i:\b(?:{_PHONE_WORDS})\b\.?|(?:my|our|his|her|their)\s+number|电话|手机|联系电话|传真)"
    r"(?i:\s+(?:me|us|him|her|them|on|at|is|no\.?|number|my|our|the|via|by|directly|now)\b){0,3}"
    r"(?:\s*(?:no\.?|number|#))?\s*[:：]?\s*"
    rf"(\(?\+?\d[\d ()./-]{{5,18}}\d{_EXTENSION}){_END}",
    re.ASCII,
)
#: Words after a number that call it a phone: `… is my cell`, `(mobile)`.
_CALLED_A_PHONE = (
    r"\s*(?:[(,–-]\s*)?(?i:(?:is|was|=)\s+)?(?i:(?:my|our|his|her|their|the|a)\s+)?"
    r"(?i:(?:best|new|direct|work|home|office|only|main|usual)\s+)?"
    r"(?i:mobile|cell|cellphone|phone|landline|number\s+(?:for|to\s+(?:call|reach|text))|tel\b)"
)
_BEFORE_PHONE_WORD = re.compile(
    rf"(?<![\w+./,-]){NOT_AFTER_ALNUM}(\(?\d[\d ()./-]{{5,18}}\d{_EXTENSION}){_END}"
    rf"(?={_CALLED_A_PHONE})",
    re.ASCII,
)

_DATE_LIKE = re.compile(
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}|\d{1,2} \d{1,2} \d{4}"
)


def detect_phones(text: str) -> Iterator[Candidate]:
    if "+" in text or "00" in text:
        for match in _INTERNATIONAL.finditer(text):
            if _is_international(match.group()) and not _named_otherwise(text, match.start()):
                yield Candidate(match.start(), match.end())
    for pattern in (_NANP, _CN_MOBILE, _CN_LANDLINE):
        for match in pattern.finditer(text):
            yield Candidate(match.start(), match.end())
    for match in _TRUNK_NATIONAL.finditer(text):
        if _is_trunk_national(match.group()) and not _named_otherwise(text, match.start()):
            yield Candidate(match.start(), match.end())
    for pattern in (_AFTER_PHONE_WORD, _BEFORE_PHONE_WORD):
        for match in pattern.finditer(text):
            if _is_national(match.group(1)):
                yield Candidate(match.start(1), match.end(1))


def _named_otherwise(text: str, start: int) -> bool:
    """Whether the words just before `start` name some other identifier."""
    return bool(_IDENTIFIER_BEFORE.search(text, max(0, start - 40), start))


def _is_national(candidate: str) -> bool:
    number = _EXTENSION_AT_END.sub("", candidate)
    return 7 <= len(digits_of(number)) <= 15 and not _DATE_LIKE.fullmatch(number.strip("()"))


def _is_international(candidate: str) -> bool:
    number = _EXTENSION_AT_END.sub("", candidate)
    if number.startswith("00"):
        number = "+" + number[2:]
    if not 8 <= len(digits_of(number)) <= 15:
        return False
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(parsed)


def _is_trunk_national(candidate: str) -> bool:
    number = _EXTENSION_AT_END.sub("", candidate)
    if not 8 <= len(digits_of(number)) <= 12 or _DATE_LIKE.search(number):
        return False
    for region in _TRUNK_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(number, region)):
                return True
        except phonenumbers.NumberParseException:
            return False
    return False


_PHONE_WORD_TRIGGER = r"[^0-9\n]{0,32}\(?\d[\d ()./-]{5,18}\d"

PHONES = Detector(
    "PHONE",
    detect_phones,
    triggers=(
        r"\+\s?\d",
        r"(?:^|[^\w+])00[1-9][\d\s().-]{5,20}\d",
        # Eight digits or more from a trunk 0: a long second group, or a third group.
        r"(?:^|[^\w+./,-])0\d{1,4}[ .-](?:\d{3}|\d{2}[ .-]\d)",
        r"\(\d{2,5}\)[ .-]?\d{2}",
        rf"{DIGIT_EDGE}[1-9]\d \d{{4,5}}-\d{{4}}",
        rf"\d[\d ()./-]{{5,18}}\d{_EXTENSION}{_CALLED_A_PHONE}",
        rf"{DIGIT_EDGE}\d{{3}}\)?[\s.-]?\d{{3}}[ .-]\d{{4}}{DIGIT_END}",
        rf"{DIGIT_EDGE}1[3-9]\d[ -]?\d{{4}}[ -]?\d{{4}}{DIGIT_END}",
        rf"{DIGIT_EDGE}\(?0\d{{2,3}}\)?[ -]?[2-9]\d{{2,3}}-?\d{{4}}{DIGIT_END}",
        rf"(?i:\b(?:{_PHONE_WORDS})\b|(?:my|our|his|her|their)\s+number)" + _PHONE_WORD_TRIGGER,
        r"(?:电话|手机|传真)" + _PHONE_WORD_TRIGGER,
    ),
)
