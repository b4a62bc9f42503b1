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
#: Latin capitals and letters, accented ones too (`José Álvarez`, `Élodie Lemaître`).
_UPPER = "A-ZÀ-ÖØ-Þ"
_LETTER = "a-zA-Zà-öø-ÿÀ-ÖØ-ÞĀ-ſ"
_CAP_WORD = rf"[{_UPPER}][{_LETTER}'’-]+"
_NAME = rf"{_CAP_WORD}(?:[ \t]+(?:[A-Z]\.[ \t]*)?{_CAP_WORD}){{0,3}}"
_UPPER_NAME = rf"[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{0,3}}"

_LABELS = (
    r"full[ \t]name|name|contact(?:[ \t]person)?|attn|attention|customer|client|cashier"
    r"|recipient|patient|employee|owner|assignee|signed[ \t]by|prepared[ \t]by|approved[ \t]by"
    r"|requested[ \t]by|submitted[ \t]by|bill(?:ed)?[ \t]to|ship(?:ped)?[ \t]to|sold[ \t]to"
    r"|chair(?:ed[ \t]by)?|(?:sales[ \t])?rep|account[ \t]holder|card[ \t]?holder|guest"
    r"|passenger|tenant|landlord|interviewer|candidate|speaker|host|organi[sz]er|emergency"
    r"[ \t]contact|next[ \t]of[ \t]kin|beneficiary|payee|driver|technician|agent"
)
_LABELLED_NAME = re.compile(
    rf"(?i:\b({_LABELS}))"
    rf"(?:[ \t]*[:：][ \t]*|[ \t]+[-–—][ \t]+|\.?[ \t]+(?=[{_UPPER}][a-zà-öø-ÿ]))"
    rf"(?:{_TITLE}\.?[ \t]+)?"
    rf"({_NAME}|{_UPPER_NAME})"
)
#: A label that lists people: `Attendees: A, B and C`.
_LIST_LABELS = (
    r"attendees|participants|present|panel|apologies|invitees|absent|cc|bcc"
    r"|on[ \t]the[ \t]line|guests"
)
_LIST_LABEL = re.compile(rf"(?i:\b(?:{_LIST_LABELS}))[ \t]*[:：][ \t]*([^\n]{{3,300}})")
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
        "Here",
        "Channel",
        "All",
        "Sir",
        "Madam",
        "Sirs",
        "Yes",
        "No",
        *_TITLES,
    ]
)

#: A mention typed by hand: `@Maria Lopez can you review?` (not `ops@Example.com`).
_MENTION = re.compile(rf"(?<![\w@.])@({_CAP_WORD}(?:[ \t]+{_CAP_WORD})?)")
_HONORIFIC = re.compile(
    rf"\b{_SALUTATION}\.?[ \t]+(?:{_TITLE}\.?[ \t]+)?({_CAP_WORD}(?:[ \t]+{_CAP_WORD}){{0,2}})"
)

