"""Dates in OCR text, in the forms receipts print them, normalised to ISO.

`25/12/2018`, `12/25/2018`, `25-12-18`, `2018-12-25`, `25.12.2018`, `25 Dec 2018`,
`12 Mar'18`, `Dec 25, 2018`, `2018 Dec 25`, `2018年12月25日`, and month names in English,
Malay, Dutch, German, French and Spanish. Numeric dates are read day first
unless a number only fits the other way or the caller says month first (and the date is
not written with points).

OCR drops spaces and separators: a date run into its time (`06/04/1711:43am`) is read,
and so is one with a separator lost (`25122018`, `27.032018`), though only as a weak
reading (kind `compact`) that a person should look at; and a comma after the day read
as a period (`Jan 30. 2026`).
"""

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

#: Month names and their abbreviations, as the languages of the invoices read write them
#: (Slavic, Baltic and Romanian in the forms a date uses: `15. aprīlī`, `spalio 21 d.`).
MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january januari janvier januar enero janv jänner jän gennaio janeiro stycznia"
        " január janvāris janvārī sausio ledna januára ianuarie jaanuar януари",
        "feb february februari février februar febrero fev févr feber febbraio fevereiro"
        " lutego február februāris februārī vasario února februára februarie veebruar февруари",
        "mar march mac maart märz mars marzo mrt março marts marca maret március marts martā"
        " kovo března marec martie märts март",
        "apr april avril abril aprile kwietnia április aprīlis aprīlī balandžio dubna apríla"
        " aprilie aprill април",
        "may mei mai mayo maggio maio maj maja május maijs maijā gegužės května mája май",
        "jun june juni juin junio giugno junho czerwca június jūnijs jūnijā birželio června"
        " júna junij iunie juuni юни",
        "jul july julai juli juillet julio juil luglio julho lipca július jūlijs jūlijā"
        " liepos července júla julij iulie juuli юли",
        "aug august ogos augustus août agosto ago augusti sierpnia agu agt agustus augusztus"
        " augusts augustā rugpjūčio srpna augusta avgust август",
        "sep sept september septembre septiembre setiembre settembre setembro września"
        " szeptember septembris septembrī rugsėjo září septembra septembrie септември",
        "oct october oktober octobre octubre okt ottobre outubro października október"
        " oktobris oktobrī spalio října októbra octombrie oktoober октомври",
        "nov november novembre noviembre novembro listopada nop nopember novembris novembrī"
        " lapkričio listopadu novembra noiembrie ноември",
        "dec december disember desember dezember décembre diciembre dicembre dis des dez"
        " dezembro grudnia decembris decembrī gruodžio prosince decembra decembrie detsember"
        " декември",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR_END = r"(?=\D|$|\d{1,2}:\d{2})"
PATTERNS = (
    (
        # Japan's era years: Reiwa (令和, `R`) from 2019, Heisei (平成, `H`) from 1989, its
        # first year `元` (`令和6年9月27日`, `R7年 1月20日`, `R6.3.15`).
        "era",
        re.compile(
            r"(?:(令和|平成)|(?<![^\W\d_])([RH]))\s?(\d{1,2}|元)\s?[年./-]\s?(\d{1,2})\s?[月./-]\s?"
            r"(\d{1,2})(?!\d)日?"
        ),
    ),
    (
        "ymd",
        re.compile(
            r"(?<!\d)(?<!\d:)((?:19|20)\d{2})\s?[-/.年]\s?(\d{1,2})\s?[-/.月]\s?"
            r"(\d{2}(?=\d{1,2}:\d{2})|\d{1,2}(?!\d))日?"
        ),
    ),
    (
        "num",
        re.compile(
            rf"(?:(?<![\d.])|(?<=\d:\d\d))(\d{{1,2}})\s?([-/.])\s?(\d{{1,2}})\s?\2\s?"
            # A year's last two digits are no hour (`02/10/2512:21:35` is 2025, 12:21).
            rf"((?:19|20|25)\d{{2}}(?!:\d{{2}}){_YEAR_END}|\d{{2}}(?=\d{{1,2}}:\d{{2}})|\d{{2}}(?![\d:]))"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|º)?(?:\s+(?:of|de))?[\s.\-/]*({_MONTH})\.?"
            rf"(?:\s+del?)?[\s.\-/,'’´]*"
            rf"(\d{{4}}|\d{{2}}(?!\d))",
            re.IGNORECASE,
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"(?<![A-Za-z])({_MONTH})\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?\s?(?:,|\.(?=\s))?\s*['’´]?"
            rf"(\d{{4}}|(?<=['’´])\d{{2}})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "ymd",
        re.compile(
            # Lithuania's year is marked (`2024 m. spalio 21 d.`).
            rf"(?<![\d:])((?:19|20)\d{{2}})[\s\-/.]*(?:m\.\s*)?({_MONTH})\.?[\s\-/.]*(\d{{1,2}})(?![\d:])",
            re.IGNORECASE,
        ),
    ),
    (
        # Latvia's year, then the day, then the month (`2025. gada 15. aprīlī`).
        "ydm",
        re.compile(
            rf"(?<![\d:])((?:19|20)\d{{2}})\.?\s*(?:gada\s+)?(\d{{1,2}})\.\s*({_MONTH})(?![^\W\d_])",
            re.IGNORECASE,
        ),
    ),
    ("compact", re.compile(r"(?<![\w:.,/-])(\d{2})(\d{2})((?:19|20)\d{2})(?![\w:.,/-])")),
    (
        "stamp",
        re.compile(
            r"(?<![\w:.,/-])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\w:.,/-])"
        ),
    ),
    (
        "compact",
        re.compile(
            r"(?<![\w:.,/-])(\d{1,2})[-/.](\d{2})((?:19|20)\d{2})(?![\w:.,/-])"
            r"|(?<![\w:.,/-])(\d{2})(\d{2})[-/.]((?:19|20)\d{2})(?![\w:.,/-])"
        ),
    ),
)


