"""Person names, found where the context shows them (the fast path).

Names have no checksum, so only labelled ones are taken here: `Name:`, `Contact:`,
`Attn`, `Mr/Ms/Dr …`, `姓名：`, `联系人：`. Bare names in prose are the models' work
(`storage.pii.entities`).
"""

import re
from collections.abc import Iterator

from storage.pii.candidates import Candidate, Detector

_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")
#: Words that stand before a name and are not part of it.
SALUTATIONS = (*_TITLES, "Sir", "Madam", "Dear")
_TITLE = "(?:" + "|".join(_TITLES) + ")"
_SALUTATION = "(?:" + "|".join(SALUTATIONS) + ")"
_CAP_WORD = r"[A-Z][a-zA-Z'’-]+"
_NAME = rf"{_CAP_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]*)?{_CAP_WORD}){{0,3}}"
_UPPER_NAME = r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3}"

_LABELLED_NAME = re.compile(
    r"(?i:\b(full[ \t]name|name|contact(?:[ \t]person)?|attn|attention|customer|client|cashier"
    r"|recipient|patient|employee|owner|assignee|signed[ \t]by|prepared[ \t]by|approved[ \t]by"
    r"|requested[ \t]by|submitted[ \t]by|bill(?:ed)?[ \t]to|ship(?:ped)?[ \t]to|sold[ \t]to"
    r"|chair(?:ed[ \t]by)?|(?:sales[ \t])?rep|account[ \t]holder|card[ \t]?holder|guest"
    r"|passenger|tenant|landlord|interviewer|candidate|speaker|host|organi[sz]er|emergency"
    r"[ \t]contact|next[ \t]of[ \t]kin|beneficiary|payee|driver|technician|agent))"
    r"(?:[ \t]*[:：][ \t]*|\.?[ \t]+(?=[A-Z][a-z]))"
    rf"(?:{_TITLE}\.?[ \t]+)?"
    rf"({_NAME}|{_UPPER_NAME})"
)
#: A label that lists people: `Attendees: A, B and C`.
_LIST_LABEL = re.compile(
    r"(?i:\b(?:attendees|participants|present|panel|apologies|invitees|absent|cc|bcc"
    r"|on[ \t]the[ \t]line|guests))[ \t]*[:：][ \t]*([^\n]{3,300})"
)
_LIST_ITEM = re.compile(
    rf"[ \t]*(?:{_TITLE}\.?[ \t]+)?({_NAME})[ \t]*(?:\([^)\n]{{0,40}}\))?[ \t]*"
)
_LIST_SEPARATOR = re.compile(r",|;|\band\b|&")
NOT_A_PERSON_BEFORE = frozenset(
    [
        "company",
        "product",
        "item",
        "file",
        "user",
        "host",
        "domain",
        "bank",
        "account",
        "skill",
        "channel",
        "vendor",
        "store",
        "shop",
        "project",
        "field",
        "display",
        "model",
        "brand",
        "event",
        "column",
        "table",
        "app",
        "team",
        "org",
        "organisation",
        "organization",
        "business",
        "trade",
        "merchant",
        "device",
        "server",
        "database",
    ]
)
_LABEL_NEEDS_COLON = frozenset(
    {
        "name",
        "customer",
        "client",
        "owner",
        "employee",
        "patient",
        "chair",
        "rep",
        "sales rep",
        "guest",
        "passenger",
        "tenant",
        "landlord",
        "speaker",
        "host",
        "driver",
        "technician",
        "agent",
        "candidate",
        "beneficiary",
        "payee",
        "organiser",
        "organizer",
    }
)
_NOT_A_NAME = frozenset(
    [
        "The",
        "This",
        "That",
        "None",
        "N/A",
        "Unknown",
        "Total",
        "Invoice",
        "Date",
        "Amount",
        "Required",
        "Please",
        "Finance",
        "Legal",
        "Sales",
        "Marketing",
        "Support",
        "Operations",
        "Ops",
        "HR",
        "IT",
        "Engineering",
        "Accounts",
        "Team",
        "Everyone",
        "All",
        "Sir",
        "Madam",
        "Sirs",
        "Yes",
        "No",
        *_TITLES,
    ]
)

