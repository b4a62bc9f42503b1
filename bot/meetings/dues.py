"""Due dates as said in a meeting ("by Friday", "end of month", "下周五前"), kept as the
phrase and, when the meeting date is known, resolved to an ISO date."""

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_PERIOD = r"(?:day|week|month|quarter|year|sprint)"
_WHEN = (
    r"(?:tomorrow|today|tonight|eod|eow|eom"
    rf"|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?{_PERIOD}"
    rf"|(?:this|next|the\s+next|the\s+coming)\s+{_PERIOD}"
    rf"|(?:(?:this|next|coming|the\s+coming)\s+)?{_WEEKDAY}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|in\s+(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?))"
)
_EN = re.compile(
    rf"(?i)(?<!last\s)\b(?:(?:by|before|until|till|no\s+later\s+than|due(?:\s+on|\s+by)?|on)\s+)?"
    rf"{_WHEN}\b(?!\s+ago)"
)
_ZH_DAY = r"[一二三四五六日天1-7]"
_ZH = re.compile(
    rf"(?:在|于|到)?(?:(?:下|这|本)个?(?:周|星期|礼拜){_ZH_DAY}|(?:周|星期|礼拜){_ZH_DAY}"
    r"|明天|后天|今天|今晚|月底|月末|年底|季度末|周末|下周|下个?月|本周|这周|本月"
    r"|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])(?:之前|以前|前|截止|之内|内)?"
)
_ZH_DAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}


@dataclass(frozen=True)
class Due:
    phrase: str
    date: str | None = None


def find_due(text: str, meeting_date: date | None = None) -> Due | None:
    """The first due-date phrase in `text`, as said."""
    match = _EN.search(text) or _ZH.search(text)
    if match is None:
        return None
    phrase = match.group(0).strip()
    resolved = resolve(phrase, meeting_date) if meeting_date else None
    return Due(phrase, resolved.isoformat() if resolved else None)


def resolve(phrase: str, today: date) -> date | None:
    """The date `phrase` means when said on `today`; None when it cannot tell."""
    text = " ".join(phrase.lower().split())
    if "tomorrow" in text or "明天" in text:
        return today + timedelta(days=1)
    if "后天" in text:
        return today + timedelta(days=2)
    if re.search(r"\b(?:today|tonight|eod)\b|end of (?:the )?day|今天|今晚", text):
        return today
    if match := re.search(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _date(int(match[1]), int(match[2]), int(match[3]))
    if match := re.search(r"in (\w+) (day|week)", text):
        count = int(match[1]) if match[1].isdigit() else _NUMBERS.get(match[1], 0)
        return today + timedelta(days=count * (7 if match[2] == "week" else 1)) if count else None
    if match := re.search(r"(\d{1,2})月(\d{1,2})[日号]", text):
        return _upcoming(today, int(match[1]), int(match[2]))
    weekday, next_week = _weekday(text)
    if weekday is not None:
        ahead = (weekday - today.weekday()) % 7
        if next_week:
            monday = today + timedelta(days=7 - today.weekday())
            return monday + timedelta(days=weekday)
        return today + timedelta(days=ahead)
    if re.search(r"end of (?:the |this )?week|\beow\b|周末|本周|这周", text):
        return today + timedelta(days=max(4 - today.weekday(), 0))
    if re.search(r"next week|下周", text) or "end of next week" in text:
        return today + timedelta(days=7 - today.weekday() + 4)
    if re.search(r"end of (?:the |this )?month|\beom\b|月底|月末|本月", text):
        return today.replace(day=calendar.monthrange(today.year, today.month)[1])
    if re.search(r"next month|下个?月", text):
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return date(year, month, calendar.monthrange(year, month)[1])
    if re.search(r"end of (?:the |this )?quarter|季度末", text):
        last_month = (today.month - 1) // 3 * 3 + 3
        return date(today.year, last_month, calendar.monthrange(today.year, last_month)[1])
    if re.search(r"end of (?:the |this )?year|年底", text):
        return date(today.year, 12, 31)
    return _month_day(text, today)


def _weekday(text: str) -> tuple[int | None, bool]:
    match = re.search(rf"\b(?:(this|next|coming) )?({_WEEKDAY})\b", text)
    if match:
        index = next(i for i, day in enumerate(WEEKDAYS) if day.startswith(match[2][:3]))
        return index, match[1] == "next"
    match = re.search(rf"(下|这|本)?个?(?:周|星期|礼拜)({_ZH_DAY})", text)
    if match:
        day = match[2]
        index = int(day) - 1 if day.isdigit() else _ZH_DAYS[day]
        return index, match[1] == "下"
    return None, False


def _month_day(text: str, today: date) -> date | None:
    match = re.search(
        rf"({_MONTH})\s+(\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})", text
    )
    if not match:
        return None
    name = (match[1] or match[4]).rstrip(".")
    day = int(match[2] or match[3])
    month = next((i + 1 for i, m in enumerate(MONTHS) if m.startswith(name[:3])), None)
    return _upcoming(today, month, day) if month else None


def _upcoming(today: date, month: int, day: int) -> date | None:
    this_year = _date(today.year, month, day)
    if this_year is None:
        return None
    return this_year if this_year >= today else _date(today.year + 1, month, day)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
