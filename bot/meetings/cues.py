"""Decision, action-item and question cues in one sentence, English and Chinese.

The owner comes from the sentence: a name before "will" ("David will send …"),
the name addressed in a request ("Maria, can you …"), the known speaker or
`speaker` for "I'll …", `team` for "we will … by Friday", else `unassigned`.
Phrases that look like cues but carry no commitment ("we will see", "can you
hear me?", "I'll be quick") are not action items.
"""

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from bot.meetings.dues import Due, find_due
from bot.meetings.names import HAN, NAME, SURNAMES, ZH_NAME, clean, is_name, known

SPEAKER, TEAM, UNASSIGNED = "speaker", "team", "unassigned"

_DECISION_EN = re.compile(
    r"(?i)\b(?:we(?:'ve|\s+have)?\s+(?:all\s+)?(?:decided|agreed|settled|chose|chosen|picked|resolved"
    r"|approved|voted)"
    r"|(?:it's|it\s+is|that's|that\s+is|it\s+was)\s+(?:decided|settled|agreed)"
    r"|the\s+decision\s+(?:is|was)|decision\s*:|agreed\s*:|resolved\s*:"
    r"|let(?:'s|\s+us)\s+go\s+(?:with|for|ahead\s+with)"
    r"|we(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+go\s+(?:with|for|ahead\s+with)"
    r"|we're\s+going\s+with|we\s+are\s+going\s+with|final\s+(?:decision|answer)\s+(?:is|:))"
)
_DECISION_ZH = re.compile(
    r"决定|决议|拍板|定下来|就这么定|达成一致|一致同意|确定了|敲定|就用|最终选"
)
_ZH_NEGATION = re.compile(r"(?:没有?|未|不|再|待|还没|尚未|要不要|是否)\s*$")
_CONDITIONAL = re.compile(r"(?i)\b(?:if|whether|once|unless|until|before)\b")

_WEAK_WORDS = (
    "see hear think guess say be start begin stop continue wait mute unmute repeat talk speak "
    "pass hand go like mean want hope know tell remember leave keep let"
)
_WEAK = frozenset(_WEAK_WORDS.split())
#: What "we" may do by a date without it being anyone's task.
_VAGUE = re.compile(r"(?i)(?:find|figure)\s+out|think|discuss|look\s+into|decide|check")
_WEAK_ZH = re.compile(r"^(?:说|讲|看看|想|觉得|介绍|分享屏幕|总结一下|开始|听)")
_MECHANICS = re.compile(r"(?i)\b(?:share|sharing)\s+(?:my|your|the)\s+screen\b|\bon\s+mute\b")

_MARKER_EN = re.compile(
    rf"(?i)^(?:so,?\s+|and\s+|also,?\s+)?(?:action(?:\s+item)?|to-?do|task)s?"
    rf"(?:\s+for\s+(?-i:({NAME})))?\s*[:,-]\s*(.+)"
)
_ACTION_FOR = re.compile(rf"(?i)\baction\s+items?\s+for\s+(?-i:({NAME}))")
_REQUEST_EN = re.compile(
    rf"(?i)\b(?:can|could|would|will)\s+you(?:\s*,\s*(?-i:({NAME}))\s*,)?"
    r"(?:\s+please)?(?:\s+mind)?\s+(.+)"
)
_PLEASE_EN = re.compile(rf"^(?:(?-i:({NAME})),\s+)?(?i:please)\s+(.+)")
_SELF_EN = re.compile(
    r"(?i)\b(?:I'll|I\s+will|I'm\s+going\s+to|I\s+am\s+going\s+to|I'm\s+gonna|I\s+can\s+take"
    r"|I'll\s+take|let\s+me|I\s+promise\s+to|I'm\s+on\s+it,?)\s+(.+)"
)
_THIRD_EN = (
    r"(?:'ll|\s+will|\s+is\s+going\s+to|\s+is\s+gonna|\s+is\s+responsible\s+for|\s+owns"
    r"|\s+takes|\s+can\s+take|\s+agreed\s+to|\s+volunteered\s+to)\s+(.+)"
)
_THIRD_LEAD = r"(?:^|[,;:]\s*|\b(?i:so|and|then|now|okay|ok|well|also|great)\s+)"
_TO_EN = re.compile(rf"^({NAME})\s+to\s+(.+)")
_ASSIGNED_EN = re.compile(rf"(?i)\bassign(?:ed)?\s+(?:it\s+|this\s+|that\s+)?to\s+(?-i:({NAME}))")
_PRONOUN_EN = re.compile(r"(?i)\b(?:he|she)(?:'ll|\s+will|\s+is\s+going\s+to)\s+(.+)")
_WE_EN = re.compile(
    r"(?i)\b(?:we'll|we\s+will|we're\s+going\s+to|we\s+are\s+going\s+to|we\s+need\s+to"
    r"|we\s+have\s+to|we\s+must|we\s+should|we've\s+got\s+to)\s+(.+)"
)
_DUTY_EN = re.compile(
    r"(?i)\b(?:needs?\s+to|has\s+to|have\s+to|must|is\s+due|are\s+due|deadline)\b"
)