@dataclass(frozen=True)
class FoundDate:
    date: dt.date
    start: int
    end: int
    #: True when a numeric date could be read either way round (`03/04/2018`).
    ambiguous: bool = False
    #: For numeric dates: whether it was read day first.
    day_first: bool = True
    #: `num` for all-numeric dates without the year first, else `ymd`, `dmy`, `mdy`, or
    #: `compact` for eight digits with a separator or both lost (`27032018`, `27.032018`),
    #: a weak reading; `stamp` for eight digits year first (`20240326`, an e-invoice's
    #: format 102), a date only where a label says so (a number may start with one).
    kind: str = "num"


#: A day's `1` the OCR read as a letter (`i8th March 2024`, `l5 Jan 2025`): alone before
#: the day's other digit, then the month's name.
_ONE_AS_LETTER = re.compile(
    rf"(?<![^\W\d_])[iIl|](?=\d(?:st|nd|rd|th)?(?:\s+of)?[\s.\-/]*(?:{_MONTH})(?![^\W\d_]))",
    re.IGNORECASE,
)


#: A month's `O` the OCR read as a zero (`12-0ct-2017`, `3 N0v 2018`, `5 0gos 2019`),
#: between a day and a year.
_O_AS_ZERO = re.compile(
    r"(?<=\d[\s\-/.])(N?)0(?=(?:ct|kt|gos|v)[a-z]*\.?[\s\-/.,]*\d)", re.IGNORECASE
)


#: The same with no separator after the day, as hotel tills print it (`270CT18 09:15PM`
#: for `27OCT18`).
_O_AS_ZERO_RUN_ON = re.compile(r"(?<!\d)(\d{1,2})0(?=(?:ct|kt)['’]?\d{2}(?!\d))", re.IGNORECASE)


#: A month's `l` the OCR read as a one (`28 Ju1 18`, `3 Apri1 2018`), between a day and
#: a year.
_L_AS_ONE = re.compile(r"(?<=\d[\s\-/.])(Ju|Apri)1(?=\.?[\s\-/.,]*\d)", re.IGNORECASE)


#: The dotted line of a form the date is printed on (`Date .14/02/2017`, `Date
#: ..28-08-17...`): the dots before a number after a word or a space, or two or more
#: after it; the same length of spaces keeps every position.
_LEADER = re.compile(r"(?<=[^\W\d_]|\s)[.…]+(?=\d)|(?<=\d)[.…]{2,}")


#: A dotted date with one dot read as a comma (`19,03.2024`, `19.03,2024`, a fax's or a
#: dot-matrix print's): the other dot and the full year say it is a date, not an amount.
_COMMA_FOR_DOT = re.compile(
    r"(?<![\d.,])(\d{1,2})(?:,(\d{1,2})\.|\.(\d{1,2}),)((?:19|20)\d{2})(?![\d.,])"
)


def _dotted(match: re.Match[str]) -> str:
    day, month_before, month_after, year = match.groups()
    return f"{day}.{month_before or month_after}.{year}"


