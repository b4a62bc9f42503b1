"""Person names and street addresses, found where the context shows them.

Names have no checksum, so only labelled ones are taken: `Name:`, `Contact:`,
`Attn`, `Mr/Ms/Dr …`, `姓名：`, `联系人：`. Addresses are a house number before a
street word (`221B Baker Street`), a Chinese road-and-number form
(`朝阳区建国路88号`), or whatever follows an `Address:` / `地址：` label on its line.
"""

import re
from collections.abc import Iterator

from storage.pii.candidates import Candidate, Detector

_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")
_TITLE = "(?:" + "|".join(_TITLES) + ")"
_SALUTATION = "(?:" + "|".join((*_TITLES, "Sir", "Madam", "Dear")) + ")"
_CAP_WORD = r"[A-Z][a-zA-Z'’-]+"
_NAME = rf"{_CAP_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]*)?{_CAP_WORD}){{0,3}}"
_UPPER_NAME = r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3}"

_LABELLED_NAME = re.compile(
    r"(?i:\b(full[ \t]name|name|contact(?:[ \t]person)?|attn|attention|customer|client|cashier"
    r"|recipient|patient|employee|owner|assignee|signed[ \t]by|prepared[ \t]by|approved[ \t]by"
    r"|requested[ \t]by|submitted[ \t]by))"
    r"(?:[ \t]*[:：][ \t]*|\.?[ \t]+(?=[A-Z][a-z]))"
    rf"(?:{_TITLE}\.?[ \t]+)?"
    rf"({_NAME}|{_UPPER_NAME})"
)
_NOT_A_PERSON_BEFORE = frozenset(
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
_LABEL_NEEDS_COLON = frozenset({"name", "customer", "client", "owner", "employee", "patient"})
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
        "Yes",
        "No",
        *_TITLES,
    ]
)

_HONORIFIC = re.compile(rf"\b{_SALUTATION}\.?[ \t]+({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})")

_HAN = "\u4e00-\u9fff"
_CN_LABELLED_NAME = re.compile(
    rf"(?:姓名|联系人|收件人|收货人|经办人|负责人|申请人|开票人|收款人|复核人?|付款人|领款人|持卡人)"
    rf"[ \t]*[:：]?[ \t]*([{_HAN}·]{{2,4}})(?![{_HAN}])"
)
_CN_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_CN_POLITE_NAME = re.compile(
    rf"([{_CN_SURNAMES}][{_HAN}]{{0,2}}?)(?:先生|女士|小姐|老师|经理|总监|医生)"
)

_STREET_WORDS = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq"
    "|Terrace|Ter|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Crescent|Close|Row|Alley|Trail|Jalan|Jln"
)
_STREET_ADDRESS = re.compile(
    r"(?<![\w.,/-])\d{1,6}[A-Za-z]?,?[ \t]+"
    r"(?:(?:\d+(?:st|nd|rd|th)|[NSEW]\.?|[A-Z][A-Za-z'’.-]*)[ \t]+){0,4}"
    rf"(?i:(?:{_STREET_WORDS}))\b\.?"
    r"(?:,?[ \t]*(?i:apt|apartment|suite|ste|unit|floor|fl|room|rm|#)\.?[ \t]*#?[\w-]{1,6})?"
    r"(?:,[ \t]*[A-Z][A-Za-z .'-]{1,30},[ \t]*[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?)?"
)

# A run of Han characters (not starting inside a verb phrase like 我住在) ending in a
# road word, a number and 号: 北京市朝阳区建国路88号, optionally 3栋201室 after it.
_CN_ADDRESS = re.compile(
    rf"(?:(?![在于住到从是的为往去至和与及址])[{_HAN}]){{2,30}}?(?:路|街|大道|道|巷|弄|胡同|里)"
    rf"\d{{1,5}}[号號](?:[\d-]{{1,5}}(?:栋|幢|楼|层|单元|室|号房?))*"
)

_LABELLED_ADDRESS = re.compile(
    r"(?i:\b(?:home[ \t]|mailing[ \t]|shipping[ \t]|billing[ \t]|delivery[ \t]|street[ \t])?address|\baddr\.?)"
    r"[ \t]*[:：][ \t]*([^\n\r\t|;\[]{6,120}?)(?=[ \t]*(?:$|[\n\r\t|;]|,?[ \t]+(?i:tel|phone|email|fax|mobile)\b))"
    r"|(?:地址|住址|收货地址|家庭住址|通讯地址)[ \t]*[:：]?[ \t]*([^\n\r\t|;，。\[ ]{4,60})",
    re.MULTILINE,
)


def detect_names(text: str) -> Iterator[Candidate]:
    for match in _LABELLED_NAME.finditer(text):
        label = match.group(1).lower()
        if label in _LABEL_NEEDS_COLON and ":" not in text[match.end(1) : match.start(2)]:
            continue
        if label == "name" and _word_before(text, match.start(1)) in _NOT_A_PERSON_BEFORE:
            continue
        if match.group(2).split()[0].capitalize() in _NOT_A_NAME:
            continue
        yield Candidate(match.start(2), match.end(2))
    for pattern in (_HONORIFIC, _CN_LABELLED_NAME, _CN_POLITE_NAME):
        for match in pattern.finditer(text):
            yield Candidate(match.start(1), match.end(1))


def detect_addresses(text: str) -> Iterator[Candidate]:
    for match in _STREET_ADDRESS.finditer(text):
        yield Candidate(match.start(), match.end())
    for match in _CN_ADDRESS.finditer(text):
        yield Candidate(match.start(), match.end())
    for match in _LABELLED_ADDRESS.finditer(text):
        group = 1 if match.group(1) is not None else 2
        yield Candidate(match.start(group), match.end(group))


def _word_before(text: str, index: int) -> str:
    words = text[max(0, index - 24) : index].split()
    return words[-1].lower().strip(".:-_") if words else ""


NAMES = Detector(
    "NAME",
    detect_names,
    triggers=(
        r"(?i:name|contact|attn|attention|customer|client|cashier|recipient|patient|employee|owner"
        r"|assignee|signed[ \t]by|prepared[ \t]by|approved[ \t]by|requested[ \t]by|submitted[ \t]by)",
        rf"{_SALUTATION}\.?[ \t]+[A-Z]",
        "姓名|联系人|收件人|收货人|经办人|负责人|申请人|开票人|收款人|复核|付款人|领款人|持卡人",
        "先生|女士|小姐|老师|经理|总监|医生",
    ),
)
ADDRESSES = Detector(
    "ADDRESS",
    detect_addresses,
    triggers=(
        rf"\d[A-Za-z]?,?[ \t]+(?:[^ \t\n]+[ \t]+){{0,4}}(?i:{_STREET_WORDS})\b",
        r"\d[号號]",
        "(?i:addr)|地址|住址",
    ),
    reach_before=72,
    reach_after=160,
)