_MARKER_ZH = re.compile(r"(?:行动项|待办(?:事项)?|任务|分工)\s*[:：]\s*(.+)")
_SELF_ZH = re.compile(r"我(?:会|来|负责|去|将|今天|明天|这周|下周)+(.+)")
_ZH_VERBS = r"(?:会|将|要|去|来|负责|把|在|今天|明天|下周|这周|本周|周[一二三四五六日])"
_DUTY_ZH = re.compile(r"要|需要|必须|得|完成|提交|交付|上线|截止")
_QUESTION_ZH = re.compile(r"[吗呢][。.!！]?$")


@dataclass(frozen=True)
class Action:
    owner: str
    task: str
    due: Due | None


def is_question(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith(("?", "？")) or bool(_QUESTION_ZH.search(stripped))


def is_decision(text: str) -> bool:
    if is_question(text):
        return False
    if match := _DECISION_EN.search(text):
        return not _CONDITIONAL.search(text[: match.start()])
    for match in _DECISION_ZH.finditer(text):
        if not _ZH_NEGATION.search(text[max(0, match.start() - 3) : match.start()]):
            return True
    return False


def find_action(
    text: str,
    *,
    speaker: str | None = None,
    names: Collection[str] = (),
    meeting_date: date | None = None,
) -> Action | None:
    """The action item `text` states, if it states one. `names` are the participants
    known so far (they may be owners even when not capitalised); `speaker` is who is
    talking, when a self-introduction just before says so."""
    if _MECHANICS.search(text):
        return None
    due = find_due(text, meeting_date)
    if re.search(f"[{HAN}]", text):
        found = _chinese(text, speaker, names, due)
    else:
        found = _english(text, speaker, names, due)
    if found is None:
        return None
    owner, task = found
    task = _task(task, due)
    if not task:
        return None
    return Action(owner, task, due)


def _english(
    text: str, speaker: str | None, names: Collection[str], due: Due | None
) -> tuple[str, str] | None:
    sentence = text.strip()
    if match := _MARKER_EN.search(sentence):
        owner, rest = match[1], match[2]
        if owner is None and (inner := _TO_EN.match(rest) or _third(rest, names)):
            owner, rest = inner[1], inner[2]
        return (clean(owner) if owner else UNASSIGNED), rest
    if match := _REQUEST_EN.search(sentence):
        if _weak(match[2]):
            return None
        return _addressed(sentence, match[1], names) or UNASSIGNED, match[2]
    if is_question(sentence):
        return None
    if match := _PLEASE_EN.search(sentence):
        return (clean(match[1]) if match[1] else UNASSIGNED), match[2]
    if match := _SELF_EN.search(sentence):
        return speaker or SPEAKER, match[1]
    if match := _third(sentence, names):
        return clean(match[1]), match[2]
    if (match := _TO_EN.match(sentence)) and is_name(match[1]):
        return clean(match[1]), match[2]
    if (match := _ACTION_FOR.search(sentence)) or (match := _ASSIGNED_EN.search(sentence)):
        return clean(match[1]), sentence
    if match := _PRONOUN_EN.search(sentence):
        return UNASSIGNED, match[1]
    if due is None:
        return None
    if (match := _WE_EN.search(sentence)) and not _VAGUE.match(match[1]):
        return TEAM, match[1]
    if _DUTY_EN.search(sentence):
        task = re.sub(r"(?i)\s+(?:is|are)\s*$", "", sentence.replace(due.phrase, "").strip(" .!"))
        return _subject(sentence, names) or UNASSIGNED, task
    return None


def _third(sentence: str, names: Collection[str]) -> re.Match[str] | None:
    people = known(names)
    pattern = f"({NAME}|(?i:{people}))" if people else f"({NAME})"
    for match in re.finditer(_THIRD_LEAD + pattern + _THIRD_EN, sentence):
        if is_name(match[1]) or match[1].lower() in {name.lower() for name in names}:
            return match
    return None


def _addressed(sentence: str, inner: str | None, names: Collection[str]) -> str | None:
    """The person a request is addressed to: "Maria, can you …", "can you, Maria, …",
    "… can you send it, Maria?"."""
    candidates = [inner]
    if lead := re.match(rf"^(?:\w+,\s+)?({NAME})\s*,", sentence):
        candidates.append(lead[1])
    if lead := re.search(rf"\b({NAME}),\s*(?i:can|could|would|will|please)\b", sentence):
        candidates.append(lead[1])
    if tail := re.search(rf",\s*({NAME})\s*[?.!]?$", sentence):
        candidates.append(tail[1])
    for candidate in candidates:
        if candidate and is_name(candidate):
            return clean(candidate)
    people = known(names)
    if people and (match := re.search(rf"(?i)^(?:\w+,\s+)?({people})\s*,", sentence)):
        return match[1]
    # Speech recognition often drops the comma: "Great Maria can you …".
    request = r"\s*,?\s+(?:can|could|would|will)\s+you\b"
    if people and (match := re.search(rf"(?i)\b({people}){request}", sentence)):
        return match[1]
    return None


def _subject(sentence: str, names: Collection[str]) -> str | None:
    match = re.match(rf"^(?:\w+,\s+)?({NAME})\s+(?:needs?|has|must)\b", sentence)
    if match and is_name(match[1]):
        return clean(match[1])
    return None


def _chinese(
    text: str, speaker: str | None, names: Collection[str], due: Due | None
) -> tuple[str, str] | None:
    people = known(names)
    person = f"(?:{people}|{ZH_NAME})" if people else ZH_NAME
    if match := _MARKER_ZH.search(text):
        rest = match[1]
        owner = re.match(f"({person})(?=[，,：:]|{_ZH_VERBS})", rest) or re.match(
            f"([{SURNAMES}][{HAN}])", rest
        )
        return (owner[1] if owner else UNASSIGNED), rest[owner.end() :] if owner else rest
    if match := re.search(f"由({person})(?:来)?负责", text):
        return match[1], text[: match.start()] + text[match.end() :]
    request = re.search(f"(?:请|麻烦|让)({person})?(?:你)?(.+)", text)
    if request and not _WEAK_ZH.match(request[2]):
        return (request[1] or UNASSIGNED), request[2]
    if match := re.search(
        f"({person})[，,]\\s*(?:你|请你?)(?:能不能|能|可以)?(.+?)[吗？?]*$", text
    ):
        return match[1], match[2]
    if is_question(text):
        return None
    if match := _SELF_ZH.search(text):
        if _WEAK_ZH.match(match[1]):
            return None
        return speaker or SPEAKER, match[1]
    plain = text.replace(due.phrase, "，" * len(due.phrase)) if due else text
    for match in re.finditer(f"({person})(?=(?:不)?{_ZH_VERBS})", plain):
        if plain[match.end() : match.end() + 1] == "不":
            continue
        rest = text[match.end() :]
        if rest.startswith("负责") or due is not None or rest.startswith(("会", "将", "来")):
            return match[1], rest
    if due is not None and _DUTY_ZH.search(text):
        return (TEAM if "我们" in text else UNASSIGNED), text
    return None


def _task(task: str, due: Due | None) -> str:
    if due is not None:
        task = task.replace(due.phrase, " ")
    task = re.sub(
        r"(?i)^(?:(?:please|also|then|try\s+to|probably|definitely|我们|负责|来|会|将|去|要)\s*)+",
        "",
        task.strip(),
    )
    task = re.sub(rf",\s*{NAME}\s*[?.!]?$", "", task)
    task = re.sub(r"\s+", " ", task)
    task = re.sub(f"(?<=[{HAN}]) (?=[{HAN}])", "", task)
    task = re.sub(r"\s*([，。；：、])\s*", r"\1", task).strip(" ,.;:!?，。；：！？")
    if not task or _weak(task):
        return ""
    return task


def _weak(task: str) -> bool:
    first = re.split(r"[\s,.!?]", task.strip().lower(), maxsplit=1)[0]
    return first in _WEAK or bool(_WEAK_ZH.match(task.strip()))
