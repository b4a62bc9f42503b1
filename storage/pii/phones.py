"""Phone numbers: international (+CC …), US and Chinese national forms, and any
grouped number right after a phone word (`Tel:`, `call`, `电话`).

International numbers are confirmed with Google's libphonenumber metadata
(`phonenumbers`); national forms are recognised by their shape, which is what
keeps dates (`2026-03-01`), times and amounts out.
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

_INTERNATIONAL = re.compile(
    rf"(?<![\w+]){NOT_AFTER_ALNUM}\+\s?\d[\d\s().-]{{5,20}}\d{_EXTENSION}{_END}",
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
_PHONE_WORDS = (
    r"tel|telephone|phone|ph|mobile|mob|cell|cellphone|fax|call|whatsapp|hotline|landline"
    r"|contact number|(?:reach|text|ring|sms|dial)\s+(?:me|us|him|her|them)"
    r"|(?:new|home|work|office|direct|contact)\s+number|home|work|office|direct"
    r"|(?:call|ring|text|reach|sms|whatsapp)(?:\s+(?:back|me|us|him|her|them|the|my|our|his"
    r"|their|your|a|an|later|again|tomorrow|today|tonight|now|directly|(?-i:[A-Z][\w'’-]+)"
    r"|[a-z]+(?:er|or|ist|ant|ent)s?)){1,4}?\s+(?:on|at)"
)
#: A phone word, then up to three short words ("call me on", "reach us at", "my
#: mobile number is"), then the number.
_AFTER_PHONE_WORD = re.compile(
    rf"(?i:\b(?:{_PHONE_WORDS})\b\.?|(?:my|our|his|her|their)\s+number|电话|手机|联系电话|传真)"
    r"(?i:\s+(?:me|us|him|her|them|on|at|is|no\.?|number|my|our|the|via|by|directly|now)\b){0,3}"
    r"(?:\s*(?:no\.?|number|#))?\s*[:：]?\s*"
    r"(\(?\+?\d[\d ()./-]{5,18}\d)(?![\w]|[.,/:]\d)",
    re.ASCII,
)

_DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")


def detect_phones(text: str) -> Iterator[Candidate]:
    if "+" in text:
        for match in _INTERNATIONAL.finditer(text):
            if _is_international(match.group()):
                yield Candidate(match.start(), match.end())
    for pattern in (_NANP, _CN_MOBILE, _CN_LANDLINE):
        for match in pattern.finditer(text):
            yield Candidate(match.start(), match.end())
    for match in _AFTER_PHONE_WORD.finditer(text):
        number = match.group(1)
        if 7 <= len(digits_of(number)) <= 15 and not _DATE_LIKE.fullmatch(number.strip("()")):
            yield Candidate(match.start(1), match.end(1))


def _is_international(candidate: str) -> bool:
    digits = digits_of(candidate)
    if not 8 <= len(digits) <= 15:
        return False
    try:
        number = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)


_PHONE_WORD_TRIGGER = r"[^0-9\n]{0,32}\(?\d[\d ()./-]{5,18}\d"

PHONES = Detector(
    "PHONE",
    detect_phones,
    triggers=(
        r"\+\s?\d",
        rf"{DIGIT_EDGE}\d{{3}}\)?[\s.-]?\d{{3}}[ .-]\d{{4}}{DIGIT_END}",
        rf"{DIGIT_EDGE}1[3-9]\d[ -]?\d{{4}}[ -]?\d{{4}}{DIGIT_END}",
        rf"{DIGIT_EDGE}\(?0\d{{2,3}}\)?[ -]?[2-9]\d{{2,3}}-?\d{{4}}{DIGIT_END}",
        rf"(?i:\b(?:{_PHONE_WORDS})\b|(?:my|our|his|her|their)\s+number)" + _PHONE_WORD_TRIGGER,
        r"(?:电话|手机|传真)" + _PHONE_WORD_TRIGGER,
    ),
)
