"""What can be a person's name in a transcript: a capitalised word that is not a common
sentence word (English), or a surname-led run of two or three Han characters (Chinese)."""

import re
from collections.abc import Collection

_COMMON = """
    i i'm i'll we you he she they it this that there these those here so and but or then now
    well okay ok yes no yeah yep nope sure also maybe everyone everybody somebody someone
    nobody anyone anybody who what when where why how which the a an let let's lets please
    thanks thank hi hello hey good great first next last finally actually right alright all
    today tomorrow yesterday team guys folks just not sorry fine ready happy glad back done
    going our my your his her their its if as because since after before once again agreed
    decision action item topic everything nothing something anything time meeting bye one two
    three perfect cool awesome nice excellent correct exactly true really very much great
    welcome morning afternoon evening night sounds ah oh um uh hmm like kind sort anyway
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december english chinese mandarin
"""
NOT_NAMES = frozenset(_COMMON.split())
_NAME_WORD = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?"
#: One or two capitalised words: "Maria", "Maria Lopez".
NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})?"

HAN = "\u4e00-\u9fff"
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
ZH_NAME = rf"(?:[小老阿][{SURNAMES}]|[{SURNAMES}][{HAN}]{{1,2}}?)"


def is_name(word: str) -> bool:
    """Whether `word` holds a name once common words are dropped ("So David" does)."""
    parts = clean(word).split()
    return bool(parts) and all(re.fullmatch(_NAME_WORD, part) for part in parts)


def clean(name: str) -> str:
    """`Maria Lopez` stays; `Maria Will` (a verb caught capitalised) loses the second word."""
    parts = [part for part in name.split() if part.lower() not in NOT_NAMES]
    return " ".join(parts)


def known(names: Collection[str]) -> str | None:
    """An alternation matching any of `names`, longest first; None when there are none."""
    ordered = sorted({name for name in names if name}, key=len, reverse=True)
    return "|".join(re.escape(name) for name in ordered) or None