def find_dates(text: str, day_first: bool = True) -> list[FoundDate]:
    """Every valid calendar date in `text`, in order of position."""
    found: list[FoundDate] = []
    taken = bytearray(len(text))
    text = _ONE_AS_LETTER.sub("1", text.replace("~", "-"))
    text = _O_AS_ZERO.sub(lambda zero: f"{zero.group(1)}O", text)
    text = _O_AS_ZERO_RUN_ON.sub(lambda zero: f"{zero.group(1)}O", text)
    text = _L_AS_ONE.sub(lambda one: one[1] + ("L" if one[1].isupper() else "l"), text)
    text = _LEADER.sub(lambda dots: " " * len(dots.group()), text)
    text = _COMMA_FOR_DOT.sub(_dotted, text)
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(taken[start:end]):
                continue
            date = _read(kind, match, day_first)
            if date is not None:
                found.append(FoundDate(date[0], start, end, *date[1:], kind))
                taken[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda d: d.start)


def _read(kind: str, match: re.Match[str], day_first: bool) -> tuple[dt.date, bool, bool] | None:
    groups = match.groups()
    if kind == "era":
        era, letter, of_era, month, day = groups
        year = JAPANESE_ERAS[era or letter] + (0 if of_era == "元" else int(of_era) - 1)
        return _date(year, int(month), int(day), False, True)
    if kind in ("ymd", "stamp"):
        month = MONTHS[groups[1].lower()] if groups[1].isalpha() else int(groups[1])
        return _date(int(groups[0]), month, int(groups[2]), False, True)
    if kind == "ydm":
        return _date(int(groups[0]), MONTHS[groups[2].lower()], int(groups[1]), False, True)
    if kind == "dmy":
        return _date(_year(groups[2]), MONTHS[groups[1].lower()], int(groups[0]), False, True)
    if kind == "compact":
        day, month, year = (int(group) for group in groups if group is not None)
        return _date(year, month, day, False, True)
    if kind == "mdy":
        return _date(_year(groups[2]), MONTHS[groups[0].lower()], int(groups[1]), False, True)
    first, second, year = int(groups[0]), int(groups[2]), _year(groups[3])
    if first > 12 and second <= 12:
        return _date(year, second, first, False, True)
    if second > 12 and first <= 12:
        return _date(year, first, second, False, False)
    ambiguous = first != second
    # Points part a date day first wherever they are written (`03.04.2025`, an Indian
    # exporter's date on an invoice in dollars): no country writes month first with them.
    if day_first or groups[1] == ".":
        return _date(year, second, first, ambiguous, True)
    return _date(year, first, second, ambiguous, False)


#: The first year of each of Japan's eras, by its name and its letter.
JAPANESE_ERAS = {"令和": 2019, "R": 2019, "平成": 1989, "H": 1989}

#: Thailand counts years in the Buddhist era: 2569 is 2026.
BUDDHIST_ERA = 543


def _year(text: str) -> int:
    year = int(text)
    if year >= 2500:
        return year - BUDDHIST_ERA
    return year + 2000 if len(text) == 2 and year < 70 else year + 1900 if len(text) == 2 else year


def buddhist_era(found: FoundDate, text: str) -> dt.date | None:
    """The date a numeric date with a two-digit year stands for in the Buddhist era, as
    a Thai till prints it (`15/03/67` for 2024): to be tried when this century's reading
    lies in the future."""
    printed = text[found.start : found.end]
    if found.kind != "num" or not re.search(r"\D\d{2}$", printed):
        return None
    year = 2500 + int(printed[-2:]) - BUDDHIST_ERA
    try:
        return found.date.replace(year=year)
    except ValueError:
        return None


#: A date in the years of the Republic of China, as Taiwan prints them (`112/11/03`,
#: `民國108年03月15日`): year 1 is 1912.
_REPUBLIC_DATE = re.compile(
    r"(?<![\d/.])(1[01]\d)\s?[/.年]\s?(\d{1,2})\s?[/.月]\s?"
    # The day, or its two digits run into the time (`112/11/0319:26`).
    r"(\d{2}(?=\d{1,2}:\d{2})|\d{1,2}(?![\d/.]))"
)
REPUBLIC_ERA = 1911


def republic_era_dates(text: str) -> Iterator[dt.date]:
    """The valid dates `text` writes in the Republic of China's years, in order. Only a
    page that says it is Taiwan's should be read so: elsewhere `110/12/04` is no date."""
    for year, month, day in _REPUBLIC_DATE.findall(text):
        try:
            yield dt.date(int(year) + REPUBLIC_ERA, int(month), int(day))
        except ValueError:
            continue


def _date(
    year: int, month: int, day: int, ambiguous: bool, day_first: bool
) -> tuple[dt.date, bool, bool] | None:
    try:
        return dt.date(year, month, day), ambiguous, day_first
    except ValueError:
        return None


def plausible(date: dt.date, today: dt.date | None = None) -> bool:
    """Not before 1990 and not more than a few days ahead of today."""
    today = today or dt.date.today()
    return dt.date(1990, 1, 1) <= date <= today + dt.timedelta(days=3)