_HONORIFIC = re.compile(
    rf"\b{_SALUTATION}\.?[ \t]+(?:{_TITLE}\.?[ \t]+)?({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})"
)

_HAN = "\u4e00-\u9fff"
_CN_LABELLED_NAME = re.compile(
    rf"(?:姓名|联系人|收件人|收货人|经办人|负责人|申请人|开票人|收款人|复核人?|付款人|领款人|持卡人)"
    rf"[ \t]*[:：]?[ \t]*([{_HAN}·]{{2,4}})(?![{_HAN}])"
)
#: The commonest Chinese surnames (together about nine in ten people).
CN_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常乔赖文施洪牛康童葛齐殷柳甘祝包左鲁柴樊凌霍虞庞伍鲍翟倪温芦季俞章华岳易聂柯管路费焦邢褚卫詹蓝储"
    "萧辛毕裴苗阎宁邬穆解仇戚喻鞠冉桂单阮闵奚蒲屈项祁谷麦景宫房滕卜车骆班羊尚隋郁晏曲荣"
)
CN_COMPOUND_SURNAMES = frozenset(
    {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "令狐", "夏侯"}
)
_CN_POLITE_NAME = re.compile(
    rf"([{CN_SURNAMES}][{_HAN}]{{0,2}}?)(?:先生|女士|小姐|老师|经理|总监|医生)"
)


def detect_names(text: str) -> Iterator[Candidate]:
    for match in _LABELLED_NAME.finditer(text):
        label = match.group(1).lower()
        if label in _LABEL_NEEDS_COLON and ":" not in text[match.end(1) : match.start(2)]:
            continue
        if label == "name" and _word_before(text, match.start(1)) in NOT_A_PERSON_BEFORE:
            continue
        if match.group(2).split()[0].capitalize() in _NOT_A_NAME:
            continue
        yield Candidate(match.start(2), match.end(2))
    yield from _listed_names(text)
    for pattern in (_HONORIFIC, _CN_LABELLED_NAME, _CN_POLITE_NAME):
        for match in pattern.finditer(text):
            if match.group(1).split()[0] not in _NOT_A_NAME:
                yield Candidate(match.start(1), match.end(1))


def _listed_names(text: str) -> Iterator[Candidate]:
    """Each name of a list after a list label, while every item reads like a name."""
    for match in _LIST_LABEL.finditer(text):
        start = match.start(1)
        listed = match.group(1)
        bounds = [0, *(m for sep in _LIST_SEPARATOR.finditer(listed) for m in sep.span())]
        bounds.append(len(listed))
        for low, high in zip(bounds[::2], bounds[1::2], strict=True):
            item = _LIST_ITEM.fullmatch(listed, low, high)
            if item is None or item.group(1).split()[0] in _NOT_A_NAME:
                break
            yield Candidate(start + item.start(1), start + item.end(1))


def _word_before(text: str, index: int) -> str:
    words = text[max(0, index - 24) : index].split()
    return words[-1].lower().strip(".:-_") if words else ""


NAMES = Detector(
    "NAME",
    detect_names,
    triggers=(
        r"(?i:name|contact|attn|attention|customer|client|cashier|recipient|patient|employee|owner"
        r"|assignee|signed[ \t]by|prepared[ \t]by|approved[ \t]by|requested[ \t]by|submitted[ \t]by"
        r"|bill|ship|sold|chair|rep|holder|guest|passenger|tenant|landlord|interviewer|candidate"
        r"|speaker|host|organi[sz]er|emergency|kin|beneficiary|payee|driver|technician|agent"
        r"|attendees|participants|present|panel|apologies|invitees|absent|cc|bcc|on[ \t]the[ \t]line"
        r"|guests)",
        rf"{_SALUTATION}\.?[ \t]+[A-Z]",
        "姓名|联系人|收件人|收货人|经办人|负责人|申请人|开票人|收款人|复核|付款人|领款人|持卡人",
        "先生|女士|小姐|老师|经理|总监|医生",
    ),
)