_HAN = "\u4e00-\u9fff"
#: Words that end a name written straight after it: `联系人王芳电话138…`.
_CN_AFTER_NAME = "电话|手机|邮箱|地址|微信|座机|传真|先生|女士|小姐"
#: Labels of a form, a ticket or meeting notes that a person's name follows.
_CN_NAME_LABELS = (
    "姓名|联系人|收件人|收货人|经办人|负责人|申请人|开票人|收款人|复核人?|付款人|领款人|持卡人"
    "|对接人|审批人|审核人|报销人|签收人|提交人|责任人|主持人|记录人"
)
_CN_LABELLED_NAME = re.compile(
    rf"(?:{_CN_NAME_LABELS})"
    rf"[ \t]*[:：]?[ \t]*([{_HAN}]{{1,8}}·[{_HAN}]{{1,8}}|[{_HAN}·]{{2,4}}?)"
    rf"(?={_CN_AFTER_NAME}|[^{_HAN}·]|$)"
)
#: What a name label is often given instead of a person: a department, a company, a
#: desk, or "to be decided".
_CN_NOT_A_PERSON = re.compile(
    r"(?:部|处|科|组|室|中心|公司|集团|银行|医院|学校|大学|局|厅|台|店|厂|所|院|会|办|队|站"
    r"|员|主管|高管|本人|代表|热线|群)$"
    r"|^(?:本人|待定|未定|同上|暂无|不详|保密|见附件|如上|客服|前台|全体|各位|大家)$"
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
#: Surnames outside `CN_SURNAMES`, trusted only after a name label or where a tagger
#: calls the word a name; those that also start everyday words (明, 时, 全, 应, 商, 简,
#: 盖 …) are left out.
CN_RARER_SURNAMES = (
    "和傅颜庄申欧耿兰符舒纪涂盛翁靳饶牟艾尤卓缪娄窦岑柏瞿佟臧苟卞姬栾刁巫寇桑郎甄丛仲敖巩佘"
    "苑迟邝匡惠晋闻燕冀郜鄢伏阚隆竺逯桓"
)
#: A surname alone before a title (`王经理`, `高先生`, `李总`) where the surname starts a word:
#: after no Chinese character, or after a verb or particle that goes before a person
#: (`请王经理`); so `语文老师` is no 文 teacher.
_CN_BEFORE_PERSON = "请找问和跟给让叫是的与向被把对由等及位同"
_CN_TITLES = "老师|经理|总监|医生|先生|女士|小姐"
_CN_SURNAME_AND_TITLE = re.compile(
    rf"(?:(?<=[{_CN_BEFORE_PERSON}])|(?<![{_HAN}]))"
    rf"([{CN_SURNAMES}](?:{_CN_TITLES}|总(?![结计额数部共体之是量价账监裁经])))"
)
#: A full name before a title: `王建华老师`, `客户李娜女士`.
_CN_POLITE_NAME = re.compile(rf"([{CN_SURNAMES}][{_HAN}]{{1,2}}?)(?={_CN_TITLES})")
#: Words that go before a title and start with a surname's character: `项目经理` is
#: a project manager, `华东区经理` a regional one.
_CN_TITLE_MODIFIERS = frozenset(
    {
        "项目",
        "高级",
        "方案",
        "常务",
        "华东",
        "华南",
        "华北",
        "华中",
        "华西",
        "班主",
        "江苏",
        "江西",
        "金牌",
        "田径",
        "武术",
        "程序",
        "车间",
        "管理",
        "安全",
        "包装",
        "房产",
        "房地",
        "黄金",
        "钟点",
    }
)


def detect_names(text: str) -> Iterator[Candidate]:
    for match in _LABELLED_NAME.finditer(text):
        label = match.group(1).lower()
        between = text[match.end(1) : match.start(2)]
        if label in _LABEL_NEEDS_COLON and not any(mark in between for mark in ":：-–—"):
            continue
        if label == "name" and _word_before(text, match.start(1)) in NOT_A_PERSON_BEFORE:
            continue
        if match.group(2).split()[0].capitalize() in _NOT_A_NAME:
            continue
        yield Candidate(match.start(2), match.end(2))
    yield from _listed_names(text)
    for pattern in (
        _HONORIFIC,
        _MENTION,
        _CN_LABELLED_NAME,
        _CN_SURNAME_AND_TITLE,
        _CN_POLITE_NAME,
    ):
        for match in pattern.finditer(text):
            name = match.group(1)
            if name.split()[0] in _NOT_A_NAME or _CN_NOT_A_PERSON.search(name):
                continue
            if pattern is _CN_POLITE_NAME and name[:2] in _CN_TITLE_MODIFIERS:
                continue
            if pattern is _CN_LABELLED_NAME and not _cn_surname_first(name):
                continue
            yield Candidate(match.start(1), match.end(1))


def _cn_surname_first(name: str) -> bool:
    """Whether a text after a Chinese name label starts like a person's name. The label
    is as often given a role, a desk, a place, a product or "to be decided" (采购, 行政,
    北京, 钉钉, 暂定), and these seldom start with a surname."""
    return (
        "·" in name
        or name[:2] in CN_COMPOUND_SURNAMES
        or name[0] in CN_SURNAMES
        or name[0] in CN_RARER_SURNAMES
    )


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
        # A label as the patterns above take it: then a colon, or a capitalised word.
        rf"(?i:\b(?:{_LABELS}))(?:[ \t]*[:：]|[ \t]+[-–—]|\.?[ \t]+[{_UPPER}])",
        rf"(?i:\b(?:{_LIST_LABELS}))[ \t]*[:：]",
        rf"{_SALUTATION}\.?[ \t]+[{_UPPER}]",
        rf"@[{_UPPER}]",
        _CN_NAME_LABELS,
        "先生|女士|小姐|老师|经理|总|医生",
    ),
)
